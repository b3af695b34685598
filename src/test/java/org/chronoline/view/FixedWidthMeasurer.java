package org.chronoline.view;

/** Text measured as a fixed width per character, so layout tests need no fonts. */
final class FixedWidthMeasurer implements TextMeasurer {
    private final double charWidth;

    FixedWidthMeasurer(double charWidth) {
        this.charWidth = charWidth;
    }

    @Override
    public double width(String text) {
        return text.length() * charWidth;
    }

    @Override
    public double lineHeight() {
        return 16;
    }
}
