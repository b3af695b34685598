package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.chronoline.model.Category;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.junit.jupiter.api.Test;

class TimelineLayouterTest {
    private static final FixedWidthMeasurer MEASURER = new FixedWidthMeasurer(7);
    private static final double WIDTH = 1200;

    @Test
    void labelsAndMarkersNeverOverlapInTheSameRowAtAnyZoom() {
        TimelineContent content = new TimelineContent(document(EventIndexTest.randomEvents(new Random(9), 400)));
        for (double years = 200; years > 0.05; years /= 2) {
            for (LayoutMode mode : LayoutMode.values()) {
                TimelineLayout layout = layout(content, mode, IsoDates.parse("1960").startSecond(), years);
                List<ItemBox> items = layout.items();
                for (int i = 0; i < items.size(); i++) {
                    for (int j = i + 1; j < items.size(); j++) {
                        ItemBox a = items.get(i);
                        ItemBox b = items.get(j);
                        if (a.lane() == b.lane() && a.y() == b.y()) {
                            assertThat(a.right() < b.left() || b.right() < a.left())
                                    .as("%s and %s overlap at %s years, %s", a.event().id(), b.event().id(), years, mode).isTrue();
                        }
                    }
                }
            }
        }
    }

    /**
     * A title pinned at the left edge, after its arrow back, ends in an ellipsis where the view is narrower than it: at
     * 150% type beside the filter panel, "← United States gives notice to leave th" was cut at the edge mid-word
     * (keyboard walk-through).
     */
    @Test
    void aTitlePinnedAtTheLeftEdgeEndsInAnEllipsisInAViewNarrowerThanIt() {
        String title = "United States gives notice to leave the ABM Treaty";
        TimelineContent content = new TimelineContent(document(List.of(point("notice", title, "2001-12-13"))));
        double width = 200;
        TimeScale scale = new TimeScale(IsoDates.parse("2001-12-20").startSecond(), 86_400.0 / 20);
        TimelineLayout layout = TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, scale, width, MEASURER, MEASURER,
                LayoutMetrics.forLineHeight(16));

        ItemBox pinned = layout.item("notice");
        assertThat(pinned.label()).startsWith(org.chronoline.model.DisplayText.pointingBack("United")).endsWith("\u2026");
        assertThat(pinned.labelX() + pinned.labelWidth()).as("the label's end").isLessThanOrEqualTo(width);

