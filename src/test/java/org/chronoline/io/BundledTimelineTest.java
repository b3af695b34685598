package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.DateText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Precision;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled history is what students learn from and cite: every event sourced on the web, no
 * encyclopedia copies, links that lead somewhere, the seed events as their sources say, and a
 * README that describes the file as it is.
 */
class BundledTimelineTest {
    /** Wikipedia and the sites that copy it: a student must be sent to the source, not to a copy of a summary. */
    private static final List<String> COPIES = List.of("wikipedia.org", "wikiwand.", "wikizero.", "dbpedia.org", "wikimedia.org",
            "everybodywiki.", "wiki2.org", "justapedia.", "alchetron.", "infogalactic.", "thefreedictionary.", "en-academic.",
            "academic.ru", "encyclopedia.pub", "wikiless.", "wikidata.org", "military-history.fandom.com", "fandom.com");

    static TimelineDocument bundled;

    @BeforeAll
    static void read() {
        LoadResult result = new TimelineFileReader().read(Path.of("data/events.json"));
        assertThat(result.problems()).isEmpty();
        bundled = result.document();
    }

    @Test
    void everyEventCitesAWebSourceAndNoneIsAnEncyclopediaCopy() {
        for (TimelineEvent e : bundled.events()) {
            assertThat(e.sources()).as("%s cites a source with a web address", e.id())
                    .anyMatch(s -> s.url() != null && s.url().matches("https?://.+"));
            for (Source s : e.sources()) {
                if (s.url() == null) {
                    continue;
                }
                String host = URI.create(s.url()).getHost().toLowerCase(Locale.ROOT);
                assertThat(COPIES).as("%s cites %s", e.id(), s.url()).noneMatch(host::contains);
                assertThat(s.title()).as("%s: a source says what it is", e.id()).isNotBlank();
            }
            assertThat(e.description()).as("%s is described", e.id()).isNotBlank();
        }
    }

    /**
     * What students read carries no note left for the file's editors: three sources' titles ended in
     * "(headline not captured)". A title we describe, the headline unknown, is written in square
     * brackets, as a bibliography supplies a title.
     */
    @Test
    void noTextCarriesANoteForEditors() {
        Pattern note = Pattern.compile("(?i)not captured|\\b(TODO|FIXME|TBD|XXX)\\b|\\?\\?|\\[(citation|source) needed");
        for (TimelineEvent e : bundled.events()) {
            List<String> texts = new java.util.ArrayList<>(java.util.Arrays.asList(e.title(), e.summary(), e.description(), e.location()));
            e.sources().forEach(s -> texts.add(s.title()));
            assertThat(texts).as("%s", e.id()).noneMatch(t -> t != null && note.matcher(t).find());
        }
    }

    /**
     * What students read is set with typographic quotes and apostrophes, as the interface around it is:
     * "Lobster summit" and Russia's were straight, beside the window's “quoted” words (walk-through).
     */
    @Test
    void everyTextIsSetWithTypographicQuotes() throws IOException {
        // Every string of the file: titles, texts, publishers, eras, categories, tours (no id, address or date holds a quote).
        List<String> straight = new java.util.ArrayList<>();
        collectStraightQuotes(com.google.gson.JsonParser.parseString(Files.readString(Path.of("data", "events.json"))), "", straight);
        assertThat(straight).isEmpty();
    }

    private static void collectStraightQuotes(com.google.gson.JsonElement element, String path, List<String> out) {
        if (element.isJsonObject()) {
            element.getAsJsonObject().entrySet().forEach(e -> collectStraightQuotes(e.getValue(), path + "." + e.getKey(), out));
        } else if (element.isJsonArray()) {
            for (int i = 0; i < element.getAsJsonArray().size(); i++) {
                collectStraightQuotes(element.getAsJsonArray().get(i), path + "[" + i + "]", out);
            }
        } else if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            String text = element.getAsString();
            if (text.indexOf('"') >= 0 || text.indexOf('\'') >= 0) {
                out.add(path + ": " + text);
            }
        }
    }

    @Test
    void everyLinkAndTourStepLeadsToAnEvent() {
        Set<String> ids = new HashSet<>();
        bundled.events().forEach(e -> ids.add(e.id()));
        for (TimelineEvent e : bundled.events()) {
            assertThat(ids).as("%s's related events", e.id()).containsAll(e.relatedIds());
        }
        for (Tour t : bundled.tours()) {
            assertThat(ids).as("tour %s", t.id()).containsAll(t.steps());
        }
    }

    @Test
    void theSeedEventsKeepTheirDatesAndFacts() {
        TimelineEvent signed = event("cfe-signed");
        assertThat(signed.start().toIso()).isEqualTo("1990-11-19");
        assertThat(signed.location()).isEqualTo("Paris");
        assertThat(signed.summary()).contains("22 states");
        assertThat(signed.description()).as("the seed article's \"30 countries\" explained").contains("30");

        TimelineEvent decree = event("putin-cfe-decree");
        assertThat(decree.start().toIso()).as("Interfax, RIA Novosti, AFP, UPI: Saturday 14 July").isEqualTo("2007-07-14");
        assertThat(decree.description()).as("the one source giving the 13th is named").contains("13 July");

        TimelineEvent talks = event("two-plus-two-moscow");
        assertThat(talks.start().toIso()).isEqualTo("2007-10-12");
        assertThat(talks.location()).isEqualTo("Moscow");
        assertThat(String.join(" ", talks.actors())).contains("Rice", "Gates", "Lavrov", "Serdyukov");
    }

    @Test
    void theReadmeDescribesTheFileAsItIs() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher said = Pattern.compile("`data/events.json` holds (\\d+) events from (\\d{4}) to (\\d{4})").matcher(readme);
        assertThat(said.find()).isTrue();
        long first = bundled.events().stream().mapToLong(TimelineEvent::startSecond).min().orElseThrow();
        long last = bundled.events().stream().mapToLong(TimelineEvent::endSecond).max().orElseThrow() - 1;
        assertThat(Integer.parseInt(said.group(1))).isEqualTo(bundled.events().size());
        assertThat(said.group(2)).isEqualTo(year(first));
        assertThat(said.group(3)).isEqualTo(year(last));
    }

    private static String year(long second) {
        return DateText.year(HistoricalDate.containing(second, Precision.YEAR).year());
    }

    private static TimelineEvent event(String id) {
        return bundled.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
