package org.chronoline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.Test;

/** Uncertain and disputed dates: what they read as, where they may lie, and what a source says. */
class DatingTest {
    private static final double YEAR = CivilCalendar.SECONDS_PER_AVERAGE_YEAR;

    private static TimelineEvent event(String start, String end, boolean approximate, Dating dating, List<Source> sources) {
        return new TimelineEvent("e", "E", IsoDates.parse(start), end == null ? null : IsoDates.parse(end), approximate, null, List.of(),
                List.of(), null, null, null, sources, List.of(), null, ExtraFields.NONE, dating);
    }

    private static Source gives(String publisher, String date) {
        return new Source(publisher + " report", null, publisher, null, IsoDates.parse(date), ExtraFields.NONE);
    }

    @Test
    void eachKindReadsAsPeopleWriteIt() {
        assertThat(event("1990", null, true, Dating.STATED, List.of()).dateText()).isEqualTo("c. 1990");
        assertThat(event("1990", null, true, new Dating(null, 5.0), List.of()).dateText()).isEqualTo("c. 1990 (± 5 years)");
        assertThat(event("1990", null, true, new Dating(null, 1.0), List.of()).dateText()).isEqualTo("c. 1990 (± 1 year)");
        assertThat(event("1992-03", null, false, Dating.of(Dating.BEFORE), List.of()).dateText()).isEqualTo("before March 1992");
        assertThat(event("1992-03", null, false, Dating.of(Dating.AFTER), List.of()).dateText()).isEqualTo("after March 1992");
        assertThat(event("1973", "1975", false, Dating.of(Dating.BETWEEN), List.of()).dateText()).isEqualTo("between 1973 and 1975");
        assertThat(event("2007-07-14", null, false, Dating.of(Dating.DISPUTED),
                List.of(gives("UPI", "2007-07-14"), gives("Onet", "2007-07-13"))).dateText())
                .isEqualTo("14 July 2007 or 13 July 2007; sources differ");
        // A span's other starts, which it had left out: "12 – 15 June 2007" alone, as if no source gave 11 June.
        assertThat(event("2007-06-12", "2007-06-15", false, Dating.of(Dating.DISPUTED),
                List.of(gives("OSCE", "2007-06-12"), gives("NATO", "2007-06-11"))).dateText())
                .isEqualTo("12 – 15 June 2007, or starting 11 June 2007; sources differ");
        assertThat(event("2007-06-12", "2007-06-15", true, Dating.of(Dating.DISPUTED),
                List.of(gives("OSCE", "2007-06-12"), gives("NATO", "2007-06-11"))).dateText()).as("approximate as well: still said")
                .isEqualTo("c. 12 – 15 June 2007, or starting 11 June 2007; sources differ");
        assertThat(event("2007-07-14", null, false, Dating.of("guessed"), List.of()).dateText()).as("an unknown kind reads as stated")
                .isEqualTo("14 July 2007");
    }

    @Test
    void languagesThatSayADayWithAnArticleGetOne() {
        TimelineEvent beforeDay = event("1990-11-19", null, false, Dating.of(Dating.BEFORE), List.of());
        TimelineEvent beforeMonth = event("1992-03", null, false, Dating.of(Dating.BEFORE), List.of());
        Locale was = Messages.locale();
        try {
            Messages.use(Locale.GERMAN);
            assertThat(beforeDay.dateText()).isEqualTo("vor dem 19. November 1990");
            assertThat(beforeMonth.dateText()).isEqualTo("vor März 1992");
            Messages.use(Locale.FRENCH);
            assertThat(beforeDay.dateText()).isEqualTo("avant le 19 novembre 1990");
            assertThat(event("1973", "1975", false, Dating.of(Dating.BETWEEN), List.of()).dateText()).isEqualTo("entre 1973 et 1975");
            Messages.use(Locale.forLanguageTag("ru"));
            assertThat(beforeMonth.dateText()).isEqualTo("раньше, чем март 1992 г.");
            assertThat(beforeDay.dateText()).isEqualTo("до 19 ноября 1990 г.");
        } finally {
            Messages.use(was);
        }
    }

    @Test
    void thePossibleMomentsAreTheBandTheTimelineDraws() {
        TimelineEvent before = event("1992-03", null, false, Dating.of(Dating.BEFORE), List.of());
        long march = IsoDates.parse("1992-03").startSecond();
        assertThat(before.possibleSeconds()).containsExactly(march - Math.round(YEAR), march);

        TimelineEvent after = event("1992-03", null, false, new Dating(Dating.AFTER, 2.0), List.of());
        long april = IsoDates.parse("1992-04").startSecond();
        assertThat(after.possibleSeconds()).containsExactly(april, april + Math.round(2 * YEAR));

        TimelineEvent between = event("1973", "1975", false, Dating.of(Dating.BETWEEN), List.of());
        assertThat(between.isSpan()).as("a moment in a range, not a span").isFalse();
        assertThat(between.possibleSeconds()).containsExactly(IsoDates.parse("1973").startSecond(), IsoDates.parse("1976").startSecond());

        TimelineEvent disputed = event("2007-07-14", null, false, Dating.of(Dating.DISPUTED), List.of(gives("Onet", "2007-07-13")));
        assertThat(disputed.earliestSecond()).isEqualTo(IsoDates.parse("2007-07-13").startSecond());
        assertThat(disputed.disputedDates()).extracting(HistoricalDate::toIso).containsExactly("2007-07-13", "2007-07-14");

        TimelineEvent margin = event("1990", null, true, new Dating(null, 5.0), List.of());
        assertThat(margin.possibleSeconds()[0]).isEqualTo(IsoDates.parse("1990").startSecond() - Math.round(5 * YEAR));
    }

    @Test
    void whoSaysWhatNamesTheSourcesOfEachDateTheStatedDateFirst() {
        TimelineEvent disputed = event("2007-07-14", null, false, Dating.of(Dating.DISPUTED),
                List.of(gives("Interfax", "2007-07-14"), gives("Onet", "2007-07-13"), gives("UPI", "2007-07-14"),
                        new Source("No date given", null)));

        assertThat(DatingWords.whoSaysWhat(disputed)).containsExactly("14 July 2007 according to Interfax, UPI",
                "13 July 2007 according to Onet");
        assertThat(DatingWords.whoSaysWhat(event("2007-07-14", null, false, Dating.STATED, List.of(gives("Onet", "2007-07-13")))))
                .as("only a disputed date is argued").isEmpty();
    }

    @Test
    void betweenNeedsAnEndAndAMarginIsAPositiveNumberOfYears() {
        assertThatThrownBy(() -> event("1973", null, false, Dating.of(Dating.BETWEEN), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dating(null, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dating(null, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
