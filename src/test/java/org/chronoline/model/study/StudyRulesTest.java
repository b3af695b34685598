package org.chronoline.model.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.chronoline.model.Dating;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.Precision;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;

/** Scoring the study modes: order with ties and precision, distance at the event's precision, Leitner boxes. */
class StudyRulesTest {
    private static TimelineEvent at(String id, String start) {
        return TimelineEvent.point(id, id, IsoDates.parse(start));
    }

    private static TimelineEvent span(String id, String start, String end) {
        return at(id, start).withDates(IsoDates.parse(start), IsoDates.parse(end));
    }

    @Test
    void theCardsInTheRightPlaceAreTheMostThatAlreadyStandInOrder() {
        TimelineEvent thermopylae = at("thermopylae", "-0479");
        TimelineEvent signed = at("signed", "1990-11-19");
        TimelineEvent year = at("year", "1990");
        TimelineEvent decree = at("decree", "2007-07-14");
        TimelineEvent talks = at("talks", "2007-10-12");

        OrderRound.Result right = OrderRound.check(List.of(thermopylae, year, signed, decree, talks));
        assertThat(right.allRight()).isTrue();
        assertThat(OrderRound.check(List.of(thermopylae, signed, year, decree, talks)).allRight())
                .as("1990 and 19 November 1990 may stand either way round").isTrue();

        OrderRound.Result wrong = OrderRound.check(List.of(thermopylae, talks, signed, year, decree));
        assertThat(wrong.right()).as("the talks out of place, the rest in order").isEqualTo(4);
        assertThat(wrong.placements()).extracting(OrderRound.Placement::right).containsExactly(true, false, true, true, true);
        assertThat(wrong.placements().get(1)).satisfies(p -> {
            assertThat(p.right()).isFalse();
            assertThat(p.before()).as("placed after it, but earlier").isEqualTo(signed);
        });

        OrderRound.Result lastFirst = OrderRound.check(List.of(talks, thermopylae, year, decree));
        assertThat(lastFirst.placements()).as("the latest put first: that card is wrong, not the three it pushed along")
                .extracting(OrderRound.Placement::right).containsExactly(false, true, true, true);
        assertThat(lastFirst.placements().get(0).before()).isEqualTo(thermopylae);
        assertThat(OrderRound.check(List.of(decree, talks, thermopylae)).placements())
                .as("two cards before the earliest: the earliest is the one card to move")
                .extracting(OrderRound.Placement::right).containsExactly(true, true, false);
        assertThat(OrderRound.check(List.of(talks, decree)).right()).as("a swap: one of two to move").isEqualTo(1);

        TimelineEvent sameDay = at("same-day", "2007-07-14");
        assertThat(OrderRound.check(List.of(sameDay, decree)).allRight()).as("a tie").isTrue();
        assertThat(OrderRound.check(List.of(decree, sameDay)).allRight()).isTrue();
    }

    @Test
    void uncertainDatesMayStandWhereverTheyMayHaveBeen() {
        TimelineEvent circa = new TimelineEvent("circa", "c", IsoDates.parse("1990"), null, true, null, List.of(), List.of(), null, null,
                null, List.of(), List.of(), null, ExtraFields.NONE, new Dating(null, 5.0));
        TimelineEvent year = at("year", "1992");
        TimelineEvent before = at("before", "1992-03").withDating(Dating.of(Dating.BEFORE));
        TimelineEvent february = at("february", "1992-02");

        assertThat(OrderRound.check(List.of(year, circa)).allRight()).as("c. 1990 \u00b1 5 years may be after 1992").isTrue();
        assertThat(OrderRound.check(List.of(circa, year)).allRight()).isTrue();
        assertThat(OrderRound.check(List.of(february, before)).allRight()).as("before March 1992 may be after February").isTrue();
        assertThat(OrderRound.check(List.of(at("late", "2000"), circa)).allRight()).as("but not after 2000").isFalse();
    }

