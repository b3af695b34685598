package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** A label is measured as wide as it is drawn, so that what is laid out around it (a highlight, an ellipsis) fits it. */
class FxTextMeasurerTest {
    private static final String ARABIC = "\u062a\u0648\u0642\u064a\u0639 \u0645\u0639\u0627\u0647\u062f\u0629 \u0627\u0644\u0642\u0648\u0627\u062a";

    /**
     * Arabic is measured joined, as it is drawn: its letters measured one by one are wider than joined, and a selected
     * Arabic title's highlight ran past its end (walk-through). Latin is measured letter by letter, as before.
     */
    @Test
    void joinedTextIsMeasuredAsItIsDrawn() throws Exception {
        double[] widths = FxThread.call(() -> {
            Font font = Font.font("System", 13);
            FxTextMeasurer measurer = new FxTextMeasurer(font);
            Text arabic = new Text(ARABIC);
            arabic.setFont(font);
            Text latin = new Text("CFE Treaty signed");
            latin.setFont(font);
            String fitted = measurer.fit(ARABIC, arabic.getLayoutBounds().getWidth() * 0.7);
            Text fit = new Text(fitted == null ? "" : fitted);
            fit.setFont(font);
            return new double[] {measurer.width(ARABIC), arabic.getLayoutBounds().getWidth(),
                measurer.width("CFE Treaty signed"), latin.getLayoutBounds().getWidth(),
                fitted == null ? -1 : fit.getLayoutBounds().getWidth(), arabic.getLayoutBounds().getWidth() * 0.7};
        });
        assertThat(widths[0]).as("Arabic").isCloseTo(widths[1], Offset.offset(1.0));
        assertThat(widths[2]).as("Latin").isCloseTo(widths[3], Offset.offset(1.0));
        assertThat(widths[4]).as("cut to fit, with its ellipsis, within the room").isPositive().isLessThanOrEqualTo(widths[5] + 1);
    }
}
