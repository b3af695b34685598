package org.chronoline.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chronoline.model.Category;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.UniqueIds;
import org.junit.jupiter.api.Test;

/** The rules an event must meet, wherever it is typed or imported, and the event a draft becomes. */
class EventDraftTest {
    private static final Category TREATIES = new Category("treaty", "Treaties", "#2E6DB4");
    private static final TimelineEvent SIGNED = TimelineEvent.point("cfe-signed", "CFE Treaty signed", IsoDates.parse("1990-11-19"))
            .withCategory("treaty");
    private static final TimelineDocument DOCUMENT = new TimelineDocument(1, "T", null, List.of(TREATIES), List.of(), List.of(SIGNED),
            List.of(), ExtraFields.NONE);

    /** An end is before its start only when all of it is: November 1990 is not before 19 November 1990, which it holds. */
    @Test
    void anEndIsBeforeItsStartOnlyWhenAllOfItIs() {
        assertThat(EventDraft.endsBeforeStart(IsoDates.parse("1990-11-19"), IsoDates.parse("1990-11"))).isFalse();
        assertThat(EventDraft.endsBeforeStart(IsoDates.parse("1990-11-19"), IsoDates.parse("1990"))).isFalse();
        assertThat(EventDraft.endsBeforeStart(IsoDates.parse("1990-11-19"), IsoDates.parse("1990-10"))).isTrue();
        assertThat(EventDraft.endsBeforeStart(IsoDates.parse("1990-11-19"), IsoDates.parse("1990-11-18"))).isTrue();
        assertThat(EventDraft.endProblem("19 November 1990", "November 1990")).isNull();
        // And the event is made: the form's Apply threw where the event's own rule was still the first seconds'.
        EventDraft.Result result = new EventDraft().title("Signed and applied").start("19 November 1990").end("November 1990")
                .build(DOCUMENT, null);
        assertThat(result.event().end()).isEqualTo(IsoDates.parse("1990-11"));
    }

    @Test
    void aDraftWithATitleAndADateBecomesANewEventWithAnIdFromWhatWasTyped() {
        EventDraft.Result result = new EventDraft().title(" Istanbul summit ").start("18 November 1999").category("Treaties")
                .build(DOCUMENT, null);

        assertThat(result.event().id()).isEqualTo("istanbul-summit-1999-11-18");
        assertThat(result.event().title()).isEqualTo("Istanbul summit");
        assertThat(result.event().category()).as("the category named so").isEqualTo("treaty");
        assertThat(result.newCategory()).isNull();
    }