    @Test
    void aRoundDealsFiveToEightCardsNotAlreadyInOrder() {
        List<TimelineEvent> set = new java.util.ArrayList<>();
        for (int y = 1950; y < 2000; y++) {
            set.add(at("e" + y, Integer.toString(y)));
        }
        for (int seed = 0; seed < 50; seed++) {
            OrderRound round = OrderRound.deal(set, 3 + seed % 9, new Random(seed));
            assertThat(round.cards()).hasSizeBetween(OrderRound.FEWEST, OrderRound.MOST).doesNotHaveDuplicates();
            assertThat(OrderRound.check(round.cards()).allRight()).as("seed %d", seed).isFalse();
            assertThat(OrderRound.check(round.inTimeOrder()).allRight()).isTrue();
        }
        assertThat(OrderRound.deal(set.subList(0, 3), 8, new Random(1)).cards()).hasSize(3);
    }

    /** A card whose title names a year puts itself in order: dealt only when the others are too few. */
    @Test
    void aRoundDealsTitlesThatNameAYearOnlyWhenTheOthersAreTooFew() {
        List<TimelineEvent> set = new java.util.ArrayList<>();
        for (int y = 1950; y < 1960; y++) {
            set.add(TimelineEvent.point("named" + y, "Vienna Document " + y + " adopted", IsoDates.parse(Integer.toString(y))));
        }
        for (int y = 1960; y < 1966; y++) {
            set.add(TimelineEvent.point("plain" + y, "A treaty signed", IsoDates.parse(Integer.toString(y))));
        }
        for (int seed = 0; seed < 30; seed++) {
            OrderRound round = OrderRound.deal(set, 6, new Random(seed));
            assertThat(round.cards()).extracting(TimelineEvent::id).allMatch(id -> id.startsWith("plain"));
        }
        assertThat(OrderRound.deal(set, 8, new Random(1)).cards()).extracting(TimelineEvent::id)
                .filteredOn(id -> id.startsWith("plain")).hasSize(6);
    }

    @Test
    void anAnswerScoresByItsDistanceAtTheEventsPrecision() {
        TimelineEvent day = at("decree", "2007-07-14");
        assertThat(WhenAnswer.score(day, IsoDates.parse("2007-07-14T12").startSecond())).satisfies(a -> {
            assertThat(a.points()).isEqualTo(100);
            assertThat(a.off()).isZero();
        });
        WhenAnswer week = WhenAnswer.score(day, IsoDates.parse("2007-07-07T12").startSecond());
        assertThat(week.early()).isTrue();
        assertThat(week.off()).isEqualTo(7);
        assertThat(week.unit()).isEqualTo(Precision.DAY);
        assertThat(week.points()).isBetween(60, 80);
        assertThat(WhenAnswer.score(day, IsoDates.parse("2010").startSecond()).points()).as("over two years off a day: nothing").isZero();

        TimelineEvent year = at("year", "1990");
        assertThat(WhenAnswer.score(year, IsoDates.parse("1990-06").startSecond()).points()).isEqualTo(100);
        WhenAnswer twoYears = WhenAnswer.score(year, IsoDates.parse("1992-06").startSecond());
        assertThat(twoYears.early()).isFalse();
        assertThat(twoYears.off()).isEqualTo(2);
        assertThat(twoYears.points()).isGreaterThan(week.points() - 20).isLessThan(100);

        TimelineEvent month = at("month", "2007-07");
        assertThat(WhenAnswer.score(month, IsoDates.parse("2007-09-15").startSecond()).unit()).isEqualTo(Precision.MONTH);

        TimelineEvent bce = at("thermopylae", "-0479");
        assertThat(WhenAnswer.score(bce, IsoDates.parse("-0479-08").startSecond()).points()).as("480 BCE").isEqualTo(100);
        assertThat(WhenAnswer.score(bce, IsoDates.parse("-0489").midSecond()).off()).isEqualTo(10);

        TimelineEvent mbfr = span("mbfr", "1973-10-30", "1989-02-02");
        assertThat(WhenAnswer.score(mbfr, IsoDates.parse("1980").startSecond()).points()).as("inside a span").isEqualTo(100);

        TimelineEvent cfe1a = at("cfe-1a", "1992-07-10");
        assertThat(WhenAnswer.score(cfe1a, IsoDates.parse("1992-07").startSecond(), IsoDates.parse("1992-07").endSecond()).points())
                .as("the right month of a day: scored at its nearest moment, not its middle").isEqualTo(100);
        assertThat(WhenAnswer.score(cfe1a, IsoDates.parse("1992").startSecond(), IsoDates.parse("1992").endSecond()).points())
                .as("the right year, clicked at a zoom that shows years").isEqualTo(100);
        WhenAnswer nextYear = WhenAnswer.score(at("adapted", "1999-11-19"), IsoDates.parse("2000").startSecond(),
                IsoDates.parse("2000").endSecond());
        assertThat(nextYear.early()).isFalse();
        assertThat(nextYear.off()).as("from 1 January 2000, days not months").isBetween(42L, 43L);
        WhenAnswer yearBefore = WhenAnswer.score(cfe1a, IsoDates.parse("1991").startSecond(), IsoDates.parse("1991").endSecond());
        assertThat(yearBefore.early()).isTrue();
        assertThat(yearBefore.off()).as("from 31 December 1991").isBetween(191L, 192L);

        TimelineEvent between = new TimelineEvent("b", "B", IsoDates.parse("2023-05-25"), IsoDates.parse("2023-06-16"), false, null,
                List.of(), List.of(), null, null, null, List.of(), List.of(), null, ExtraFields.NONE, Dating.of(Dating.BETWEEN));
        assertThat(WhenAnswer.score(between, IsoDates.parse("2023-06-01").startSecond()).points()).isEqualTo(100);
    }

