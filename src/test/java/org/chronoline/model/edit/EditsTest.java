package org.chronoline.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.chronoline.model.Category;
import org.chronoline.model.Era;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.IsoDates;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.junit.jupiter.api.Test;

/** Every edit does what it says, is named for the Edit menu, and undoes to exactly the document before. */
class EditsTest {
    private static final TimelineEvent SIGNED = event("cfe-signed", "CFE Treaty signed", "1990-11-19", "treaty")
            .withRelated(List.of(RelatedLink.to("decree")));
    private static final TimelineEvent DECREE = event("decree", "Putin decree", "2007-07", "ending");
    private static final TimelineEvent TALKS = new TimelineEvent("talks", "MBFR talks", IsoDates.parse("1973-10-30"),
            IsoDates.parse("1989-02-02"), false, null, List.of("MBFR"), List.of(), null, null, null, List.of(), List.of(), null,
            ExtraFields.NONE);
    private static final TimelineDocument DOC = new TimelineDocument(1, "CFE", "About the CFE Treaty",
            List.of(new Category("treaty", "Treaties", "#2E6DB4"), new Category("ending", "Endings", "#C4263A")),
            List.of(new Era("applied", "Applied", IsoDates.parse("1992"), IsoDates.parse("2007"), null, ExtraFields.NONE)),
            List.of(SIGNED, DECREE, TALKS),
            List.of(new Tour("story", "Story", List.of("cfe-signed", "decree"), ExtraFields.NONE)), ExtraFields.NONE);

    private static TimelineDocument roundTrip(Edit edit) {
        TimelineDocument after = edit.apply(DOC);
        assertThat(edit.undo(after)).as("undo restores the document").isEqualTo(DOC);
        assertThat(edit.apply(edit.undo(after))).as("redo repeats the edit").isEqualTo(after);
        return after;
    }

    @Test
    void addsAnEventAtTheEndAndTakesItBack() {
        TimelineEvent added = event("new", "Istanbul summit", "1999-11-19", null);
        Edit edit = Edits.addEvent(DOC, added);

        TimelineDocument after = roundTrip(edit);

        assertThat(edit.label()).isEqualTo("Add \u2018Istanbul summit\u2019");
        assertThat(after.events()).containsExactly(SIGNED, DECREE, TALKS, added);
        assertThatThrownBy(() -> Edits.addEvent(DOC, SIGNED)).hasMessageContaining("taken");
    }

    @Test
    void movesAnEventByWholeUnitsOfItsPrecisionAndNamesItMove() {
        TimelineEvent moved = SIGNED.movedBy(3.4 * 86_400);
        Edit edit = Edits.replaceEvent(DOC, SIGNED, moved, Edits.Verb.MOVE);

        TimelineDocument after = roundTrip(edit);

        assertThat(edit.label()).isEqualTo("Move \u2018CFE Treaty signed\u2019");
        assertThat(after.events().get(0).start().toIso()).isEqualTo("1990-11-22");
        assertThat(DECREE.movedBy(50 * 86_400).start().toIso()).as("a month-precision date moves by months").isEqualTo("2007-09");
        assertThat(DECREE.movedBy(10 * 86_400)).as("less than half a month does not move it").isSameAs(DECREE);
    }

    @Test
    void moveKeepsASpansLengthAndResizeNeverPutsTheEndBeforeTheStart() {
        TimelineEvent moved = TALKS.movedBy(-731 * 86_400); // two years back, 1972 being a leap year
        assertThat(moved.start().toIso()).isEqualTo("1971-10-30");
        assertThat(moved.end().toIso()).isEqualTo("1987-02-02");

        assertThat(TALKS.withEndMovedBy(40 * 86_400).end().toIso()).isEqualTo("1989-03-14");
        assertThat(TALKS.withEndMovedBy(-1e10)).as("refused, unchanged").isSameAs(TALKS);
        Edit edit = Edits.replaceEvent(DOC, TALKS, TALKS.withEndMovedBy(86_400), Edits.Verb.RESIZE);
        assertThat(edit.label()).isEqualTo("Resize \u2018MBFR talks\u2019");
        roundTrip(edit);
    }

