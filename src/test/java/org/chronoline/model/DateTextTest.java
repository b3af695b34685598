package org.chronoline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    /**
     * On screen a date breaks only where a line may: not between a day and its month ("13. / Dezember 2001") nor before
     * the words that mark a year ("25 мая / 2023 г."), in the step tiles, Progress and the side panel.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | 1990-11-19 | 2023-06-16 | 19_November 1990 – 16_June 2023",
        "en | -0479      |            | 480_BCE",
        "de | 2001-12-13 |            | 13._Dezember 2001",
        "de | -0479      |            | 480_v._Chr.",
        "fr | -0479-07   |            | juillet 480_av._J.-C.",
        "pl | 2001-12-13 |            | 13_grudnia 2001",
        "ru | 2023-05-25 | 2023-06-16 | 25_мая – 16_июня 2023_г.",
        "ru | -0479-07   |            | июль 480_г._до_н._э."})
    void onScreenADayStaysWithItsMonthAndAYearWithItsMark(String language, String start, String end, String expected) {
        java.util.Locale was = org.chronoline.text.Messages.locale();
        try {
            org.chronoline.text.Messages.use(java.util.Locale.forLanguageTag(language));
            String date = DateText.formatSpan(IsoDates.parse(start), end == null ? null : IsoDates.parse(end));
            assertThat(DateText.unbroken(date)).isEqualTo(expected.replace('_', '\u00a0'));
            assertThat(DateText.unbroken(date).replace('\u00a0', ' ')).as("only its spaces change").isEqualTo(date);
        } finally {
            org.chronoline.text.Messages.use(was);
        }
    }

    /** When edits were kept: as the timeline writes dates, in the computer's time zone (it said "December 4, 2026, 12:53 PM"). */
    @Test
    void writesAMomentOfTheClockAsTheTimelineWritesDates() {
        Instant kept = Instant.parse("2026-12-04T12:53:41Z");

        assertThat(DateText.moment(kept, ZoneOffset.UTC)).isEqualTo("4 December 2026, 12:53");
        assertThat(DateText.moment(kept, ZoneId.of("Europe/Moscow"))).isEqualTo("4 December 2026, 15:53");
        assertThat(DateText.moment(Instant.parse("2027-01-01T05:04:00Z"), ZoneId.of("America/New_York"))).isEqualTo("1 January 2027, 00:04");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1990                | 1990",
        "2007-07             | July 2007",
        "1990-11-19          | 19 November 1990",
        "2007-12-12T00:00    | 12 December 2007, 00:00",
        "2007-12-12T09       | 12 December 2007, 09:00",
        "2007-12-12T00:00:05 | 12 December 2007, 00:00:05",
        "-0479               | 480 BCE",
        "-0043-03-15         | 15 March 44 BCE",
        "0001                | 1",
        "-11999              | 12,000 BCE",
    })
    void formatsDatesAtTheirPrecision(String iso, String text) {
        assertThat(DateText.format(IsoDates.parse(iso))).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1973       | 1989       | 1973 – 1989",
        "2007-06-12 | 2007-06-15 | 12 – 15 June 2007",
        "1975-07-30 | 1975-08-01 | 30 July – 1 August 1975",
        "2007-06    | 2007-09    | June – September 2007",
        "2007-12    | 2008-02    | December 2007 – February 2008",
        "-0489      | -0479      | 490 – 480 BCE",
        "-0043      | 0014       | 44 BCE – 14",
        "1990       | 1990-11-19 | 1990 – 19 November 1990",
    })
    void formatsSpansWithoutRepeatingWhatBothEndsShare(String start, String end, String text) {
        assertThat(DateText.formatSpan(IsoDates.parse(start), IsoDates.parse(end))).isEqualTo(text);
    }
}