    /**
     * A typed year is right for an event known to the year, and right but vague for one known to the
     * month or the day: 70 at most, below the month's 100. It scored 100, as the day itself did.
     */
    @Test
    void aTypedYearForAnEventKnownToTheDayIsRightButVague() {
        TimelineEvent cfe1a = at("cfe-1a", "1992-07-10");
        WhenAnswer year = WhenAnswer.scoreTyped(cfe1a, IsoDates.parse("1992"));
        assertThat(year.points()).isEqualTo(WhenAnswer.YEAR_ONLY_MOST);
        assertThat(year.off()).as("inside it").isZero();
        assertThat(year.yearOnly()).isTrue();
        assertThat(WhenAnswer.scoreTyped(cfe1a, IsoDates.parse("1992-07")).points()).as("the month").isEqualTo(100);
        assertThat(WhenAnswer.scoreTyped(cfe1a, IsoDates.parse("1992-07-10")).yearOnly()).isFalse();
        assertThat(WhenAnswer.scoreTyped(at("month", "2007-07"), IsoDates.parse("2007")).points()).as("a month's year").isEqualTo(70);
        assertThat(WhenAnswer.scoreTyped(at("year", "1990"), IsoDates.parse("1990"))).as("a year's year")
                .satisfies(a -> assertThat(a.points()).isEqualTo(100), a -> assertThat(a.yearOnly()).isFalse());

        // A year wholly within a span is simply right: nothing in it is outside the event.
        TimelineEvent talks = span("mbfr", "1973-10-30", "1989-02-02");
        assertThat(WhenAnswer.scoreTyped(talks, IsoDates.parse("1980"))).satisfies(a -> assertThat(a.points()).isEqualTo(100),
                a -> assertThat(a.yearOnly()).isFalse());
        assertThat(WhenAnswer.scoreTyped(talks, IsoDates.parse("1973")).points()).as("its first year, only partly").isEqualTo(70);

        // A year just beside the event is no better than the right one, and one further off scores as it did.
        WhenAnswer nearYear = WhenAnswer.scoreTyped(at("early", "1993-01-02"), IsoDates.parse("1992"));
        assertThat(WhenAnswer.score(at("early", "1993-01-02"), IsoDates.parse("1992").startSecond(), IsoDates.parse("1992").endSecond())
                .points()).as("two days off, unbounded").isGreaterThan(70);
        assertThat(nearYear.points()).isEqualTo(70);
        assertThat(nearYear.early()).isTrue();
        WhenAnswer farYear = WhenAnswer.scoreTyped(cfe1a, IsoDates.parse("1991"));
        assertThat(farYear.points()).isEqualTo(WhenAnswer.score(cfe1a, IsoDates.parse("1991").startSecond(),
                IsoDates.parse("1991").endSecond()).points()).isLessThan(70);
    }

