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
    void aCardIsInTheRightPlaceWhenItsPositionIsOneItMayHaveInTimeOrder() {
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
        assertThat(wrong.right()).as("480 BCE first, 19 November 1990 second or third").isEqualTo(2);
        assertThat(wrong.placements()).extracting(OrderRound.Placement::right).containsExactly(true, false, true, false, false);
        assertThat(wrong.placements().get(1)).satisfies(p -> {
            assertThat(p.right()).isFalse();
            assertThat(p.before()).as("placed after it, but earlier").isEqualTo(signed);
        });
        assertThat(wrong.placements().get(4)).satisfies(p -> {
            assertThat(p.event()).isEqualTo(decree);
            assertThat(p.after()).as("placed before it, but later").isEqualTo(talks);
        });

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

        TimelineEvent between = new TimelineEvent("b", "B", IsoDates.parse("2023-05-25"), IsoDates.parse("2023-06-16"), false, null,
                List.of(), List.of(), null, null, null, List.of(), List.of(), null, ExtraFields.NONE, Dating.of(Dating.BETWEEN));
        assertThat(WhenAnswer.score(between, IsoDates.parse("2023-06-01").startSecond()).points()).isEqualTo(100);
    }

    @Test
    void missedCardsComeBackSoonerThanKnownOnes() {
        TimelineEvent a = at("a", "1990");
        TimelineEvent b = at("b", "1991");
        TimelineEvent c = at("c", "1992");
        List<TimelineEvent> set = List.of(a, b, c);
        StudyProgress progress = new StudyProgress();

        progress.startSession();
        assertThat(progress.due(set)).as("all new").containsExactly(a, b, c);
        progress.knew("a");
        progress.knew("a");
        progress.knew("b");
        progress.missed("c");
        assertThat(progress.box("a")).as("known at once, then again").isEqualTo(3);
        assertThat(progress.box("b")).isEqualTo(2);
        assertThat(progress.box("c")).isEqualTo(1);

        progress.startSession(); // session 2: boxes 1 and 2 are due
        assertThat(progress.due(set)).containsExactly(c, b);
        progress.startSession(); // session 3: box 1 only
        assertThat(progress.due(set)).containsExactly(c);
        progress.startSession(); // session 4: boxes 1, 2 and 3
        assertThat(progress.due(set)).containsExactly(c, b, a);

        progress.answered("b", 30);
        assertThat(progress.box("b")).as("a poor date sends the card back").isEqualTo(1);
        for (int i = 0; i < 6; i++) {
            progress.knew("a");
        }
        assertThat(progress.box("a")).isEqualTo(StudyProgress.BOXES);
        StudyProgress.Summary summary = progress.summary(List.of(a, b, c, at("d", "1993")));
        assertThat(summary.known()).containsExactly(a);
        assertThat(summary.needsWork()).containsExactly(b, c);
        assertThat(summary.notYet()).extracting(TimelineEvent::id).containsExactly("d");

        progress.reset();
        assertThat(progress.summary(set).notYet()).hasSize(3);
    }
}
