package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The canvas joins nothing by zero width joiners and drew each as a box over the next letter: they are not drawn. */
class FxSurfaceTest {
    @Test
    void zeroWidthJoinersAreNotDrawnOnTheCanvas() {
        assertThat(FxSurface.withoutJoiners("Zero\u200Dwidth\u200Cjoiners")).isEqualTo("Zerowidthjoiners");
        String plain = "CFE Treaty signed in Paris";
        assertThat(FxSurface.withoutJoiners(plain)).as("the usual case, not copied").isSameAs(plain);
    }
}