    @Test
    void missedCardsComeBackSoonerThanKnownOnes() {
        TimelineEvent a = at("a", "1990");
        TimelineEvent b = at("b", "1991");
        TimelineEvent c = at("c", "1992");
        List<TimelineEvent> set = List.of(a, b, c);
        StudyProgress progress = new StudyProgress();

        progress.startSession(100);
        assertThat(progress.due(set, new Random(7))).as("all new").containsExactlyInAnyOrder(a, b, c);
        progress.knew("a");
        progress.knew("a");
        progress.knew("b");
        progress.missed("c");
        assertThat(progress.box("a")).as("known at once, then again").isEqualTo(3);
        assertThat(progress.box("b")).isEqualTo(2);
        assertThat(progress.box("c")).isEqualTo(1);

        progress.startSession(100); // Study Again, the same day: only what was missed
        assertThat(progress.due(set, new Random(7))).containsExactly(c);
        progress.startSession(101);
        assertThat(progress.due(set, new Random(7))).as("the next day").containsExactly(c);
        progress.startSession(102); // two days on: box 2 too
        assertThat(progress.due(set, new Random(7))).containsExactly(c, b);
        progress.knew("b");
        progress.startSession(104); // four days after a was seen, two after b: box 3 for a only
        assertThat(progress.due(set, new Random(7))).containsExactly(c, a);
        assertThat(new StudyProgress(3, java.util.Map.of("a", 3), java.util.Map.of()).due(set, new Random(7)))
                .as("progress kept before the days were: everything due").containsExactlyInAnyOrder(a, b, c);

        progress.answered("b", 30);
        assertThat(progress.box("b")).as("a poor date sends the card back").isEqualTo(1);
        progress.answered("d", 100);
        assertThat(progress.box("d")).as("a right date: a card known at once").isEqualTo(2);
        progress.answered("d", 100);
        progress.answered("d", 100);
        assertThat(progress.box("d")).as("not due again today: right again, but not up again").isEqualTo(2);
        for (int i = 0; i < 6; i++) {
            progress.knew("a");
        }
        assertThat(progress.box("a")).isEqualTo(StudyProgress.BOXES);
        StudyProgress.Summary summary = progress.summary(List.of(a, b, c, at("d", "1993")));
        assertThat(summary.known()).containsExactly(a);
        assertThat(summary.needsWork()).containsExactly(b, c);
        assertThat(summary.learning()).as("answered right, not among what needs work").extracting(TimelineEvent::id).containsExactly("d");
        assertThat(progress.summary(List.of(a, b, c, at("e", "1994"))).notYet()).extracting(TimelineEvent::id).containsExactly("e");

        // Put in order: an event in its place counts as a good answer, one out of place as a card missed.
        progress.placed("f", true);
        assertThat(progress.box("f")).as("put right at first sight: learning, not \"not studied yet\"").isEqualTo(2);
        progress.placed("f", true);
        assertThat(progress.box("f")).as("not due again today").isEqualTo(2);
        progress.placed("f", false);
        assertThat(progress.box("f")).as("out of place: back to the first box").isEqualTo(1);

        progress.reset();
        assertThat(progress.summary(set).notYet()).hasSize(3);
    }

    /** Each box of a session's cards comes shuffled: in time order, a card's place in the deck gave its date away. */
    @Test
    void aSessionsCardsComeShuffledWithinTheirBox() {
        List<TimelineEvent> set = new java.util.ArrayList<>();
        for (int y = 1950; y < 1970; y++) {
            set.add(at("e" + y, Integer.toString(y)));
        }
        StudyProgress progress = new StudyProgress();
        progress.startSession(10);
        progress.knew("e1950");
        progress.startSession(12); // two days on: boxes 1 and 2
        List<TimelineEvent> due = progress.due(set, new Random(3));
        assertThat(due.get(19).id()).as("box 2 last, though the earliest").isEqualTo("e1950");
        assertThat(due).hasSize(20).containsExactlyInAnyOrderElementsOf(set);
        List<TimelineEvent> inTimeOrder = new java.util.ArrayList<>(due.subList(0, 19));
        inTimeOrder.sort(java.util.Comparator.comparingLong(TimelineEvent::startSecond));
        assertThat(due.subList(0, 19)).as("new cards, shuffled").isNotEqualTo(inTimeOrder);
    }

