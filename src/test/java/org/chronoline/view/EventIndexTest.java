package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.chronoline.model.Dating;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;

class EventIndexTest {

    @Test
    void findsExactlyTheEventsABruteForceScanFinds() {
        Random random = new Random(11);
        List<TimelineEvent> events = randomEvents(random, 5_000);
        EventIndex index = new EventIndex(events);

        for (int q = 0; q < 500; q++) {
            double from = HistoricalDate.ofYear(1900 + random.nextInt(120)).startSecond() + random.nextInt(1_000_000);
            double to = from + random.nextDouble() * (random.nextBoolean() ? 1e6 : 3e8);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < index.size(); i++) {
                TimelineEvent e = index.get(i);
                if (e.startSecond() <= to && e.endSecond() >= from) {
                    expected.add(e.id());
                }
            }
            List<String> found = new ArrayList<>();
            index.forEachOverlapping(from, to, i -> found.add(index.get(i).id()));

            assertThat(found).as("query %d", q).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void countsEventsStartingInAnInterval() {
        List<TimelineEvent> events = randomEvents(new Random(3), 1_000);
        EventIndex index = new EventIndex(events);
        double from = HistoricalDate.ofYear(1950).startSecond();
        double to = HistoricalDate.ofYear(1980).startSecond();

        long expected = events.stream().filter(e -> e.startSecond() >= from && e.startSecond() < to).count();

        assertThat(index.countStarting(from, to)).isEqualTo((int) expected);
    }

    @Test
    void keepsEventsInTimeOrder() {
        EventIndex index = new EventIndex(randomEvents(new Random(5), 2_000));

        for (int i = 1; i < index.size(); i++) {
            assertThat(index.startOf(i)).isGreaterThanOrEqualTo(index.startOf(i - 1));
        }
        assertThat(index.extent()[1]).isEqualTo(
                java.util.stream.IntStream.range(0, index.size()).mapToDouble(index::endOf).max().orElseThrow());
        List<TimelineEvent> inTimeOrder = index.inTimeOrder();
        assertThat(inTimeOrder).hasSize(index.size()).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, index.size()).mapToObj(index::get).toList());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inTimeOrder.remove(0)).as("read-only")
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** The same order as the time order sorts the list into, with its ties (same start, end and title) in file order. */
    @Test
    void sortsExactlyAsTheTimeOrderDoesTiesIncluded() {
        Random random = new Random(17);
        for (int count : List.of(0, 1, 2, 24, 25, 26, 100, 3_000)) {
            List<TimelineEvent> events = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                // Few dates and few titles: many events start and end together and share a title.
                HistoricalDate start = HistoricalDate.ofDay(1990 + random.nextInt(3), 1 + random.nextInt(2), 1);
                HistoricalDate end = random.nextBoolean() ? null : HistoricalDate.ofDay(1993, 1 + random.nextInt(2), 1);
                events.add(new TimelineEvent("e" + i, "Talks " + random.nextInt(4), start, end, false, null, List.of(), List.of(), null,
                        null, null, List.of(), List.of(), null, ExtraFields.NONE));
            }
            List<TimelineEvent> expected = new ArrayList<>(events);
            expected.sort(EventIndex.timeOrder());

            EventIndex index = new EventIndex(events);

            List<String> order = new ArrayList<>();
            for (int i = 0; i < index.size(); i++) {
                order.add(index.get(i).id());
            }
            assertThat(order).as("%d events", count).containsExactlyElementsOf(expected.stream().map(TimelineEvent::id).toList());
        }
    }

    /** Deep time and far future side by side, some starts shared: starts that no 64-bit packing of start and position could hold. */
    @Test
    void sortsEventsAcrossTheWholeRangeOfYears() {
        Random random = new Random(23);
        int[] years = {HistoricalDate.MIN_YEAR, -4_600_000, -1, 0, 1, 1990, 1991, 999_999, HistoricalDate.MAX_YEAR - 1};
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            HistoricalDate start = random.nextInt(4) == 0 ? HistoricalDate.ofYear(years[random.nextInt(years.length)])
                    : HistoricalDate.ofYear(random.nextInt(2_000_000_000) - 1_000_000_000 + 1);
            HistoricalDate end = random.nextBoolean() ? null : HistoricalDate.ofYear(Math.min(HistoricalDate.MAX_YEAR, start.year() + random.nextInt(3)));
            events.add(new TimelineEvent("e" + i, "Age " + random.nextInt(3), start, end, false, null, List.of(), List.of(), null,
                    null, null, List.of(), List.of(), null, ExtraFields.NONE));
        }
        List<String> expected = events.stream().sorted(EventIndex.timeOrder()).map(TimelineEvent::id).toList();

        EventIndex index = new EventIndex(events);

        assertThat(index.inTimeOrder().stream().map(TimelineEvent::id).toList()).containsExactlyElementsOf(expected);
    }

    static List<TimelineEvent> randomEvents(Random random, int count) {
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HistoricalDate start = HistoricalDate.ofDay(1900 + random.nextInt(120), 1 + random.nextInt(12), 1 + random.nextInt(28));
            HistoricalDate end = null;
            if (random.nextInt(10) < 3) {
                int years = random.nextInt(10) == 0 ? random.nextInt(60) : 0;
                end = HistoricalDate.ofDay(Math.min(2100, start.year() + years), start.month(), Math.min(28, start.day() + random.nextInt(3)));
                if (end.isBefore(start)) {
                    end = start;
                }
            }
            events.add(new TimelineEvent("e" + i, "Event " + i, start, end, false, null, List.of(), List.of(), null, null,
                    null, List.of(), List.of(), null, ExtraFields.NONE));
        }
        return events;
    }

    @Test
    void aListSortedByDatePutsEachEventAtTheEarliestItMayHaveHappened() {
        TimelineEvent march = TimelineEvent.point("march", "March", IsoDates.parse("1992-03"));
        TimelineEvent before = TimelineEvent.point("before", "Before", IsoDates.parse("1992-03"))
                .withDating(Dating.of(Dating.BEFORE));
        TimelineEvent year = TimelineEvent.point("year", "Year", IsoDates.parse("1992"));

        assertThat(Stream.of(march, year, before).sorted(EventIndex.earliestFirst()).map(TimelineEvent::id))
                .containsExactly("before", "year", "march");
        assertThat(Stream.of(march, year, before).sorted(EventIndex.timeOrder()).map(TimelineEvent::id))
                .as("the timeline's own order is by start").containsExactly("year", "before", "march");
    }
}