    @Test
    void deletingAnEventAlsoRemovesLinksToItFromEventsAndTours() {
        Edit edit = Edits.deleteEvents(DOC, List.of("decree"));

        TimelineDocument after = roundTrip(edit);

        assertThat(edit.label()).isEqualTo("Delete \u2018Putin decree\u2019");
        assertThat(after.events()).extracting(TimelineEvent::id).containsExactly("cfe-signed", "talks");
        assertThat(after.events().get(0).related()).isEmpty();
        assertThat(after.tours().get(0).steps()).containsExactly("cfe-signed");
        assertThat(Edits.deleteEvents(DOC, List.of("decree", "talks")).label()).isEqualTo("Delete 2 events");
        assertThat(edit.eventsBefore()).as("what undoing it brings back to select, not the event whose link went").containsExactly("decree");
        assertThat(edit.eventsAfter()).as("what redoing it selects").isEmpty();
        // What the status line says it was taken out of besides the timeline.
        assertThat(Edits.reachOfDeleting(DOC, List.of("decree"))).isEqualTo(new Edits.Reach(1, 1));
        assertThat(Edits.reachOfDeleting(DOC, List.of("decree", "cfe-signed"))).as("a link among those deleted is not counted")
                .isEqualTo(new Edits.Reach(1, 0));
        assertThat(Edits.reachOfDeleting(DOC, List.of("talks"))).isEqualTo(new Edits.Reach(0, 0));
    }

    @Test
    void duplicatesRightAfterTheOriginalWithANewId() {
        Edit edit = Edits.duplicateEvents(DOC, List.of("cfe-signed"));

        TimelineDocument after = roundTrip(edit);

        assertThat(after.events()).extracting(TimelineEvent::id)
                .containsExactly("cfe-signed", "cfe-treaty-signed-1990-11-19", "decree", "talks");
        assertThat(after.events().get(1).title()).isEqualTo("CFE Treaty signed");
    }

    @Test
    void changesTheCategoryAndTagsOfSeveralEventsAtOnce() {
        Edit category = Edits.setCategory(DOC, List.of("decree", "talks"), "treaty");
        TimelineDocument recategorised = roundTrip(category);
        assertThat(category.label()).isEqualTo("Change category of 2 events");
        assertThat(recategorised.events()).extracting(TimelineEvent::category).containsExactly("treaty", "treaty", "treaty");

        Edit tags = Edits.changeTags(DOC, List.of("talks", "decree"), List.of("CFE"), List.of("MBFR"));
        TimelineDocument retagged = roundTrip(tags);
        assertThat(retagged.events()).extracting(TimelineEvent::tags)
                .containsExactly(List.of(), List.of("CFE"), List.of("CFE"));
    }

    @Test
    void managesCategories() {
        Category summits = new Category("summit", "Summits", "#B7791F");
        assertThat(roundTrip(Edits.addCategory(DOC, summits)).categories()).extracting(Category::id)
                .containsExactly("treaty", "ending", "summit");

        Category renamed = new Category("treaty", "Treaties signed", "#2E6DB4");
        Edit rename = Edits.replaceCategory(DOC, DOC.categories().get(0), renamed);
        assertThat(rename.label()).isEqualTo("Rename category \u2018Treaties\u2019");
        assertThat(roundTrip(rename).categories().get(0).name()).isEqualTo("Treaties signed");
        assertThat(Edits.replaceCategory(DOC, DOC.categories().get(0), new Category("treaty", "Treaties", "#000000")).label())
                .isEqualTo("Recolour category \u2018Treaties\u2019");

        assertThat(roundTrip(Edits.moveCategory(DOC, "ending", 0)).categories()).extracting(Category::id)
                .containsExactly("ending", "treaty");
    }

    @Test
    void deletingACategoryMovesItsEventsWhereTheUserChose() {
        TimelineDocument toOther = roundTrip(Edits.deleteCategory(DOC, "ending", "treaty"));
        assertThat(toOther.categories()).extracting(Category::id).containsExactly("treaty");
        assertThat(toOther.events().get(1).category()).isEqualTo("treaty");

        TimelineDocument toNone = roundTrip(Edits.deleteCategory(DOC, "ending", null));
        assertThat(toNone.events().get(1).category()).isNull();
    }