    @Test
    void everyRuleSaysWhyInWords() {
        EventDraft draft = new EventDraft().title(" ").start("1990-13-01").end("1989").picture("../secret.png", null, null)
                .sources(List.of(new EventDraft.SourceText("", "https://example.org", null, null, null),
                        new EventDraft.SourceText("OSCE", "osce.org/node/1", null, null, null),
                        new EventDraft.SourceText("OSCE", "https://www.osce.org", null, "yesterday", null)));

        assertThat(draft.problems()).containsExactly(
                "An event needs a title",
                "Not a date: there is no month 13; months run from 1 to 12",
                "Choose a picture in the timeline's folder or a folder inside it",
                "A source needs a title",
                "Not a web address; write it in full, such as https://www.osce.org/node/58665",
                "Date published: try 1990, July 2007, 2007-10-12, 12 October 2007 or 480 BCE");
        assertThatThrownBy(() -> draft.build(DOCUMENT, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEndBeforeTheStartIsRefusedAtAnyPrecision() {
        assertThat(EventDraft.endProblem("1991", "1990")).isEqualTo("The end is before the start");
        assertThat(EventDraft.endProblem("2007", "July 2007")).as("a finer end within the start's year").isNull();
        assertThat(EventDraft.endProblem("1990-11-19", "19 November 1990")).as("the same day").isNull();
        assertThat(EventDraft.endProblem("1990", "")).isNull();
        assertThat(EventDraft.endProblem("not a date", "1990")).as("the start's own problem is reported at the start").isNull();
    }

    @Test
    void picturesMustStayInsideTheTimelinesFolderOnEverySystem() {
        assertThat(EventDraft.pictureProblem("images/paris.jpg")).isNull();
        assertThat(EventDraft.pictureProblem("images/../paris.jpg")).isNull();
        assertThat(EventDraft.pictureProblem("")).isNull();
        assertThat(EventDraft.pictureProblem("images\\paris.jpg")).as("written on Windows").isNull();
        for (String outside : List.of("../paris.jpg", "images/../../paris.jpg", "/etc/passwd", "C:\\Users\\x.png", "c:/x.png", "\\\\server\\share\\x.png",
                "images\\..\\..\\x.png", "https://example.org/x.png")) {
            assertThat(EventDraft.pictureProblem(outside)).as(outside).isNotNull();
        }
    }

    @Test
    void aCategoryTypedByANewNameComesWithTheEventWithAFreeIdAndTheNextColour() {
        TimelineDocument withTalks = new TimelineDocument(1, "T", null, List.of(TREATIES, new Category("talks", "Talks", null)), List.of(),
                List.of(SIGNED), List.of(), ExtraFields.NONE);

        EventDraft.Result result = new EventDraft().title("Summit").start("1999").category("treaty").build(withTalks, null);
        assertThat(result.newCategory()).as("an id is a name too").isNull();

        Category created = new EventDraft().title("Summit").start("1999").category("Talks ").build(withTalks, null).newCategory();
        assertThat(created).as("an existing name, spaces aside").isNull();

        Category summits = new EventDraft().title("Summit").start("1999").category("Summits").build(withTalks, null).newCategory();
        assertThat(summits.id()).isEqualTo("summits");
        assertThat(summits.color()).as("the palette's first colour no category has").isNotIn(TREATIES.color()).startsWith("#");
        assertThat(Category.named("Treaty", List.of(TREATIES, new Category("treaty-2", "Other", null))).id())
                .as("its slug taken twice").isEqualTo("treaty-3");
    }

    @Test
    void editingKeepsTheIdAndWhatThisVersionDoesNotKnow() {
        TimelineEvent original = new TimelineEvent("cfe-signed", "CFE Treaty signed", SIGNED.start(), null, false, "treaty", List.of("CFE"),
                List.of(), "Paris", null, null, List.of(new Source("OSCE", "https://www.osce.org/library/14087")), List.of(), null,
                ExtraFields.NONE);
        EventDraft draft = EventDraft.of(original, DOCUMENT.categories());
        assertThat(draft.category()).as("shown by name").isEqualTo("Treaties");

        TimelineEvent after = draft.title("CFE Treaty signed in Paris").build(DOCUMENT, original).event();

        assertThat(after.id()).isEqualTo("cfe-signed");
        assertThat(after.title()).isEqualTo("CFE Treaty signed in Paris");
        assertThat(after.sources()).isEqualTo(original.sources());
        assertThat(after.start()).isEqualTo(original.start());
    }

    /**
     * An edit of the title leaves the rest as the file has it: the spaces around a summary, a description's last
     * line break, and a category the file names but does not define (which became a new category of the file's).
     */
    @Test
    void editingTheTitleLeavesTheOtherTextsAsTheyWere() {
        TimelineEvent original = new TimelineEvent("e1", "Old", SIGNED.start(), null, false, "nosuchcat", List.of(), List.of(), " Paris ",
                "  padded summary  ", "A description.\n", List.of(), List.of(), null, ExtraFields.NONE);
        EventDraft draft = EventDraft.of(original, DOCUMENT.categories());

        EventDraft.Result after = draft.title("New").build(DOCUMENT, original);

        assertThat(after.event().summary()).isEqualTo("  padded summary  ");
        assertThat(after.event().description()).isEqualTo("A description.\n");
        assertThat(after.event().location()).isEqualTo(" Paris ");
        assertThat(after.event().category()).isEqualTo("nosuchcat");
        assertThat(after.newCategory()).as("no category made of it").isNull();

        EventDraft.Result typed = EventDraft.of(original, DOCUMENT.categories()).summary(" typed anew ").category("Treaties")
                .build(DOCUMENT, original);
        assertThat(typed.event().summary()).as("what is typed, without spaces around it").isEqualTo("typed anew");
        assertThat(typed.event().category()).isEqualTo("treaty");
    }

    /**
     * A source's language is typed as its code; a name ("Russian") is not one and says what to write, but stops
     * nothing, as in a file (a file's own such value refused the whole form until it was mended). A language alone
     * is no source left out without a word: it asks for a title.
     */
    @Test
    void aSourcesLanguageIsItsCode() {
        EventDraft.SourceText named = new EventDraft.SourceText("Договор", null, null, null, null, "Russian", ExtraFields.NONE);
        assertThat(named.problem()).isNull();
        assertThat(named.languageWarning()).isEqualTo("Language: write its code, such as de for German, ru for Russian or pt-BR");
        assertThat(new EventDraft.SourceText("", null, null, null, null, "ru", ExtraFields.NONE).problemField())
                .isEqualTo(EventDraft.SourceText.Field.TITLE);

        EventDraft.SourceText coded = new EventDraft.SourceText("Договор", null, null, null, null, " ru ", ExtraFields.NONE);
        assertThat(coded.problem()).isNull();
        TimelineEvent after = EventDraft.of(SIGNED, DOCUMENT.categories()).sources(List.of(coded)).build(DOCUMENT, SIGNED).event();
        assertThat(after.sources()).extracting(Source::language).containsExactly("ru");
    }

    @Test
    void aNewIdIsFreeAmongTheDocumentsEvents() {
        EventDraft.Result twin = new EventDraft().title("CFE Treaty signed").start("1990-11-19").build(DOCUMENT, null);

        assertThat(twin.event().id()).isEqualTo("cfe-treaty-signed-1990-11-19");
        assertThat(UniqueIds.next("cfe-signed", List.of("cfe-signed", "cfe-signed-2"))).isEqualTo("cfe-signed-3");
        assertThat(UniqueIds.next("free", List.of())).isEqualTo("free");
    }

    /**
     * A category typed in the form took the palette's colour at the number of categories: in the
     * bundled timeline, the grey of "Speeches and decisions". A new one takes a colour none has;
     * when every colour is taken, the one fewest have.
     */
    @Test
    void aNewCategoryTakesAColourNoOtherHas() throws Exception {
        TimelineDocument bundled = new org.chronoline.io.TimelineFileReader().read(java.nio.file.Path.of("data/events.json")).document();
        java.util.Set<String> taken = new java.util.HashSet<>();
        bundled.categories().forEach(c -> taken.add(c.color().toUpperCase(java.util.Locale.ROOT)));

        Category talks = Category.named("Talks", bundled.categories());

        assertThat(taken).doesNotContain(talks.color().toUpperCase(java.util.Locale.ROOT));
        List<Category> all = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            all.add(Category.named("Lane " + i, all));
        }
        assertThat(all).extracting(Category::color).doesNotHaveDuplicates();
        all.add(Category.named("Ninth", all));
        all.add(Category.named("Tenth", all));
        assertThat(all.get(8).color()).isNotEqualTo(all.get(9).color());
    }
}
