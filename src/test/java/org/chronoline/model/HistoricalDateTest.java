package org.chronoline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoricalDateTest {

    @ParameterizedTest
    @CsvSource({
        "1990, YEAR",
        "2007-07, MONTH",
        "2007-10-12, DAY",
        "2007-12-12T14, HOUR",
        "2007-12-12T00:00, MINUTE",
        "2007-12-12T23:59:59, SECOND",
    })
    void parsesEachPrecisionAndWritesItBackUnchanged(String iso, Precision precision) {
        HistoricalDate date = IsoDates.parse(iso);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.toIso()).isEqualTo(iso);
    }

    @Test
    void readsAstronomicalYearsSoThatMinus0479Is480Bce() {
        HistoricalDate date = IsoDates.parse("-0479");

        assertThat(date.year()).isEqualTo(-479);
        assertThat(date.isBce()).isTrue();
        assertThat(DateText.format(date)).isEqualTo("480 BCE");
        assertThat(date.toIso()).isEqualTo("-0479");
    }

    @Test
    void yearZeroIsOneBce() {
        HistoricalDate date = IsoDates.parse("0000");

        assertThat(date.year()).isZero();
        assertThat(DateText.format(date)).isEqualTo("1 BCE");
    }

    @Test
    void minusZeroYearIsRefusedWithTheSpellingToUseInstead() {
        assertThatThrownBy(() -> IsoDates.parse("-0000"))
                .isInstanceOf(InvalidDateException.class)
                .hasMessage("there is no year -0000; write 0000 for 1 BCE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2007-02-30       | February 2007 has 28 days",
        "1900-02-29       | February 1900 has 28 days",
        "2007-13          | there is no month 13; months run from 1 to 12",
        "2007-13-01       | there is no month 13; months run from 1 to 12",
        "2007-00-10       | there is no month 0; months run from 1 to 12",
        "2007-04-31       | April 2007 has 30 days",
        "2007-01-00       | there is no day 0; days run from 1 to 31",
        "1990-11-19T25:00 | there is no hour 25; hours run from 0 to 23",
        "1990-11-19T12:60 | there is no minute 60; minutes run from 0 to 59",
        "2007-W41         | ISO week dates are not supported; write YYYY-MM-DD",
        "2007-W41-5       | ISO week dates are not supported; write YYYY-MM-DD",
        "2007-285         | ordinal dates (day of the year) are not supported; write YYYY-MM-DD",
        "19/11/1990       | write an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM",
        "11/19/1990       | write an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM",
        "1990-11-19 12:00 | write an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM",
        "480              | write the year with four digits, for example 0480, or -0479 for 480 BCE",
        "1234567890       | years may have at most nine digits",
        "2007-12-12T00:00Z | time zones are not supported; write the local time without Z or an offset",
        "2007-12-12T00:00:00.5 | fractions of a second are not supported",
    })
    void refusesInvalidDatesWithAReason(String text, String reason) {
        assertThatThrownBy(() -> IsoDates.parse(text))
                .isInstanceOf(InvalidDateException.class)
                .hasMessage(reason);
    }

    @Test
    void acceptsLeapDaysOnlyInLeapYears() {
        assertThat(IsoDates.parse("2000-02-29").day()).isEqualTo(29);
        assertThat(IsoDates.parse("2004-02-29").day()).isEqualTo(29);
        assertThat(IsoDates.parse("-0004-02-29").day()).isEqualTo(29); // 5 BCE, a leap year proleptically
        assertThatThrownBy(() -> IsoDates.parse("2100-02-29")).hasMessage("February 2100 has 28 days");
    }

    @Test
    void supportsYearsFarIntoThePastUpToTheDocumentedLimit() {
        HistoricalDate deep = IsoDates.parse("-999999999");
        assertThat(DateText.format(deep)).isEqualTo("1,000,000,000 BCE");
        assertThat(deep.startSecond()).isLessThan(IsoDates.parse("-999999998").startSecond());
        assertThat(IsoDates.parse("+12000").toIso()).isEqualTo("+12000");
    }

    @Test
    void startAndEndSecondsAgreeWithJavaTimeWhereItApplies() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextInt(2_000_000) - 1_000_000);
            HistoricalDate date = HistoricalDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());

            assertThat(date.startSecond()).isEqualTo(day.toEpochSecond(java.time.LocalTime.MIDNIGHT, ZoneOffset.UTC));
            assertThat(date.endSecond()).isEqualTo(day.plusDays(1).toEpochSecond(java.time.LocalTime.MIDNIGHT, ZoneOffset.UTC));
        }
    }

    @Test
    void aDateCoversTheWholeIntervalOfItsPrecision() {
        HistoricalDate july = IsoDates.parse("2007-07");
        long start = LocalDateTime.of(2007, 7, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        long end = LocalDateTime.of(2007, 8, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

        assertThat(july.startSecond()).isEqualTo(start);
        assertThat(july.endSecond()).isEqualTo(end);
        assertThat(IsoDates.parse("2007-12").endSecond())
                .isEqualTo(LocalDateTime.of(2008, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC));
        assertThat(IsoDates.parse("2007").endSecond() - IsoDates.parse("2007").startSecond()).isEqualTo(365 * 86_400L);
        assertThat(IsoDates.parse("2008").endSecond() - IsoDates.parse("2008").startSecond()).isEqualTo(366 * 86_400L);
    }

    @Test
    void ordersByStartThenCoarserFirst() {
        HistoricalDate year = IsoDates.parse("2007");
        HistoricalDate january = IsoDates.parse("2007-01");
        HistoricalDate firstDay = IsoDates.parse("2007-01-01");
        HistoricalDate july = IsoDates.parse("2007-07");

        assertThat(year).isLessThan(january);
        assertThat(january).isLessThan(firstDay);
        assertThat(firstDay).isLessThan(july);
        assertThat(IsoDates.parse("-0479")).isLessThan(IsoDates.parse("0000"));
    }

    @Test
    void equalDatesSayTheSameThing() {
        assertThat(IsoDates.parse("2007-07")).isEqualTo(HistoricalDate.ofMonth(2007, 7));
        assertThat(IsoDates.parse("2007-07")).isNotEqualTo(IsoDates.parse("2007-07-01"));
        assertThat(HistoricalDate.of(Precision.YEAR, 1990, 11, 19, 0, 0, 0)).isEqualTo(IsoDates.parse("1990"));
    }

    @Test
    void findsTheDateContainingAnInstantAtAnyPrecision() {
        long noon = LocalDateTime.of(2007, 10, 12, 12, 30).toEpochSecond(ZoneOffset.UTC);

        assertThat(HistoricalDate.containing(noon, Precision.MONTH).toIso()).isEqualTo("2007-10");
        assertThat(HistoricalDate.containing(noon, Precision.DAY).toIso()).isEqualTo("2007-10-12");
        assertThat(HistoricalDate.containing(noon, Precision.MINUTE).toIso()).isEqualTo("2007-10-12T12:30");
        assertThat(HistoricalDate.containing(IsoDates.parse("-0479-03").startSecond() + 5, Precision.YEAR).toIso())
                .isEqualTo("-0479");
    }

    @Test
    void truncatesToACoarserPrecisionOnly() {
        HistoricalDate day = IsoDates.parse("2007-10-12");

        assertThat(day.truncatedTo(Precision.MONTH).toIso()).isEqualTo("2007-10");
        assertThat(day.truncatedTo(Precision.MINUTE)).isSameAs(day);
    }
}