    @Test
    void editsErasToursAndTheTimelinesTitle() {
        Era era = DOC.eras().get(0);
        Era longer = new Era(era.id(), "Applied by all", era.start(), IsoDates.parse("2007-12-12"), "#B6D4F2", ExtraFields.NONE);
        assertThat(roundTrip(Edits.replaceEra(DOC, era, longer)).eras()).containsExactly(longer);
        assertThat(roundTrip(Edits.deleteEra(DOC, era)).eras()).isEmpty();
        assertThat(roundTrip(Edits.addEra(DOC, longer)).eras()).hasSize(2);

        Tour tour = DOC.tours().get(0);
        Tour reordered = new Tour(tour.id(), tour.title(), List.of("decree", "cfe-signed"), tour.extras());
        assertThat(roundTrip(Edits.replaceTour(DOC, tour, reordered)).tours()).containsExactly(reordered);
        assertThat(roundTrip(Edits.deleteTour(DOC, tour)).tours()).isEmpty();
        assertThat(roundTrip(Edits.addTour(DOC, reordered)).tours()).hasSize(2);

        TimelineDocument retitled = roundTrip(Edits.setTitleAndDescription(DOC, "CFE, 1990-2023", null));
        assertThat(retitled.title()).isEqualTo("CFE, 1990-2023");
        assertThat(retitled.description()).isNull();
    }

    @Test
    void anEditThatChangesNothingIsEmpty() {
        assertThat(Edits.replaceEvent(DOC, SIGNED, SIGNED, Edits.Verb.EDIT).isEmpty()).isTrue();
        assertThat(Edits.setTitleAndDescription(DOC, DOC.title(), DOC.description()).isEmpty()).isTrue();
        assertThat(Edits.setCategory(DOC, Set.of("cfe-signed"), "treaty").isEmpty()).isTrue();
    }

    @Test
    void refusesToApplyAnEditToADocumentItWasNotMadeFor() {
        Edit edit = Edits.replaceEvent(DOC, SIGNED, SIGNED.movedBy(86_400), Edits.Verb.MOVE);
        TimelineDocument other = Edits.deleteEvents(DOC, List.of("cfe-signed")).apply(DOC);

        assertThatThrownBy(() -> edit.apply(other)).isInstanceOf(IllegalStateException.class);
    }

    static TimelineEvent event(String id, String title, String start, String category) {
        HistoricalDate date = IsoDates.parse(start);
        return new TimelineEvent(id, title, date, null, false, category, List.of(), List.of(), null, null, null, List.of(),
                List.of(), null, ExtraFields.NONE);
    }

    /** The Edit menu's "Undo Edit ‘…’" cut a long title at 39 Java chars: an emoji there was cut in half, drawn as a box. */
    @Test
    void aLongTitleInTheEditMenuIsCutAfterAWholeCharacter() {
        String rocket = "\uD83D\uDE80";
        assertThat(Edits.quote("x".repeat(38) + rocket + rocket + "y")).isEqualTo("\u2018" + "x".repeat(38) + rocket + "\u2026\u2019");
        assertThat(Edits.quote("CFE Treaty signed")).isEqualTo("\u2018CFE Treaty signed\u2019");
    }

    /**
     * The Edit menu and the status line say an edit's title as a line made safe: an override in the title turned the
     * rest of "Undo Edit ‘...’" around, and an Arabic title stands between marks that keep the sentence in its order.
     */
    @Test
    void aQuotedTitleIsMadeSafeAndKeepsTheSentencesOrder() {
        assertThat(Edits.quote("invoice\u202Egpj.exe")).isEqualTo("\u2018invoicegpj.exe\u2019");
        assertThat(Edits.quote("\u0645\u0639\u0627\u0647\u062f\u0629")).isEqualTo("\u2018\u200E\u0645\u0639\u0627\u0647\u062f\u0629\u200E\u2019");
    }
}
