package org.chronoline.model.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Did you mean …?": a search that found nothing for a word spelled a little wrong, or in another form, left a student stuck. */
class SearchSuggestionTest {
    private static final List<TimelineEvent> BUNDLED =
            new TimelineFileReader().read(Path.of("data/events.json")).document().events();
    private final EventSearch search = new EventSearch();
    private final SearchSuggestion words = SearchSuggestion.of(BUNDLED, search);

    private String suggest(String typed) {
        return words.suggest(typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Moskow                | Moscow",          // a letter changed
        "moskow                | Moscow",
        "Gorbachov             | Gorbachev",
        "Brezhenv              | Brezhnev",         // two letters swapped
        "Gorbatch              | Gorbachev",        // typed in part, and a little wrong
        "Moratorum             | moratorium",       // a letter left out
        "CFE Moskow            | CFE Moscow",       // the word found is kept as typed
        "deploying             | deploy",           // another form: the shortest word of the stem, found in all its forms
        "inspecting            | inspection",
        "\"Paris\" Moskow      | \"Paris\" Moscow",
        "pakt                  | part",             // as near as "pact", and finds more words
        "Warsaw pakt           | Warsaw Pact",      // but "pact" is what finds an event with "Warsaw"
    })
    void offersTheTimelinesWordNearestToOneThatFindsNothing(String typed, String offered) {
        assertThat(search.matchesAny(SearchQuery.parse(typed), BUNDLED)).as("the typed search finds nothing").isFalse();
        assertThat(suggest(typed)).isEqualTo(offered);
        assertThat(search.matchesAny(SearchQuery.parse(offered), BUNDLED)).as("what is offered finds something").isTrue();
    }

    @Test
    void offersNothingWhenNothingNearOrWhenEachWordFindsSomethingOnItsOwn() {
        assertThat(suggest("zzzzqqq")).isNull();
        assertThat(suggest("Moscow")).as("found as typed").isNull();
        assertThat(suggest("Moscow Paris")).as("only the two together find nothing: no word to mend").isNull();
        assertThat(suggest("Moskow zzzzqqq")).as("half a suggestion is none").isNull();
        assertThat(suggest("19999")).as("a number is not a misspelt word").isNull();
        assertThat(suggest("xq")).as("too short to guess from").isNull();
        assertThat(suggest("\"treaty of moskow\"")).as("a phrase is searched as written").isNull();
    }

    @Test
    void offersOnlyWhatFindsAnEventOfThoseSearched() {
        TimelineEvent kiev = TimelineEvent.point("kyiv", "Summit in Kyiv", IsoDates.parse("1999-12-03"));
        TimelineEvent rome = TimelineEvent.point("rome", "Summit in Rome", IsoDates.parse("2002"));
        SearchSuggestion two = SearchSuggestion.of(List.of(kiev, rome), search);
        assertThat(two.suggest("Kyjv")).isEqualTo("Kyiv");
        assertThat(two.suggest("Kyjv rome")).as("Kyiv and Rome are never in one event").isNull();
        assertThat(two.suggest("Krakw")).isNull();
        assertThat(two.suggest("Dezember")).as("a word of the dates as shown, as the search folds it").isEqualTo("december");
    }

    @Test
    void keepsAccentsAndCharactersOutsideTheBasicPlaneAsTheTimelineWritesThem() {
        TimelineEvent krakow = TimelineEvent.point("krakow", "Summit in Kraków 🏰", IsoDates.parse("1999"));
        SearchSuggestion one = SearchSuggestion.of(List.of(krakow), search);
        assertThat(one.suggest("Krakuw")).isEqualTo("Kraków");
        assertThat(one.suggest("🏰🏰🏰")).isNull();
    }

    /** How a word is written is the first way met in time, whatever the file's order: the page, whose events are in time, says the same. */
    @Test
    void writesTheWordAsTheEarliestEventDoesWhateverTheFilesOrder() {
        TimelineEvent later = TimelineEvent.point("later", "Summit in Krakow", IsoDates.parse("2005"));
        TimelineEvent earlier = TimelineEvent.point("earlier", "Summit in Kraków", IsoDates.parse("1999"));
        assertThat(SearchSuggestion.of(List.of(later, earlier), search).suggest("Krakuw")).isEqualTo("Kraków");
        assertThat(SearchSuggestion.of(List.of(earlier, later), search).suggest("Krakuw")).isEqualTo("Kraków");
    }

    /**
     * A word the timeline writes only in capitals is offered so only when, searched as a whole word as
     * capitals are, it still finds something; "inff missiles" offered "INF missiles", which found nothing.
     */
    @Test
    void offersAWordInCapitalsOnlyWhenAsAWholeWordItFinds() {
        TimelineEvent inf = TimelineEvent.point("inf", "INF Treaty signed", IsoDates.parse("1987-12-08"));
        TimelineEvent info = TimelineEvent.point("info", "Information on missiles shared", IsoDates.parse("1990"));
        SearchSuggestion words = SearchSuggestion.of(List.of(inf, info), search);
        assertThat(words.suggest("inff treaty")).isEqualTo("INF treaty");
        assertThat(words.suggest("inff missiles")).isEqualTo("inf missiles");
    }

    @Test
    void countsLettersChangedAddedRemovedAndSwapped() {
        assertThat(SearchSuggestion.distance("moskow", "moscow")).isEqualTo(1);
        assertThat(SearchSuggestion.distance("brezhenv", "brezhnev")).isEqualTo(1);
        assertThat(SearchSuggestion.distance("treaty", "treay")).isEqualTo(1);
        assertThat(SearchSuggestion.distance("treaty", "treatty")).isEqualTo(1);
        assertThat(SearchSuggestion.distance("", "abc")).isEqualTo(3);
        assertThat(SearchSuggestion.distance("kitten", "sitting")).isEqualTo(3);
    }
}
