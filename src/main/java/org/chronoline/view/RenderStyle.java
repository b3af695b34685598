package org.chronoline.view;

import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The colours and fonts of one drawing of a timeline, taken from the control's CSS properties
 * ({@link TimelineStyle}) at the moment it is drawn: the renderer needs no control, scene or
 * window, only these values; {@code textContrast} is the contrast the theme holds its text to. {@link Themes} resolves them for a theme without a window.
 */
public record RenderStyle(
        Color background,
        Color axisBackground,
        Color axisText,
        Color axisContextText,
        Color grid,
        Color gridMajor,
        Color laneStripe,
        Color laneHeaderText,
        Color labelText,
        Color labelOnDark,
        Color labelOnLight,
        Color eventDefault,
        Color selection,
        Color selectionFill,
        Color hover,
        Color today,
        Color eraText,
        Color eraDefault,
        Color clusterFill,
        Color clusterText,
        Color match,
        Font labelFont,
        Font axisFont,
        Font headerFont,
        double textContrast) {

    /** The style a control has now, from its CSS properties. */
    static RenderStyle of(TimelineStyle.Values s) {
        return new RenderStyle(s.background.get(), s.axisBackground.get(), s.axisText.get(), s.axisContextText.get(), s.grid.get(),
                s.gridMajor.get(), s.laneStripe.get(), s.laneHeaderText.get(), s.labelText.get(), s.labelOnDark.get(),
                s.labelOnLight.get(), s.eventDefault.get(), s.selection.get(), s.selectionFill.get(), s.hover.get(), s.today.get(),
                s.eraText.get(), s.eraDefault.get(), s.clusterFill.get(), s.clusterText.get(), s.match.get(), s.labelFont.get(),
                s.axisFont.get(), s.headerFont.get(), s.textContrast.get().doubleValue());
    }

    /** The same style with every font at {@code factor} times its size, for a printed page or a poster. */
    public RenderStyle withFontsScaled(double factor) {
        return new RenderStyle(background, axisBackground, axisText, axisContextText, grid, gridMajor, laneStripe, laneHeaderText,
                labelText, labelOnDark, labelOnLight, eventDefault, selection, selectionFill, hover, today, eraText, eraDefault,
                clusterFill, clusterText, match, scaled(labelFont, factor), scaled(axisFont, factor), scaled(headerFont, factor),
                textContrast);
    }

    /** The same style with event labels in another font. */
    public RenderStyle withLabelFont(Font font) {
        return new RenderStyle(background, axisBackground, axisText, axisContextText, grid, gridMajor, laneStripe, laneHeaderText,
                labelText, labelOnDark, labelOnLight, eventDefault, selection, selectionFill, hover, today, eraText, eraDefault,
                clusterFill, clusterText, match, font, axisFont, headerFont, textContrast);
    }

    static Font scaled(Font font, double factor) {
        return Font.font(font.getFamily(), weightOf(font), font.getSize() * factor);
    }

    static FontWeight weightOf(Font font) {
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        return style.contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
    }
}
