package org.chronoline.view;

import javafx.scene.paint.Color;

/**
 * Which colour text takes where it is drawn on a colour of the file's: a label inside an event's
 * bar, an era's name on its band (drawn fainter where no text would reach 4.5:1 on it). The
 * painter draws; this decides, and the theme tests hold every theme to it.
 */
final class TextColours {
    private TextColours() {
    }

    private static final double ERA_OPACITY = 0.55;

    /**
     * How opaque an era's band is drawn: its colour at 55% over the background, or fainter where the
     * era's name would not read on that (a light era colour on a dark theme made a mid-grey band on
     * which neither light nor dark text reaches 4.5:1).
     */
    static double eraOpacity(Color eraColor, RenderStyle s) {
        for (double opacity = ERA_OPACITY; opacity > 0.15; opacity -= 0.05) {
            Color band = eraBand(eraColor, s, opacity);
            if (contrast(eraTextOn(eraColor, s, opacity), band) >= 4.5) {
                return opacity;
            }
        }
        return 0.15;
    }

    /** The colour of an era's name on its band: the theme's era text, or the label colour for such a band when that reads better. */
    static Color eraTextOn(Color eraColor, RenderStyle s, double opacity) {
        Color band = eraBand(eraColor, s, opacity);
        Color other = onColour(band, s);
        return contrast(s.eraText(), band) >= contrast(other, band) ? s.eraText() : other;
    }

    /**
     * An era's name beside its ribbon, on the background: in the era's colour, so that it reads as
     * the ribbon's, mixed towards the theme's label colour as far as it takes to read at the theme's
     * text contrast (4.5:1, or 7:1 in the high-contrast and projector themes).
     */
    static Color eraNameBeside(Color eraColor, RenderStyle s) {
        Color text = s.labelText();
        for (int step = 0; step <= 10; step++) {
            double t = step / 10.0;
            Color mixed = Color.color(eraColor.getRed() * (1 - t) + text.getRed() * t, eraColor.getGreen() * (1 - t) + text.getGreen() * t,
                    eraColor.getBlue() * (1 - t) + text.getBlue() * t);
            if (contrast(mixed, s.background()) >= s.textContrast()) {
                return mixed;
            }
        }
        return text;
    }

    /** An era's band as it looks: its colour, translucent, over the background. */
    static Color eraBand(Color eraColor, RenderStyle s, double opacity) {
        Color b = s.background();
        double a = opacity * eraColor.getOpacity();
        return Color.color(eraColor.getRed() * a + b.getRed() * (1 - a), eraColor.getGreen() * a + b.getGreen() * (1 - a),
                eraColor.getBlue() * a + b.getBlue() * (1 - a));
    }

    /** The WCAG contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = relativeLuminance(a);
        double lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double relativeLuminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** Label text on a bar of that colour: the theme's light text on a dark bar, its dark text on a light one. */
    static Color onColour(Color background, RenderStyle s) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
        return luminance < 0.55 ? s.labelOnDark() : s.labelOnLight();
    }
}
