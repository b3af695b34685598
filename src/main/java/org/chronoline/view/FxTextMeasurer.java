package org.chronoline.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text in a JavaFX font by adding up the advance of each character, measured once and
 * remembered. Layout measures every visible label on every frame; a {@link Text} node per label
 * would cost microseconds each, a table lookup costs nanoseconds.
 *
 * <p>Text in a script whose letters join or combine (Arabic, the Indic scripts) is measured whole, as it
 * is drawn, and remembered: its letters alone are wider than joined, and a selected Arabic title's
 * highlight ran a fifth past its end (walk-through).
 */
public final class FxTextMeasurer implements TextMeasurer {
    private static final int TABLE_SIZE = 0x250;

    private final Font font;
    private final double[] table = new double[TABLE_SIZE];
    private final Map<Integer, Double> others = new HashMap<>();
    private final Text probe = new Text();
    private final double lineHeight;
    /** Widths of text measured whole, the most recently used kept. */
    private final Map<String, Double> wholeWidths = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > 4096;
        }
    };

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

    /** The width of the text: the advance of each character (code point), marks that join the one before counted as nothing. */
    @Override
    public double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (joinsOthers(cp)) {
                return wholeWidths.computeIfAbsent(text, this::measureWhole);
            }
            width += charWidth(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    private double measureWhole(String text) {
        probe.setText(FxSurface.withoutJoiners(text)); // as it is drawn
        return probe.getLayoutBounds().getWidth();
    }

    /** Whether the character's shape, and so its width, depends on its neighbours: Arabic letters, Indic scripts. */
    private static boolean joinsOthers(int cp) {
        return cp >= 0x0600 && (Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC // Latin: one test
                || cp >= 0x0900 && cp <= 0x0DFF || cp >= 0x0F00 && cp <= 0x109F || cp >= 0x1780 && cp <= 0x18AF
                || cp >= 0x07C0 && cp <= 0x07FF);
    }

    private double charWidth(int cp) {
        if (cp == 0x200C || cp == 0x200D) {
            return 0; // not drawn (see FxSurface#withoutJoiners)
        }
        if (cp < TABLE_SIZE) {
            double w = table[cp];
            if (w < 0) {
                w = measure(cp);
                table[cp] = w;
            }
            return w;
        }
        return others.computeIfAbsent(cp, this::measure);
    }

    private double measure(int cp) {
        if (joinsThePrevious(cp)) {
            return 0;
        }
        probe.setText(new String(Character.toChars(cp)));
        return probe.getLayoutBounds().getWidth();
    }

    /** Accents, enclosing marks, joiners and variation selectors are drawn with the character before them. */
    private static boolean joinsThePrevious(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200D
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    /** One pass over the characters a reader sees, cutting only between them. */
    @Override
    public String fit(String text, double maxWidth) {
        double ellipsis = charWidth('\u2026');
        if (text.codePoints().anyMatch(FxTextMeasurer::joinsOthers)) {
            return fitJoined(text, maxWidth, ellipsis);
        }
        double width = 0;
        int fitsWithEllipsis = 0;
        Matcher m = GRAPHEME.matcher(text);
        while (m.find()) {
            width += width(m.group());
            if (width + ellipsis <= maxWidth) {
                fitsWithEllipsis = m.end();
            }
        }
        if (width <= maxWidth) {
            return text;
        }
        return fitsWithEllipsis == 0 ? null : text.substring(0, fitsWithEllipsis).stripTrailing() + "\u2026";
    }

    /**
     * Joined text fitted as it is drawn: whole when it fits (its width remembered), else the longest start that fits
     * with an ellipsis, found by halving among the places between characters a reader sees. Each start tried is
     * measured as drawn and not remembered: a label panned across the view tries others at every frame.
     */
    private String fitJoined(String text, double maxWidth, double ellipsis) {
        if (width(text) <= maxWidth) {
            return text;
        }
        List<Integer> ends = new ArrayList<>();
        Matcher m = GRAPHEME.matcher(text);
        while (m.find()) {
            ends.add(m.end());
        }
        int lo = 0; // ends before lo fit; from hi on they do not
        int hi = ends.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (measureWhole(text.substring(0, ends.get(mid))) + ellipsis <= maxWidth) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : text.substring(0, ends.get(lo - 1)).stripTrailing() + "\u2026";
    }

    @Override
    public double lineHeight() {
        return lineHeight;
    }
}