    /** "When was it?" does not ask about an event whose title names a year: it answers itself, or leads the wrong way. */
    @Test
    void anEventWhoseTitleNamesAYearIsNotAsked() {
        assertThat(WhenAnswer.isWorthAsking(TimelineEvent.point("v", "Vienna Document 1992 adopted", IsoDates.parse("1992")))).isFalse();
        assertThat(WhenAnswer.isWorthAsking(TimelineEvent.point("n", "New START extended to 5 February 2026", IsoDates.parse("2021-02-03")))).isFalse();
        assertThat(WhenAnswer.isWorthAsking(TimelineEvent.point("c", "CFE-1A Concluding Act signed", IsoDates.parse("1992-07-10")))).isTrue();
        assertThat(WhenAnswer.isWorthAsking(TimelineEvent.point("s", "22 states sign in Paris", IsoDates.parse("1990")))).isTrue();
    }

    /**
     * A card's front hides the years its title names, and no other number: its question is when. A number of three or
     * four digits far from the event's year is not one ("999 tanks" in 1990 read "… tanks"); near it, it is, in any age.
     */
    @Test
    void aCardsFrontHidesTheYearsItsTitleNames() {
        assertThat(hidden("Vienna Document 1992 adopted", "1992")).isEqualTo("Vienna Document \u2026 adopted");
        assertThat(hidden("New START extended to 5 February 2026", "2021-02-03")).isEqualTo("New START extended to 5 February \u2026");
        assertThat(hidden("Talks of 1990\u20131991", "1990")).isEqualTo("Talks of \u2026\u2013\u2026");
        assertThat(hidden("22 states, 12345 troops, CFE-1A", "1990")).as("no year").isEqualTo("22 states, 12345 troops, CFE-1A");
        assertThat(hidden("Ceilings of 999 tanks and 1500 guns agreed", "1990")).as("numbers, not years")
                .isEqualTo("Ceilings of 999 tanks and 1500 guns agreed");
        assertThat(hidden("Charlemagne crowned in 800", "0800-12-25")).isEqualTo("Charlemagne crowned in \u2026");
        // Kept as astronomical years (490 BC is -489), named as titles name them (a review).
        assertThat(hidden("Battle of Marathon, 490 BC", "-0489")).isEqualTo("Battle of Marathon, \u2026 BC");
        assertThat(WhenAnswer.isWorthAsking(TimelineEvent.point("t", "Ceilings of 999 tanks agreed", IsoDates.parse("1990")))).isTrue();
    }

    private static String hidden(String title, String date) {
        return WhenAnswer.withYearsHidden(TimelineEvent.point("e", title, IsoDates.parse(date)), title);
    }

    /** When Was It?'s sitting: answers counted, points summed, the average rounded to a whole point. */
    @Test
    void aSittingsTallyCountsAndAverages() {
        WhenTally tally = new WhenTally(List.of("a", "b", "c", "d", "e", "f", "g"));
        assertThat(tally.average()).as("none yet").isZero();
        tally.add("a", 70);
        tally.add("b", 100);
        tally.add("c", 35);
        assertThat(tally.answered()).isEqualTo(3);
        assertThat(tally.points()).isEqualTo(205);
        assertThat(tally.average()).as("68.3").isEqualTo(68);
        tally.add("d", 0);
        tally.add("e", 0);
        tally.add("f", 100);
        assertThat(tally.average()).as("50.8").isEqualTo(51);
    }

    /** The round ends once, with the set's last event answered for the first time, however often the missed come again. */
    @Test
    void aSittingsRoundEndsWhenEachEventHasBeenAnswered() {
        WhenTally tally = new WhenTally(List.of("a", "b", "c"));
        assertThat(tally.add("a", 0)).isFalse();
        assertThat(tally.add("b", 100)).isFalse();
        assertThat(tally.add("a", 100)).as("a missed one again").isFalse();
        assertThat(tally.add("c", 70)).as("the last of the three").isTrue();
        assertThat(tally.add("a", 100)).as("the next round goes on without an end").isFalse();
        assertThat(tally.add("c", 100)).isFalse();
    }
}
