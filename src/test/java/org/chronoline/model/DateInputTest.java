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

    @Test
    void explainsWhichFormsWorkWhenItCannotUnderstand() {
        assertThatThrownBy(() -> DateInput.parse("next tuesday"))
                .hasMessage("try 1990, July 2007, 2007-10-12, 12 October 2007 or 480 BCE");
        assertThatThrownBy(() -> DateInput.parse("30 February 2007")).hasMessage("February 2007 has 28 days");
        assertThatThrownBy(() -> DateInput.parse("0 BCE")).hasMessage("there is no year 0 BCE; 1 BCE is followed by 1 CE");
        assertThatThrownBy(() -> DateInput.parse("")).hasMessage("it is empty");
        assertThatThrownBy(() -> DateInput.parse("5/6/1990")).as("the 5th of June or the 6th of May")
                .hasMessage("try 1990, July 2007, 2007-10-12, 12 October 2007 or 480 BCE");
        assertThatThrownBy(() -> DateInput.parse("19.13.1990")).hasMessage("month 13");
        for (String notADate : List.of("19.11.90", "9 November", "November 19th", "1st", "80er", "October 12")) {
            assertThatThrownBy(() -> DateInput.parse(notADate)).as("%s: a year of two digits, or none, is not read as one", notADate)
                    .isInstanceOf(InvalidDateException.class);
        }
    }
}
