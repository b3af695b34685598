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
        String snippet = MatchSnippet.of(mbfr, SearchQuery.parse("cfe"));

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
        String snippet = MatchSnippet.of(event("two-plus-two-moscow"), SearchQuery.parse("moscow lavrov"));

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
        String snippet = MatchSnippet.of(helsinki, SearchQuery.parse("cfe"));

        assertThat(snippet).isNotNull();
        assertThat(helsinki.sources().stream().map(s -> s.title()).anyMatch(t -> t.startsWith(snippet.replace("\u2026", "")))).isTrue();
    }

    @Test
    void neverCutInsideACharacter() {
        TimelineEvent e = TimelineEvent.point("x", "Plain", org.chronoline.model.IsoDates.parse("2000"));
        String text = "\uD83D\uDE80".repeat(40) + " rocket " + "\uD83D\uDE80".repeat(40);
        TimelineEvent withText = new TimelineEvent(e.id(), e.title(), e.start(), e.end(), false, null, java.util.List.of(), java.util.List.of(),
                null, text, null, java.util.List.of(), java.util.List.of(), null, e.extras(), e.dating());

        String snippet = MatchSnippet.of(withText, SearchQuery.parse("rocket"));

        assertThat(snippet).contains("rocket");
        assertThat(snippet.codePoints().filter(c -> Character.isSurrogate((char) c))).as("no half of a character").isEmpty();
    }
}
