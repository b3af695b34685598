package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlowTextTest {
    /** What JavaFX wraps quickly at any length: curly quotes and dashes, Cyrillic, Chinese, emoji (a review: any of U+0590 and up was counted slow). */
    @Test
    void lettersLaidOutWithoutShapingWrapAtAnyLength() {
        for (String text : new String[] {"CFE \u201ctreaty\u201d \u2014 it\u2019s\u2026 \u20ac", "\u0414\u043e\u0433\u043e\u0432\u043e\u0440",
            "\u4e2d\u6587", "\uD83C\uDF89 party", "\u00e9t\u00e9", ""}) {
            assertThat(SlowText.mostWrappedQuickly(text)).as(text).isEqualTo(SlowText.ANY);
        }
    }

    @Test
    void rightToLeftLettersAndJoinersWrapQuicklyUpToTwentyThousand() {
        for (String text : new String[] {"CFE \u0645\u0639\u0627\u0647\u062f\u0629", "\u05e9\u05dc\u05d5\u05dd", "\uD83D\uDC68\u200D\uD83D\uDC69",
            "a\u202Eb", "\u0710\u0712", "\u07CA\u07CB", "\uFB1D", "\uFEFB", "\uD83A\uDD00 Adlam"}) { // Syriac, N'Ko, presentation forms, Adlam
            assertThat(SlowText.mostWrappedQuickly(text)).as(text).isEqualTo(SlowText.RIGHT_TO_LEFT);
        }
    }

    @Test
    void shapedScriptsAndSeparateAccentsWrapQuicklyUpToFourThousand() {
        for (String text : new String[] {"\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35", "\u0928\u092E\u0938\u094D\u0924\u0947", "q\u0303",
            "\u05e9\u05dc\u05d5\u05dd \u0e2a\u0e27"}) {
            assertThat(SlowText.mostWrappedQuickly(text)).as(text).isEqualTo(SlowText.SHAPED);
        }
    }
}