        // A title that reads from the right keeps its arrow at its end, after the ellipsis (a review: cut from the end, the arrow went first).
        String hebrew = "\u05D4\u05D5\u05D3\u05E2\u05D4 \u05E2\u05DC \u05D9\u05E6\u05D9\u05D0\u05D4 \u05DE\u05D4\u05D0\u05DE\u05E0\u05D4"
                + " \u05DC\u05D4\u05D2\u05D1\u05DC\u05EA \u05D8\u05D9\u05DC\u05D9\u05DD \u05D1\u05DC\u05D9\u05E1\u05D8\u05D9\u05D9\u05DD";
        TimelineContent rtl = new TimelineContent(document(List.of(point("notice", hebrew, "2001-12-13"))));
        ItemBox back = TimelineLayouter.layout(rtl, LayoutMode.BY_CATEGORY, scale, width, MEASURER, MEASURER, LayoutMetrics.forLineHeight(16))
                .item("notice");
        assertThat(back.label()).endsWith("\u2026 \u2190");
        assertThat(back.labelX() + back.labelWidth()).isLessThanOrEqualTo(width);
    }

    @Test
    void labelsPinnedAtTheLeftEdgeNeverRunOverAnotherEventInAFullLane() {
        TimelineContent content = new TimelineContent(document(EventIndexTest.randomEvents(new Random(17), 600)));
        for (String from : List.of("1900", "1950", "1987", "2003", "2011")) {
            for (double years = 40; years > 0.5; years /= 2) {
                TimelineLayout layout = layout(content, LayoutMode.BY_CATEGORY, IsoDates.parse(from).startSecond(), years);
                List<ItemBox> items = layout.items();
                for (int i = 0; i < items.size(); i++) {
                    for (int j = i + 1; j < items.size(); j++) {
                        ItemBox a = items.get(i);
                        ItemBox b = items.get(j);
                        // What is drawn: the parts inside the view.
                        double aLeft = Math.max(0, a.left());
                        double aRight = Math.min(WIDTH, a.right());
                        double bLeft = Math.max(0, b.left());
                        double bRight = Math.min(WIDTH, b.right());
                        if (a.lane() == b.lane() && a.y() == b.y() && aLeft < aRight && bLeft < bRight) {
                            assertThat(aRight < bLeft || bRight < aLeft)
                                    .as("%s and %s overlap from %s, %s years: %s / %s", a.event().id(), b.event().id(), from, years, a, b).isTrue();
                        }
                    }
                }
            }
        }
    }

    /**
     * The window pins the title of an event just left of the view at its left edge, after an arrow back to it, a
     * hint of what scrolling back shows; a picture or a slide cannot scroll, and there such a title read as an
     * event of the period shown (a 2008 decree over 2011).
     */
    @Test
    void aStillDrawsNothingOfAnEventLeftOfItsPeriodAWindowPinsItsTitle() {
        TimelineEvent decree = point("decree", "Putin's decree suspending the CFE Treaty (the moratorium)", "2007-07-14");
        TimelineEvent exchange = point("exchange", "United States stops CFE data exchange", "2011-11-22");
        TimelineContent content = new TimelineContent(document(List.of(decree, exchange)));
        double from = IsoDates.parse("2008").startSecond();
        TimeScale scale = new TimeScale(from, 6 * 365.25 * 86_400 / WIDTH);
        LayoutMetrics metrics = LayoutMetrics.forLineHeight(16);

        TimelineLayout window = TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, scale, WIDTH, MEASURER, MEASURER, metrics);
        assertThat(window.item("decree")).as("pinned at the window's left edge").isNotNull();
        assertThat(window.item("decree").labelX()).isGreaterThanOrEqualTo(0);
        // Its arrow points back to where it is: without it, the title read as an event of 2008 (a student's walk-through).
        assertThat(window.item("decree").label()).isEqualTo("\u2190 Putin's decree suspending the CFE Treaty (the moratorium)");
        assertThat(window.item("decree").labelWidth()).isEqualTo(MEASURER.width(window.item("decree").label()));
        assertThat(window.item("exchange").label()).as("an event in view, as itself").isEqualTo("United States stops CFE data exchange");
        String arabic = "\u0645\u0631\u0633\u0648\u0645 \u0628\u0648\u062a\u064a\u0646 \u0628\u062a\u0639\u0644\u064a\u0642"
                + " \u0645\u0639\u0627\u0647\u062f\u0629 \u0627\u0644\u0642\u0648\u0627\u062a \u0627\u0644\u0645\u0633\u0644\u062d\u0629"
                + " \u0627\u0644\u062a\u0642\u0644\u064a\u062f\u064a\u0629 \u0641\u064a \u0623\u0648\u0631\u0648\u0628\u0627";
        TimelineContent rightToLeft = new TimelineContent(document(List.of(point("decree", arabic, "2007-07-14"), exchange)));
        assertThat(TimelineLayouter.layout(rightToLeft, LayoutMode.BY_CATEGORY, scale, WIDTH, MEASURER, MEASURER, metrics).item("decree").label())
                .as("the arrow at the end of a title read from the right, its left").isEqualTo(arabic + " \u2190");

        Packing slide = Packing.forScreen(LayoutMode.BY_CATEGORY).asSlideOf(Packing.Period.shownBy(scale, WIDTH));
        for (Packing still : List.of(slide, Packing.complete(), Packing.atMost(3))) {
            TimelineLayout layout = TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, scale, WIDTH, MEASURER, MEASURER, metrics, still);
            assertThat(layout.item("decree")).as("the decree in %s", still).isNull();
            assertThat(layout.clusters()).as("nor counted in %s", still).isEmpty();
            assertThat(layout.item("exchange")).isNotNull();
        }
    }

    /**
     * A disputed moment's rings, at the other dates its sources give, are its marks too: a title before
     * or after it clears them, and the next event in its row starts after them. The decree's title,
     * before its marker near the right edge, ran over its ring at 13 July.
     */
    @Test
    void aTitleClearsTheRingsOfADisputedDate() {
        TimelineEvent decree = disputed("decree", "Putin's decree suspending the CFE Treaty (the moratorium)", "2007-07-14", "2007-07-13");
        TimelineEvent meeting = disputed("meeting", "A meeting", "2007-06-10", "2007-06-13");
        TimelineEvent next = point("next", "Next", "2007-06-15");
        TimeScale scale = new TimeScale(IsoDates.parse("2007-06").startSecond(), 61 * 86_400.0 / WIDTH);
        LayoutMetrics metrics = LayoutMetrics.forLineHeight(16);
        TimelineLayout layout = TimelineLayouter.layout(new TimelineContent(document(List.of(decree, meeting, next))), LayoutMode.COMPACT,
                scale, WIDTH, MEASURER, MEASURER, metrics);
        double r = metrics.markerSize() / 2;

        ItemBox before = layout.item("decree");
        assertThat(before.labelX()).as("near the right edge, its title goes before it").isLessThan(before.x0());
        assertThat(before.labelX() + before.labelWidth()).as("and ends before the ring at 13 July")
                .isLessThan(scale.xOf(IsoDates.parse("2007-07-13").midSecond()) - r);
        assertThat(before.label()).isEqualTo(decree.title());

        ItemBox after = layout.item("meeting");
        double ring = scale.xOf(IsoDates.parse("2007-06-13").midSecond());
        assertThat(after.labelX()).as("its title starts after the ring at 13 June").isGreaterThan(ring + r);
        ItemBox third = layout.item("next");
        assertThat(third.y() != after.y() || third.left() > ring + r).as("nothing drawn over the ring in its row").isTrue();
    }

    private static TimelineEvent disputed(String id, String title, String iso, String otherDate) {
        List<org.chronoline.model.Source> sources = List.of(
                new org.chronoline.model.Source("One", null, "One", null, IsoDates.parse(iso), ExtraFields.NONE),
                new org.chronoline.model.Source("Other", null, "Other", null, IsoDates.parse(otherDate), ExtraFields.NONE));
        return new TimelineEvent(id, title, IsoDates.parse(iso), null, false, null, List.of(), List.of(), null, null, null, sources,
                List.of(), null, ExtraFields.NONE, org.chronoline.model.Dating.of(org.chronoline.model.Dating.DISPUTED));
    }

    @Test
    void fullTitlesFitWhenThereIsRoom() {
        TimelineEvent a = point("a", "CFE Treaty signed in Paris", "1990-11-19");
        TimelineEvent b = point("b", "Putin decree", "2007-07");

        TimelineLayout layout = layout(new TimelineContent(document(List.of(a, b))), LayoutMode.COMPACT,
                IsoDates.parse("1985").startSecond(), 30);

        assertThat(layout.items()).extracting(ItemBox::label).containsExactly("CFE Treaty signed in Paris", "Putin decree");
    }

    @Test
    void shortensALabelWithAnEllipsisRatherThanDrawOverTheNextEvent() {
        List<TimelineEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(point("e" + i, "A rather long title for event number " + i, (1990 + i / 4) + "-" + (10 + i % 3)));
        }
        TimelineLayout layout = layout(new TimelineContent(document(events)), LayoutMode.BY_CATEGORY,
                IsoDates.parse("1989").startSecond(), 12);

        assertThat(layout.items()).anySatisfy(item -> assertThat(item.label()).endsWith("\u2026"));
        assertThat(layout.items()).allSatisfy(item -> assertThat(item.label() == null || item.label().length() >= 2).isTrue());
    }

    @Test
    void showsAMonthPrecisionEventWithTheWholeMonthAsItsUncertainty() {
        TimelineEvent decree = point("decree", "Putin decree", "2007-07");
        TimeScale scale = new TimeScale(IsoDates.parse("2007-06").startSecond(), 86_400.0 / 10);

        TimelineLayout layout = TimelineLayouter.layout(new TimelineContent(document(List.of(decree))), LayoutMode.COMPACT,
                scale, WIDTH, MEASURER, MEASURER, LayoutMetrics.forLineHeight(16));

        ItemBox item = layout.items().get(0);
        assertThat(item.fuzzyX0()).isEqualTo(scale.xOf(IsoDates.parse("2007-07-01").startSecond()));
        assertThat(item.fuzzyX1()).isEqualTo(scale.xOf(IsoDates.parse("2007-08-01").startSecond()));
        assertThat((item.x0() + item.x1()) / 2).isEqualTo(scale.xOf(decree.start().midSecond()));
    }

    @Test
    void aggregatesEventsIntoClustersWhenTooDenseToDraw() {
        List<TimelineEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(point("e" + i, "Event " + i, "2000-01-" + (1 + i % 28 < 10 ? "0" : "") + (1 + i % 28)));
        }
        TimelineLayout layout = layout(new TimelineContent(document(events)), LayoutMode.BY_CATEGORY,
                IsoDates.parse("1990").startSecond(), 30);

        int drawn = layout.items().size();
        int counted = layout.clusters().stream().mapToInt(TimelineLayout.ClusterBox::count).sum();
        assertThat(layout.clusters()).isNotEmpty();
        assertThat(drawn + counted).isEqualTo(200);
    }

    @Test
    void putsEachCategoryInItsOwnLaneInFileOrder() {
        TimelineEvent a = withCategory(point("a", "A", "1990"), "talks");
        TimelineEvent b = withCategory(point("b", "B", "1991"), "treaty");
        TimelineEvent c = point("c", "C", "1992");
        TimelineDocument doc = new TimelineDocument(1, "T", null,
                List.of(new Category("treaty", "Treaties", "#2E6DB4"), new Category("talks", "Talks", null)),
                List.of(), List.of(a, b, c), List.of(), ExtraFields.NONE);

        TimelineLayout layout = layout(new TimelineContent(doc), LayoutMode.BY_CATEGORY, IsoDates.parse("1985").startSecond(), 10);

        assertThat(layout.lanes()).extracting(l -> l.lane().name()).containsExactly("Treaties", "Talks", "Uncategorised");
        assertThat(layout.items()).extracting(i -> i.event().id() + "@" + i.lane()).containsExactlyInAnyOrder("b@0", "a@1", "c@2");
    }

    /**
     * Zoomed close on a timeline whose dates are days, the axis marks days ("19", "20") under the
     * month, never hours nothing is dated to; once one event names a time of day, hours appear.
     */
    @Test
    void theAxisIsNoFinerThanTheDatesNeed() {
        List<TimelineEvent> days = List.of(point("paris", "CFE Treaty signed", "1990-11-19"), point("vienna", "Vienna Document", "1990-11-17"));
        double start = IsoDates.parse("1990-11-18").startSecond();
        TimeScale twoDays = new TimeScale(start, 2 * 86_400.0 / WIDTH);

        AxisPlan byDay = TimelineLayouter.layout(new TimelineContent(document(days)), LayoutMode.BY_CATEGORY, twoDays, WIDTH, MEASURER,
                MEASURER, LayoutMetrics.forLineHeight(16)).axis();
        assertThat(byDay.unit().field()).isEqualTo(TickUnit.Field.DAY);
        assertThat(byDay.lower()).extracting(AxisPlan.Tick::label).contains("19").allMatch(label -> label.matches("\\d+"));
        assertThat(byDay.upper()).as("the days named in full above").extracting(AxisPlan.Tick::label).contains("19 November 1990");

        // Six hours between two midnights: no day tick in view, and the day is still named, at the left edge.
        TimeScale sixHours = new TimeScale(IsoDates.parse("1990-11-19").startSecond() + 9 * 3600, 6 * 3600.0 / WIDTH);
        AxisPlan within = TimelineLayouter.layout(new TimelineContent(document(days)), LayoutMode.BY_CATEGORY, sixHours, WIDTH, MEASURER,
                MEASURER, LayoutMetrics.forLineHeight(16)).axis();
        assertThat(within.lower()).isEmpty();
        assertThat(within.upper()).extracting(AxisPlan.Tick::label).containsExactly("19 November 1990");

        List<TimelineEvent> withTime = new java.util.ArrayList<>(days);
        withTime.add(point("press", "Press conference", "1990-11-19T15:30"));
        AxisPlan byHour = TimelineLayouter.layout(new TimelineContent(document(withTime)), LayoutMode.BY_CATEGORY, twoDays, WIDTH,
                MEASURER, MEASURER, LayoutMetrics.forLineHeight(16)).axis();
        assertThat(byHour.unit().field()).isIn(TickUnit.Field.HOUR, TickUnit.Field.MINUTE);
        assertThat(byHour.lower()).extracting(AxisPlan.Tick::label).contains("12:00");
    }

    /**
     * An event known only to its year is drawn as a band across the year: viewed in the year's last
     * months its marker and title are far to the left, but the band is in view, and it is drawn.
     * (A rule that leaves events wholly left of the view out, so that they keep no row empty, took it
     * for one of them.) Two events of September, left of the view with their titles, keep no row.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = LayoutMode.class, names = {"BY_CATEGORY", "COMPACT"})
    void anEventLeftOfTheViewIsLeftOutUnlessItsBandOfDatesReachesIn(LayoutMode mode) {
        TimelineEvent sometime = point("sometime", "Sometime in 1995", "1995");
        TimelineEvent early = point("early", "Early", "1995-09-20");
        TimelineEvent earlier = point("earlier", "Earlier", "1995-09-21");
        TimelineContent content = new TimelineContent(document(List.of(early, earlier, sometime)));
        TimeScale lateIn1995 = TimeScale.fitting(IsoDates.parse("1995-10-01").startSecond(), IsoDates.parse("1995-12-31").endSecond(), WIDTH, 0);

        for (Packing packing : List.of(Packing.forScreen(mode), Packing.complete())) {
            TimelineLayout layout = TimelineLayouter.layout(content, mode, lateIn1995, WIDTH, MEASURER, MEASURER,
                    LayoutMetrics.forLineHeight(16), packing);
            TimelineLayout.ItemBox band = layout.item("sometime");
            assertThat(band).as("the year's band, in view").isNotNull();
            assertThat(band.fuzzyX1()).isGreaterThan(0);
            assertThat(layout.item("early")).isNull();
            assertThat(layout.lanes().get(0).rows()).as("one row, for the band").isEqualTo(1);
        }
    }

    /**
     * A pinned event (a slide's step) is put in the row kept for it after the events before it in time; one of them
     * dated to a year is drawn mid-year, after it, and keeps its whole title: its label was fitted before the step's
     * and cut to nothing against it.
     */
    @Test
    void aYearDrawnAfterAPinnedEventInItsRowKeepsItsTitle() {
        TimelineEvent year = point("year", "Dated to a year", "1990");
        TimelineEvent step = point("step", "Step", "1990-02-01");
        // Two more that day: unpinned, the step is counted into a cluster with them, so the pinned packing is the one drawn.
        TimelineContent content = new TimelineContent(document(List.of(year, step, point("b", "B", "1990-02-01"),
                point("c", "C", "1990-02-01"))));
        double start = IsoDates.parse("1989").startSecond();
        TimelineLayout layout = TimelineLayouter.layout(content, LayoutMode.COMPACT, new TimeScale(start, 3 * 365.25 * 86_400 / WIDTH),
                WIDTH, MEASURER, MEASURER, LayoutMetrics.forLineHeight(16), Packing.forScreenAtMost(1).pinning(java.util.Set.of("step")));
        assertThat(layout.item("step").label()).isEqualTo("Step");
        assertThat(layout.item("year").y()).as("in the step's row").isEqualTo(layout.item("step").y());
        assertThat(layout.item("year").label()).isEqualTo("Dated to a year");
    }

    private static TimelineLayout layout(TimelineContent content, LayoutMode mode, double start, double years) {
        double spp = years * 365.25 * 86_400 / WIDTH;
        return TimelineLayouter.layout(content, mode, new TimeScale(start, spp), WIDTH, MEASURER, MEASURER,
                LayoutMetrics.forLineHeight(16));
    }

    static TimelineEvent point(String id, String title, String iso) {
        return TimelineEvent.point(id, title, IsoDates.parse(iso));
    }

    private static TimelineEvent withCategory(TimelineEvent e, String category) {
        return new TimelineEvent(e.id(), e.title(), e.start(), e.end(), false, category, List.of(), List.of(), null, null, null,
                List.of(), List.of(), null, ExtraFields.NONE);
    }

    static TimelineDocument document(List<TimelineEvent> events) {
        return new TimelineDocument(1, "Test", null, List.of(), List.of(), events, List.of(), ExtraFields.NONE);
    }

    @SuppressWarnings("unused")
    private static HistoricalDate year(int y) {
        return HistoricalDate.ofYear(y);
    }

    /**
     * A picture whose axis counts years has no row of context over them: its axis is one row, and
     * its lanes start a row higher (a 1024 x 768 export at twice the text size had 45 empty pixels
     * under its top edge). A window and a slide keep both rows, so that their lanes stay put as they zoom; a
     * picture of months keeps the years over them.
     */
    @Test
    void aPictureOfYearsHasAnAxisOfOneRow() {
        TimelineContent content = new TimelineContent(document(List.of(point("a", "CFE Treaty signed", "1990-11-19"),
                point("b", "New START expires", "2026-02-05"))));
        LayoutMetrics metrics = LayoutMetrics.forLineHeight(16);
        TimeScale years = TimeScale.fitting(IsoDates.parse("1985").startSecond(), IsoDates.parse("2030").endSecond(), WIDTH, 0);
        TimeScale months = TimeScale.fitting(IsoDates.parse("2007-01").startSecond(), IsoDates.parse("2008-03").endSecond(), WIDTH, 0);

        for (Packing picture : List.of(Packing.complete(), Packing.atMost(2))) {
            TimelineLayout ofYears = TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, years, WIDTH, MEASURER, MEASURER, metrics, picture);
            assertThat(ofYears.axis().unit().field()).isEqualTo(TickUnit.Field.YEAR);
            assertThat(ofYears.axisTiers()).as("a picture of years, %s", picture).isEqualTo(1);
            TimelineLayout ofMonths = TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, months, WIDTH, MEASURER, MEASURER, metrics, picture);
            assertThat(ofMonths.axis().upper()).isNotEmpty();
            assertThat(ofMonths.axisTiers()).as("a picture of months, %s", picture).isEqualTo(2);
        }
        Packing slide = Packing.forScreen(LayoutMode.BY_CATEGORY).asSlideOf(Packing.Period.shownBy(years, WIDTH));
        for (Packing screen : List.of(Packing.forScreen(LayoutMode.BY_CATEGORY), slide)) {
            assertThat(TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, years, WIDTH, MEASURER, MEASURER, metrics, screen).axisTiers())
                    .as("a window or a slide of years, %s", screen).isEqualTo(2);
        }
    }
}
