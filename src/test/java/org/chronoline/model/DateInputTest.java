package org.chronoline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1990              | 1990",
        "July 2007         | 2007-07",
        "jul 2007          | 2007-07",
        "2007-07           | 2007-07",
        "2007-10-12        | 2007-10-12",
        "12 October 2007   | 2007-10-12",
        "October 12, 2007  | 2007-10-12",
        "Oct. 12 2007      | 2007-10-12",
        "480 BCE           | -0479",
        "44 BC             | -0043",
        "15 March 44 BC    | -0043-03-15",
        "1 BCE             | 0000",
        "476 AD            | 0476",
        "-0479             | -0479",
        "-480              | -0479",
        "-44               | -0043",
        "-1                | 0000",
        "-1000             | -1000",
        "-1,000            | -0999",
        "-12 000           | -11999",
        "  1990  \t        | 1990",
        "2007-12-12T14:30  | 2007-12-12T14:30",
        "19.11.1990        | 1990-11-19",
        "19. 11. 1990      | 1990-11-19",
        "19/11/1990        | 1990-11-19",
        "11/19/1990        | 1990-11-19",
        "5/5/1990          | 1990-05-05",
        "11.1990           | 1990-11",
        "7/2007            | 2007-07",
        "19th November 1990 | 1990-11-19",
        "November 19th, 1990 | 1990-11-19",
        "1er juillet 2007  | 2007-07-01",
        "2007 July         | 2007-07",
        "2007 July 14      | 2007-07-14",
        "12.000            | +12000",
        "+12000            | +12000",
        "+2007             | 2007",
    })
    void understandsWhatPeopleType(String input, String iso) {
        assertThat(DateInput.parse(input).toIso()).isEqualTo(iso);
    }

    /** "90" is the year 90; the year of the last hundred that ends so is what a student likely meant. */
    @Test
    void aYearOfTwoDigitsLikelyMeansOneOfTheLastHundred() {
        assertThat(DateInput.recentYearMeant("90", 2026)).isEqualTo(1990);
        assertThat(DateInput.recentYearMeant(" 05 ", 2026)).isEqualTo(2005);
        assertThat(DateInput.recentYearMeant("26", 2026)).isEqualTo(2026);
        assertThat(DateInput.recentYearMeant("27", 2026)).isEqualTo(1927);
        for (String other : List.of("9", "990", "1990", "90 BCE", "ab", "", "\u0661\u0662")) {
            assertThat(DateInput.recentYearMeant(other, 2026)).as(other).isZero();
        }
        assertThat(DateInput.recentYearMeant(null, 2026)).isZero();
    }

    /** A date copied from the window with its approximation mark ("c. 1973") says to mark it approximate instead. */
    @Test
    void aDateMarkedApproximateIsToldToMarkItSoInstead() {
        assertThatThrownBy(() -> DateInput.parse("c. 1973")).hasMessage("write the date alone, 1973, and mark it approximate");
        assertThatThrownBy(() -> DateInput.parse("C.480 BCE")).hasMessage("write the date alone, 480 BCE, and mark it approximate");
        assertThatThrownBy(() -> DateInput.parse("circa July 2007")).hasMessage("write the date alone, July 2007, and mark it approximate");
        assertThatThrownBy(() -> DateInput.parse("~1990")).hasMessage("write the date alone, 1990, and mark it approximate");
        for (String written : List.of("ca. 1973", "vers 1973", "ok. 1973", "\u043e\u043a. 1973")) {
            assertThatThrownBy(() -> DateInput.parse(written)).as(written).hasMessage("write the date alone, 1973, and mark it approximate");
        }
        assertThatThrownBy(() -> DateInput.parse("c. 30 February 2007")).as("what is wrong with the date comes first")
                .hasMessage("February 2007 has 28 days");
        assertThatThrownBy(() -> DateInput.parse("c.")).hasMessage("try 1990, July 2007, 2007-10-12, 12 October 2007 or 480 BCE");
        assertThat(DateInput.parse("Oct. 12 2007").toIso()).as("a month's short name is no mark").isEqualTo("2007-10-12");
    }

    /** An ISO day and time written with a space, as most people write it: it was refused as "not ISO 8601" (editor's walk-through). */
    @Test
    void takesAnIsoDayAndTimeWithASpace() {
        assertThat(DateInput.parse("1989-11-09 23:30").toIso()).isEqualTo("1989-11-09T23:30");
        assertThat(DateInput.parse(" 1989-11-09  9:05:30 ").toIso()).isEqualTo("1989-11-09T09:05:30");
        assertThat(DateInput.parse("1989-11-09T23:30").toIso()).isEqualTo("1989-11-09T23:30");
        assertThatThrownBy(() -> DateInput.parse("1989-11-09 25:30")).as("no hour 25").isInstanceOf(InvalidDateException.class);
        assertThatThrownBy(() -> DateInput.parse("1989-11 23:30")).as("a time needs a day").isInstanceOf(InvalidDateException.class);
    }

    @Test
    void explainsWhichFormsWorkWhenItCannotUnderstand() {
        assertThatThrownBy(() -> DateInput.parse("next tuesday"))
                .hasMessage("try 1990, July 2007, 2007-10-12, 12 October 2007 or 480 BCE");
        assertThatThrownBy(() -> DateInput.parse("30 February 2007")).hasMessage("February 2007 has 28 days");
        assertThatThrownBy(() -> DateInput.parse("0 BCE")).hasMessage("there is no year 0 BCE; 1 BCE is followed by 1 CE");
        assertThatThrownBy(() -> DateInput.parse("-0")).hasMessage("there is no year 0 BCE; 1 BCE is followed by 1 CE");
        assertThatThrownBy(() -> DateInput.parse("-480 BCE")).hasMessage("write a minus or an era, not both: -480 or 480 BCE");
        assertThatThrownBy(() -> DateInput.parse("")).hasMessage("it is empty");
        // The reason it is refused, not a list of forms that did not say why.
        assertThatThrownBy(() -> DateInput.parse("5/6/1990")).as("the 5th of June or the 6th of May")
                .hasMessage("\u201c5/6/1990\u201d may be 5 June 1990 or 6 May 1990; write the month in words");
        assertThatThrownBy(() -> DateInput.parse(" 11/12/480 BCE ")).isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.sentence())
                .isEqualTo("Not a date: \u201c11/12/480 BCE\u201d may be 11 December 480 BCE or 12 November 480 BCE; write the month in words"));
        assertThatThrownBy(() -> DateInput.parse("19.13.1990")).hasMessage("there is no month 13; months run from 1 to 12");
        for (String notADate : List.of("19.11.90", "9 November", "November 19th", "1st", "80er", "October 12")) {
            assertThatThrownBy(() -> DateInput.parse(notADate)).as("%s: a year of two digits, or none, is not read as one", notADate)
                    .isInstanceOf(InvalidDateException.class);
        }
    }
}
