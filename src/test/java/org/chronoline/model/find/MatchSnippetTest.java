package org.chronoline.model.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;

/** Why a result matched when its title and date do not say ("cfe" listed MBFR talks with nothing to show why). */
class MatchSnippetTest {
    private static final TimelineDocument BUNDLED = new TimelineFileReader().read(Path.of("data/events.json")).document();

    private static TimelineEvent event(String id) {
        return BUNDLED.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aFewWordsAroundTheFirstMatchInTheText() {
        TimelineEvent mbfr = event("mbfr-talks");
        MatchSnippet.Snippet found = MatchSnippet.of(mbfr, SearchQuery.parse("cfe"));
        String snippet = found.text();
        assertThat(found.field()).isEqualTo(MatchSnippet.Field.TEXT);

        assertThat(snippet).containsIgnoringCase("CFE").hasSizeLessThanOrEqualTo(MatchSnippet.BEFORE + MatchSnippet.AFTER + 2);
        String words = mbfr.description().replaceAll("\\s+", " ");
        String cut = snippet.replace("\u2026", "");
        int at = words.indexOf(cut);
        assertThat(at).as("a piece of the text").isPositive();
        assertThat(words.charAt(at - 1)).as("cut between words, at its start").isEqualTo(' ');
        assertThat(at + cut.length() == words.length() || words.charAt(at + cut.length()) == ' ').as("and at its end").isTrue();
    }

    @Test
    void aroundAWordTheTitleDoesNotShow() {
        String snippet = MatchSnippet.of(event("two-plus-two-moscow"), SearchQuery.parse("moscow lavrov")).text();

        assertThat(snippet).as("the title has Moscow; Lavrov is among the text").contains("Lavrov");
    }

    @Test
    void noneWhenTheTitleOrTheDateShowsTheMatch() {
        assertThat(MatchSnippet.of(event("cfe-signed"), SearchQuery.parse("cfe"))).isNull();
        assertThat(MatchSnippet.of(event("cfe-signed"), SearchQuery.parse("1990"))).isNull();
        assertThat(MatchSnippet.of(event("cfe-signed"), SearchQuery.parse(""))).isNull();
    }

    @Test
    void aMatchInASourcesTitleIsShown() {
        TimelineEvent helsinki = event("helsinki-final-act");
        MatchSnippet.Snippet snippet = MatchSnippet.of(helsinki, SearchQuery.parse("cfe"));

        assertThat(snippet.field()).isEqualTo(MatchSnippet.Field.SOURCE);
        assertThat(helsinki.sources().stream().map(s -> s.title()).anyMatch(t -> t.startsWith(snippet.text().replace("\u2026", "")))).isTrue();
    }

    /** "Putin" listed the signing of the CFE Treaty in 1990, for the title of one of its sources: the snippet says which field it is from. */
    @Test
    void saysWhichFieldTheWordsAreFrom() {
        assertThat(MatchSnippet.of(event("cfe-signed"), SearchQuery.parse("putin")).field()).isEqualTo(MatchSnippet.Field.SOURCE);
        assertThat(MatchSnippet.of(event("two-plus-two-moscow"), SearchQuery.parse("serdyukov")).field()).isEqualTo(MatchSnippet.Field.TEXT);
        TimelineEvent talks = new TimelineEvent("t", "Talks", org.chronoline.model.IsoDates.parse("2007"), null, false, null,
                java.util.List.of("missile defence"), java.util.List.of("Sergei Lavrov"), "Moscow", null, null,
                java.util.List.of(new org.chronoline.model.Source("Rice in Russia", null)), java.util.List.of(), null,
                org.chronoline.model.ExtraFields.NONE);
        assertThat(MatchSnippet.of(talks, SearchQuery.parse("moscow")).field()).isEqualTo(MatchSnippet.Field.PLACE);
        assertThat(MatchSnippet.of(talks, SearchQuery.parse("missile")).field()).isEqualTo(MatchSnippet.Field.TAG);
        assertThat(MatchSnippet.of(talks, SearchQuery.parse("lavrov")).field()).isEqualTo(MatchSnippet.Field.PERSON);
        assertThat(MatchSnippet.of(talks, SearchQuery.parse("rice")).field()).isEqualTo(MatchSnippet.Field.SOURCE);
    }

    @Test
    void neverCutInsideACharacter() {
        TimelineEvent e = TimelineEvent.point("x", "Plain", org.chronoline.model.IsoDates.parse("2000"));
        String text = "\uD83D\uDE80".repeat(40) + " rocket " + "\uD83D\uDE80".repeat(40);
        TimelineEvent withText = new TimelineEvent(e.id(), e.title(), e.start(), e.end(), false, null, java.util.List.of(), java.util.List.of(),
                null, text, null, java.util.List.of(), java.util.List.of(), null, e.extras(), e.dating());

        String snippet = MatchSnippet.of(withText, SearchQuery.parse("rocket")).text();

        assertThat(snippet).contains("rocket");
        assertThat(snippet.codePoints().filter(c -> Character.isSurrogate((char) c))).as("no half of a character").isEmpty();
    }
}
