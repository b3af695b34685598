package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A shortened label keeps enough of its title to be read: "Putin’s…", never "Pu…". */
class LeastLabelTest {
    /** Every character 10 px wide, the ellipsis too. */
    private static final TextMeasurer FIXED = new TextMeasurer() {
        @Override
        public double width(String text) {
            return 10 * text.codePointCount(0, text.length());
        }

        @Override
        public double lineHeight() {
            return 20;
        }
    };

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Putin’s decree suspending the CFE Treaty | Putin’s",
        "US withdrawal from the ABM Treaty | US withdrawal",
        "INF Treaty signed | INF Treaty",
        "SALT I | SALT",
        "Mandate for the CFE talks | Mandate",
        "Rüstungskontrollabkommen unterzeichnet | Rüstungs",
        "Istanbul | Istanbul",
        "CFE Treaty | CFE Treaty",
    })
    void keepsTheFirstWordOrTheFirstTwoWhenTheFirstIsShort(String title, String least) {
        assertThat(LeastLabel.of(title)).isEqualTo(least);
    }

    @Test
    void keepsEightCharactersOfTextWrittenWithoutSpacesAndCountsCharactersAsReadersSeeThem() {
        assertThat(LeastLabel.of("中华人民共和国成立大会在北京召开")).isEqualTo("中华人民共和国成");
        // A no-break space joins its words; an emoji with its skin tone and joiner is one character.
        assertThat(LeastLabel.of("Kyiv\u00a0talks open")).isEqualTo("Kyiv\u00a0talks");
        assertThat(LeastLabel.of("\ud83d\udc69\ud83c\udffd\u200d\ud83d\udd2c at work today")).isEqualTo("\ud83d\udc69\ud83c\udffd\u200d\ud83d\udd2c at");
        assertThat(LeastLabel.of("")).isEmpty();
        assertThat(LeastLabel.of("  ")).isEqualTo("  ");
    }

    @Test
    void aLabelThatWouldKeepLessIsHidden() {
        String title = "Putin’s decree suspending the CFE Treaty";
        assertThat(FIXED.fit(title, 30)).isEqualTo("Pu…");
        assertThat(LeastLabel.fit(FIXED, title, 30, 0)).isNull();
        assertThat(LeastLabel.fit(FIXED, title, 79, 0)).isNull();
        assertThat(LeastLabel.fit(FIXED, title, 80, 0)).isEqualTo("Putin’s…");
        assertThat(LeastLabel.fit(FIXED, title, 149, 0)).isEqualTo("Putin’s decre…");
        // A short title that fits whole is drawn whole, however small the room the layout asks of a shortened one.
        assertThat(LeastLabel.fit(FIXED, "SALT I", 60, 200)).isEqualTo("SALT I");
        assertThat(LeastLabel.fit(FIXED, "SALT I", 59, 0)).isEqualTo("SALT…");
        assertThat(LeastLabel.fit(FIXED, title, 100, 120)).isNull();
    }

    @Test
    void theRoomALabelNeedsAtLeastIsItsLeastWithAnEllipsisOrAllOfAShortTitle() {
        assertThat(LeastLabel.width(FIXED, "Putin’s decree", 0)).isEqualTo(80);
        assertThat(LeastLabel.width(FIXED, "Putin’s decree", 100)).isEqualTo(100);
        assertThat(LeastLabel.width(FIXED, "Istanbul", 0)).isEqualTo(80);
    }
}
