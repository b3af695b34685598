package org.chronoline.model.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.chronoline.model.Dating;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTest {
    private static final TimelineEvent TALKS = new TimelineEvent("talks", "US-Russia \"two-plus-two\" talks in Moscow",
            IsoDates.parse("2007-10-12"), null, false, "talks", List.of("CFE", "missile defence"),
            List.of("Condoleezza Rice", "Sergei Lavrov"), "Moscow", "Missile defence and the CFE Treaty stay unresolved.",
            "Lavrov said the US proposals were a step in the right direction.",
            List.of(new Source("Russia, U.S. fail to agree on key issues at defense talks", "https://example.org")), List.of(), null,
            ExtraFields.NONE);
    private static final TimelineEvent KRAKOW = TimelineEvent.point("krakow", "Summit in Kraków", IsoDates.parse("1999"));
    private static final TimelineEvent LODZ = TimelineEvent.point("lodz", "Strike in Łódź", IsoDates.parse("1981"));
    private final EventSearch search = new EventSearch();

    private List<String> find(String query) {
        return search.matching(SearchQuery.parse(query), List.of(TALKS, KRAKOW, LODZ)).stream().map(TimelineEvent::id).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lavrov              | talks",
        "lavrov              | talks",
        "LAVROV              | talks",
        "Krakow              | krakow",
        "kraków              | krakow",
        "lodz                | lodz",
        "krak                | krakow",
        "rice moscow         | talks",
        "\"two-plus-two\"    | talks",
        "\"right direction\" | talks",
        "defense talks       | talks",
        "missile defence     | talks",
        "1981                | lodz",
    })
    void findsEventsIgnoringCaseAndAccentsInEveryField(String query, String id) {
        assertThat(find(query)).containsExactly(id);
    }

    @Test
    void everyWordMustMatchButAPhraseMustMatchAsAWhole() {
        assertThat(find("moscow summit")).isEmpty();
        assertThat(find("\"direction right\"")).isEmpty();
        assertThat(find("direction right")).containsExactly("talks");
        assertThat(find("")).containsExactly("talks", "krakow", "lodz");
        assertThat(find("   ")).hasSize(3);
    }

    /** A year or a month typed finds the events of that date as their date is shown: "1999" found nothing dated 1999. */
    @Test
    void findsEventsByTheirDateAsShown() {
        assertThat(find("1999")).containsExactly("krakow");
        assertThat(find("2007 october")).containsExactly("talks");
        assertThat(find("1990")).isEmpty();
    }

    @Test
    void highlightsTheMatchedWordsInTheOriginalText() {
        SearchQuery query = SearchQuery.parse("krakow summit");

        List<int[]> ranges = query.highlights("Summit in Kraków");

        assertThat(ranges).extracting(r -> "Summit in Kraków".substring(r[0], r[1])).containsExactly("Summit", "Kraków");
        assertThat(SearchQuery.parse("strasse").highlights("Straße")).extracting(r -> "Straße".substring(r[0], r[1]))
                .containsExactly("Straße");
        assertThat(SearchQuery.parse("START I").highlights("START I and START II")).extracting(r -> "START I and START II"
                .substring(r[0], r[1])).containsExactly("START", "I", "START");
    }

    @Test
    void aWordFindsTheStartsOfWordsNotLettersInsideThem() {
        TimelineEvent warsaw = TimelineEvent.point("warsaw", "Warsaw Pact dissolved", IsoDates.parse("1991"));
        TimelineEvent towards = TimelineEvent.point("towards", "A step towards the treaty", IsoDates.parse("1992"));
        TimelineEvent startOne = TimelineEvent.point("start1", "START I signed", IsoDates.parse("1991-07-31"));
        TimelineEvent startTwo = TimelineEvent.point("start2", "START II signed in Moscow", IsoDates.parse("1993-01-03"));
        TimelineEvent inf = TimelineEvent.point("inf", "INF Treaty signed", IsoDates.parse("1987-12-08"));
        TimelineEvent information = TimelineEvent.point("info", "Vienna Document on information", IsoDates.parse("1990-11-17"));
        TimelineEvent reykjavik = TimelineEvent.point("hofdi", "Summit at Höfði House", IsoDates.parse("1986-10-11"));
        List<TimelineEvent> all = List.of(warsaw, towards, startOne, startTwo, inf, information, reykjavik);

        assertThat(ids("war", all)).containsExactly("warsaw");
        assertThat(ids("START I", all)).as("a letter alone is a word").containsExactly("start1");
        assertThat(ids("\"START I\"", all)).as("a phrase is whole words").containsExactly("start1");
        assertThat(ids("start i", all)).containsExactly("start1");
        assertThat(ids("START", all)).containsExactly("start1", "start2");
        assertThat(ids("INF", all)).as("capitals: an abbreviation, whole").containsExactly("inf");
        TimelineEvent mirvs = TimelineEvent.point("mirvs", "START II bans MIRVs", IsoDates.parse("1993-01-03"));
        assertThat(ids("MIRV", List.of(mirvs))).as("or its plural").containsExactly("mirvs");
        assertThat(ids("\"START I\"", List.of(mirvs))).as("a letter has no plural").isEmpty();
        assertThat(ids("inf", all)).as("small letters: the start of any word").containsExactly("inf", "info");
        assertThat(ids("Hofdi", all)).as("ð is folded as d").containsExactly("hofdi");
        assertThat(ids("hofdi house", all)).containsExactly("hofdi");
    }

    private List<String> ids(String query, List<TimelineEvent> events) {
        return search.matching(SearchQuery.parse(query), events).stream().map(TimelineEvent::id).toList();
    }

    @Test
    void filtersByCategoryTagsActorsAndDatesAllTogether() {
        Set<String> known = Set.of("talks");
        EventFilter none = EventFilter.NONE;
        assertThat(none.shows(TALKS, known)).isTrue();
        assertThat(none.withHiddenCategories(Set.of("talks")).shows(TALKS, known)).isFalse();
        assertThat(none.withHiddenCategories(Set.of(EventFilter.UNCATEGORISED)).shows(KRAKOW, known)).isFalse();
        assertThat(none.withTags(Set.of("CFE", "INF")).shows(TALKS, known)).isTrue();
        assertThat(none.withTags(Set.of("INF")).shows(TALKS, known)).isFalse();
        assertThat(none.withActors(Set.of("Sergei Lavrov")).shows(TALKS, known)).isTrue();
        assertThat(none.withRange(IsoDates.parse("2007"), IsoDates.parse("2007")).shows(TALKS, known)).isTrue();
        assertThat(none.withRange(IsoDates.parse("2008"), null).shows(TALKS, known)).isFalse();
        assertThat(none.withRange(null, IsoDates.parse("2007-09")).shows(TALKS, known)).isFalse();
        EventFilter combined = none.withTags(Set.of("CFE")).withRange(IsoDates.parse("2000"), IsoDates.parse("2010"));
        assertThat(combined.shows(TALKS, known)).isTrue();
        assertThat(combined.withActors(Set.of("Nobody")).shows(TALKS, known)).isFalse();
        assertThat(combined.isEmpty()).isFalse();
        assertThat(none.isEmpty()).isTrue();
    }

    /** Each category's box counts what the rest of the filter lets through; a tag pressed shows only it, pressed again not. */
    @Test
    void countsByCategoryWhatTheRestOfTheFilterLetsThroughAndPressesTags() {
        Set<String> known = Set.of("talks");
        assertThat(EventFilter.NONE.countByCategory(List.of(TALKS, KRAKOW, LODZ), known))
                .isEqualTo(java.util.Map.of("talks", 1L, EventFilter.UNCATEGORISED, 2L));
        EventFilter cfe = EventFilter.NONE.withHiddenCategories(Set.of("talks")).withTagPressed("CFE");
        assertThat(cfe.tags()).containsExactly("CFE");
        assertThat(cfe.countByCategory(List.of(TALKS, KRAKOW, LODZ), known)).as("the hidden category counted too")
                .isEqualTo(java.util.Map.of("talks", 1L));
        assertThat(cfe.withTags(Set.of("CFE", "MBFR")).withTagPressed("CFE").tags()).containsExactly("MBFR");
        assertThat(cfe.withTagPressed("CFE").tags()).isEmpty();
    }

    @Test
    void aDateFilterShowsEveryEventThatMayHaveHappenedInItsPeriod() {
        TimelineEvent decree = new TimelineEvent("decree", "Decree", IsoDates.parse("2007-07-14"), null, false, null, List.of(),
                List.of(), null, null, null, List.of(new Source("Onet", null, "Onet", null, IsoDates.parse("2007-07-13"),
                ExtraFields.NONE)), List.of(), null, ExtraFields.NONE, Dating.of(Dating.DISPUTED));
        TimelineEvent before = TimelineEvent.point("before", "Before", IsoDates.parse("1992-03")).withDating(Dating.of(Dating.BEFORE));
        Set<String> none = Set.of();

        EventFilter untilThe13th = EventFilter.NONE.withRange(null, IsoDates.parse("2007-07-13"));
        assertThat(untilThe13th.shows(decree, none)).as("one source gives the 13th").isTrue();
        assertThat(EventFilter.NONE.withRange(null, IsoDates.parse("2007-07-12")).shows(decree, none)).isFalse();
        assertThat(EventFilter.NONE.withRange(IsoDates.parse("1991-06"), IsoDates.parse("1991-12")).shows(before, none))
                .as("before March 1992 may have been in late 1991").isTrue();
        assertThat(EventFilter.NONE.withRange(IsoDates.parse("1992-03"), null).shows(before, none)).as("but not from March on").isFalse();
    }

    @Test
    void writesACitationStudentsCanPaste() {
        TimelineEvent signed = new TimelineEvent("signed", "CFE Treaty signed in Paris", IsoDates.parse("1990-11-19"), null, false,
                null, List.of(), List.of(), null, null, null,
                List.of(new Source("Heads of State sign Treaty on Conventional Armed Forces in Europe", "https://www.osce.org/node/58665",
                        "OSCE", IsoDates.parse("1990-11-19"), ExtraFields.NONE), new Source("A note without address", null)),
                List.of(), null, ExtraFields.NONE);

        assertThat(Citation.of(signed, "Arms Control in Europe")).isEqualTo(
                "CFE Treaty signed in Paris (19 November 1990). In: Arms Control in Europe, a Chronoline timeline.\n"
                        + "Sources:\n"
                        + "- OSCE. \u201cHeads of State sign Treaty on Conventional Armed Forces in Europe.\u201d 19 November 1990. "
                        + "https://www.osce.org/node/58665\n"
                        + "- \u201cA note without address.\u201d\n");
    }

    /**
     * A title that quotes something keeps its quotation in the inner marks: RIA Novosti's read
     * “… (“The July 14 presidential decree”; …).”, one pair inside the same pair (a student's walk-through).
     */
    @Test
    void aQuotationInASourcesTitleTakesTheInnerMarks() {
        Source ria = new Source("On the moratorium bill (\u201cThe July 14 presidential decree\u201d; archive copy)", null, "RIA Novosti",
                null, ExtraFields.NONE);
        assertThat(Citation.source(ria)).isEqualTo("RIA Novosti. \u201cOn the moratorium bill (\u2018The July 14 presidential decree\u2019;"
                + " archive copy).\u201d");
        Source straight = new Source("The \"open skies\" idea and \u00abPutin\u2019s\u00bb plan", null);
        assertThat(Citation.source(straight)).as("typewriter and French marks, paired in order; an apostrophe left as it is")
                .isEqualTo("\u201cThe \u2018open skies\u2019 idea and \u2018Putin\u2019s\u2019 plan.\u201d");
        Source onet = new Source("Traktat CFE: Rosja marszczy brwi", "https://wiadomosci.onet.pl/", "Onet", null, null, "pl", ExtraFields.NONE);
        assertThat(Citation.source(onet)).as("its language said").isEqualTo("Onet. \u201cTraktat CFE: Rosja marszczy brwi.\u201d (in Polish)"
                + " https://wiadomosci.onet.pl/");
        java.util.Locale before = org.chronoline.text.Messages.locale();
        try {
            org.chronoline.text.Messages.use(java.util.Locale.GERMAN);
            assertThat(Citation.source(ria)).as("German marks, outside and in")
                    .isEqualTo("RIA Novosti. \u201eOn the moratorium bill (\u201aThe July 14 presidential decree\u2018; archive copy).\u201c");
        } finally {
            org.chronoline.text.Messages.use(before);
        }
    }

    /** "Moscow Treaty" typed: the treaty first, though events that only mention Moscow and a treaty come before it in time. */
    @Test
    void ranksTitlesThatSayWhatWasTypedFirstAndKeepsTimeOrderWithinEachRank() {
        TimelineEvent abm = event("abm", "ABM Treaty signed", "1972-05-26", "Nixon and Brezhnev sign the treaty in Moscow.");
        TimelineEvent sort = event("sort", "Moscow Treaty (SORT) signed", "2002-05-24", "Bush and Putin sign it.");
        TimelineEvent talks = event("talks", "Talks in Moscow", "2007-10-12", "No new treaty.");
        TimelineEvent sortInForce = event("inforce", "The  Moscow treaty enters into force", "2003-06-01", "");
        List<TimelineEvent> inTime = List.of(abm, sort, sortInForce, talks);

        assertThat(ranked("moscow treaty", inTime)).containsExactly("sort", "inforce", "abm", "talks");
        assertThat(ranked("Moscow Treaty (SORT) signed", inTime)).containsExactly("sort");
        // A title that is what was typed, with its spaces as typed or not, comes before one that only holds the words.
        assertThat(ranked("the moscow treaty  enters into force", inTime)).containsExactly("inforce");
        TimelineEvent reordered = event("reordered", "Into force enters the Moscow treaty", "2002-01-01", "");
        assertThat(ranked("the moscow treaty  enters into force", List.of(reordered, sortInForce))).containsExactly("inforce", "reordered");
        assertThat(ranked("treaty", inTime)).containsExactly("abm", "sort", "inforce", "talks");
        assertThat(ranked("treaty signed", inTime)).containsExactly("abm", "sort");
        assertThat(ranked("abm treaty signed", List.of(sort, event("abm2", "Signed: ABM treaty", "1972", ""), abm)))
                .containsExactly("abm", "abm2");
        assertThat(ranked("", inTime)).containsExactly("abm", "sort", "inforce", "talks");
    }

    private List<String> ranked(String query, List<TimelineEvent> events) {
        return search.ranked(SearchQuery.parse(query), events).stream().map(TimelineEvent::id).toList();
    }

    private static TimelineEvent event(String id, String title, String date, String description) {
        return new TimelineEvent(id, title, IsoDates.parse(date), null, false, "talks", List.of(), List.of(), null, null, description,
                List.of(), List.of(), null, ExtraFields.NONE);
    }
}
