package org.chronoline.model.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;

/** The dates "When Was It?" shows to say how a date is typed are answers to none of its questions. */
class ExampleDatesTest {
    private static TimelineEvent at(String id, String start) {
        return TimelineEvent.point(id, id, IsoDates.parse(start));
    }

    @Test
    void theExamplesAreInYearsNoEventReaches() {
        assertThat(ExampleDates.avoiding(List.of()).forms()).as("nothing to avoid: the examples there were")
                .containsExactly("1990", "July 1990", "1990-10-12", "12 October 1990", "480 BCE");
        // 1990 taken, and 1989 too: the nearest free year, earlier first at each distance.
        List<TimelineEvent> events = List.of(at("signed", "1990-11-19"), at("year", "1989"), at("thermopylae", "-0479"));
        assertThat(ExampleDates.avoiding(events).forms()).containsExactly("1991", "July 1991", "1991-10-12", "12 October 1991", "481 BCE");
        // A span covers every year it runs through; a year's band of uncertainty is the whole year.
        TimelineEvent talks = at("talks", "1973-10-30").withDates(IsoDates.parse("1973-10-30"), IsoDates.parse("1995-02-02"));
        assertThat(ExampleDates.avoiding(List.of(talks)).year()).isEqualTo(1996);
    }

    @Test
    void onTheBundledTimelineNoExampleIsTheDateOfAnEvent() throws Exception {
        TimelineDocument bundled = new TimelineFileReader().read(Path.of("data/events.json")).document();
        ExampleDates examples = ExampleDates.avoiding(bundled.events());
        // They were 1990 (the CFE Treaty), July 2007 (Putin's decree) and 2007-10-12 (the "two-plus-two" talks).
        for (TimelineEvent e : bundled.events()) {
            long[] possible = e.possibleSeconds();
            long from = IsoDates.parse(String.valueOf(examples.year())).startSecond();
            long to = IsoDates.parse(String.valueOf(examples.year())).endSecond();
            assertThat(possible[1] <= from || possible[0] >= to).as(e.id() + " in " + examples.year()).isTrue();
        }
        assertThat(examples.forms().get(0)).isNotEqualTo("1990");
    }
}
