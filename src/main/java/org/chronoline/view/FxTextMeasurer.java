package org.chronoline.view;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text in a JavaFX font by adding up the advance of each character, measured once and
 * remembered. Layout measures every visible label on every frame; a {@link Text} node per label
 * would cost microseconds each, a table lookup costs nanoseconds.
 */
public final class FxTextMeasurer implements TextMeasurer {
    private static final int TABLE_SIZE = 0x250;

    private final Font font;
    private final double[] table = new double[TABLE_SIZE];
    private final Map<Character, Double> others = new HashMap<>();
    private final Text probe = new Text();
    private final double lineHeight;

    public FxTextMeasurer(Font font) {
        this.font = font;
        probe.setFont(font);
        for (int c = 0; c < TABLE_SIZE; c++) {
            table[c] = -1;
        }
        probe.setText("Ag");
        lineHeight = Math.ceil(probe.getLayoutBounds().getHeight());
    }

    public Font font() {
        return font;
    }

    @Override
    public double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += charWidth(text.charAt(i));
        }
        return width;
    }

    private double charWidth(char c) {
        if (c < TABLE_SIZE) {
            double w = table[c];
            if (w < 0) {
                w = measure(c);
                table[c] = w;
            }
            return w;
        }
        return others.computeIfAbsent(c, this::measure);
    }

    private double measure(char c) {
        probe.setText(String.valueOf(c));
        return probe.getLayoutBounds().getWidth();
    }

    /** One pass over the characters instead of a binary search that measures a substring at every step. */
    @Override
    public String fit(String text, double maxWidth) {
        double ellipsis = charWidth('\u2026');
        double width = 0;
        int fitsWithEllipsis = 0;
        for (int i = 0; i < text.length(); i++) {
            width += charWidth(text.charAt(i));
            if (width + ellipsis <= maxWidth) {
                fitsWithEllipsis = i + 1;
            }
        }
        if (width <= maxWidth) {
            return text;
        }
        return fitsWithEllipsis == 0 ? null : text.substring(0, fitsWithEllipsis).stripTrailing() + "\u2026";
    }

    @Override
    public double lineHeight() {
        return lineHeight;
    }
}
