package org.chronoline.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The colours and fonts of the timeline, each a CSS property of {@code .timeline-view}
 * ({@code -tl-background}, {@code -tl-label-font}, ...). The stylesheet sets them from looked-up
 * tokens on {@code .root}, so a dark or projector theme changes tokens, not code. The defaults here
 * only apply when no stylesheet is loaded.
 */
public final class TimelineStyle {
    private static final StyleablePropertyFactory<TimelineView> FACTORY =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private static final List<CssMetaData<? extends Styleable, ?>> META = new ArrayList<>(Control.getClassCssMetaData());

    static final CssMetaData<TimelineView, Color> BACKGROUND = color("-tl-background", s -> s.background, "#ffffff");
    static final CssMetaData<TimelineView, Color> AXIS_BACKGROUND = color("-tl-axis-background", s -> s.axisBackground, "#f6f8fa");
    static final CssMetaData<TimelineView, Color> AXIS_TEXT = color("-tl-axis-text", s -> s.axisText, "#59636e");
    static final CssMetaData<TimelineView, Color> AXIS_CONTEXT_TEXT = color("-tl-axis-context-text", s -> s.axisContextText, "#1f2328");
    static final CssMetaData<TimelineView, Color> GRID = color("-tl-grid", s -> s.grid, "#eaeef2");
    static final CssMetaData<TimelineView, Color> GRID_MAJOR = color("-tl-grid-major", s -> s.gridMajor, "#d1d9e0");
    static final CssMetaData<TimelineView, Color> LANE_STRIPE = color("-tl-lane-stripe", s -> s.laneStripe, "#fafbfc");
    static final CssMetaData<TimelineView, Color> LANE_HEADER_TEXT = color("-tl-lane-header-text", s -> s.laneHeaderText, "#59636e");
    static final CssMetaData<TimelineView, Color> LABEL_TEXT = color("-tl-label-text", s -> s.labelText, "#1f2328");
    static final CssMetaData<TimelineView, Color> LABEL_ON_DARK = color("-tl-label-on-dark", s -> s.labelOnDark, "#ffffff");
    static final CssMetaData<TimelineView, Color> LABEL_ON_LIGHT = color("-tl-label-on-light", s -> s.labelOnLight, "#1f2328");
    static final CssMetaData<TimelineView, Color> EVENT_DEFAULT = color("-tl-event-default", s -> s.eventDefault, "#6e7781");
    static final CssMetaData<TimelineView, Color> SELECTION = color("-tl-selection", s -> s.selection, "#0969da");
    static final CssMetaData<TimelineView, Color> SELECTION_FILL = color("-tl-selection-fill", s -> s.selectionFill, "#54aeff33");
    static final CssMetaData<TimelineView, Color> HOVER = color("-tl-hover", s -> s.hover, "#0969da40");
    static final CssMetaData<TimelineView, Color> TODAY = color("-tl-today", s -> s.today, "#cf222e");
    static final CssMetaData<TimelineView, Color> ERA_TEXT = color("-tl-era-text", s -> s.eraText, "#59636e");
    static final CssMetaData<TimelineView, Color> ERA_DEFAULT = color("-tl-era-default", s -> s.eraDefault, "#d0d7de");
    static final CssMetaData<TimelineView, Color> CLUSTER_FILL = color("-tl-cluster-fill", s -> s.clusterFill, "#57606a");
    static final CssMetaData<TimelineView, Color> CLUSTER_TEXT = color("-tl-cluster-text", s -> s.clusterText, "#ffffff");
    static final CssMetaData<TimelineView, Color> MATCH = color("-tl-match", s -> s.match, "#fff1a8");
    static final CssMetaData<TimelineView, Font> LABEL_FONT = font("-tl-label-font", s -> s.labelFont, Font.font("System", 13));
    static final CssMetaData<TimelineView, Font> AXIS_FONT = font("-tl-axis-font", s -> s.axisFont, Font.font("System", 12));
    static final CssMetaData<TimelineView, Font> HEADER_FONT =
            font("-tl-header-font", s -> s.headerFont, Font.font("System", FontWeight.BOLD, 12));

    /**
     * The contrast every text drawn in a colour of the file's own (an era's name beside its ribbon)
     * is mixed to reach against the background: 4.5:1, or 7:1 in the themes that promise it.
     */
    static final CssMetaData<TimelineView, Number> TEXT_CONTRAST =
            FACTORY.createSizeCssMetaData("-tl-text-contrast", view -> view.styles.textContrast, 4.5, false);

    static {
        Collections.addAll(META, TEXT_CONTRAST, BACKGROUND, AXIS_BACKGROUND, AXIS_TEXT, AXIS_CONTEXT_TEXT, GRID, GRID_MAJOR, LANE_STRIPE,
                LANE_HEADER_TEXT, LABEL_TEXT, LABEL_ON_DARK, LABEL_ON_LIGHT, EVENT_DEFAULT, SELECTION, SELECTION_FILL, HOVER, TODAY, ERA_TEXT,
                ERA_DEFAULT, CLUSTER_FILL, CLUSTER_TEXT, MATCH, LABEL_FONT, AXIS_FONT, HEADER_FONT);
    }

    private TimelineStyle() {
    }

    static List<CssMetaData<? extends Styleable, ?>> metaData() {
        return Collections.unmodifiableList(META);
    }

    private static CssMetaData<TimelineView, Color> color(String property, Function<Values, StyleableProperty<Color>> field,
                                                          String initial) {
        return FACTORY.createColorCssMetaData(property, view -> field.apply(view.styles), Color.web(initial), false);
    }

    private static CssMetaData<TimelineView, Font> font(String property, Function<Values, StyleableProperty<Font>> field,
                                                        Font initial) {
        return FACTORY.createFontCssMetaData(property, view -> field.apply(view.styles), initial, false);
    }

    static <T> StyleableObjectProperty<T> property(CssMetaData<TimelineView, T> meta, TimelineView view, String name) {
        return new SimpleStyleableObjectProperty<>(meta, view, name, meta.getInitialValue(view));
    }

    /** One control's values of the styleable properties, one per entry above. */
    static final class Values {
        final StyleableObjectProperty<Color> background;
        final StyleableObjectProperty<Color> axisBackground;
        final StyleableObjectProperty<Color> axisText;
        final StyleableObjectProperty<Color> axisContextText;
        final StyleableObjectProperty<Color> grid;
        final StyleableObjectProperty<Color> gridMajor;
        final StyleableObjectProperty<Color> laneStripe;
        final StyleableObjectProperty<Color> laneHeaderText;
        final StyleableObjectProperty<Color> labelText;
        final StyleableObjectProperty<Color> labelOnDark;
        final StyleableObjectProperty<Color> labelOnLight;
        final StyleableObjectProperty<Color> eventDefault;
        final StyleableObjectProperty<Color> selection;
        final StyleableObjectProperty<Color> selectionFill;
        final StyleableObjectProperty<Color> hover;
        final StyleableObjectProperty<Color> today;
        final StyleableObjectProperty<Color> eraText;
        final StyleableObjectProperty<Color> eraDefault;
        final StyleableObjectProperty<Color> clusterFill;
        final StyleableObjectProperty<Color> clusterText;
        final StyleableObjectProperty<Color> match;
        final StyleableObjectProperty<Font> labelFont;
        final StyleableObjectProperty<Font> axisFont;
        final StyleableObjectProperty<Font> headerFont;
        final StyleableObjectProperty<Number> textContrast;

        Values(TimelineView v) {
            background = property(TimelineStyle.BACKGROUND, v, "background");
            axisBackground = property(TimelineStyle.AXIS_BACKGROUND, v, "axisBackground");
            axisText = property(TimelineStyle.AXIS_TEXT, v, "axisText");
            axisContextText = property(TimelineStyle.AXIS_CONTEXT_TEXT, v, "axisContextText");
            grid = property(TimelineStyle.GRID, v, "grid");
            gridMajor = property(TimelineStyle.GRID_MAJOR, v, "gridMajor");
            laneStripe = property(TimelineStyle.LANE_STRIPE, v, "laneStripe");
            laneHeaderText = property(TimelineStyle.LANE_HEADER_TEXT, v, "laneHeaderText");
            labelText = property(TimelineStyle.LABEL_TEXT, v, "labelText");
            labelOnDark = property(TimelineStyle.LABEL_ON_DARK, v, "labelOnDark");
            labelOnLight = property(TimelineStyle.LABEL_ON_LIGHT, v, "labelOnLight");
            eventDefault = property(TimelineStyle.EVENT_DEFAULT, v, "eventDefault");
            selection = property(TimelineStyle.SELECTION, v, "selection");
            selectionFill = property(TimelineStyle.SELECTION_FILL, v, "selectionFill");
            hover = property(TimelineStyle.HOVER, v, "hover");
            today = property(TimelineStyle.TODAY, v, "today");
            eraText = property(TimelineStyle.ERA_TEXT, v, "eraText");
            eraDefault = property(TimelineStyle.ERA_DEFAULT, v, "eraDefault");
            clusterFill = property(TimelineStyle.CLUSTER_FILL, v, "clusterFill");
            clusterText = property(TimelineStyle.CLUSTER_TEXT, v, "clusterText");
            match = property(TimelineStyle.MATCH, v, "match");
            labelFont = property(TimelineStyle.LABEL_FONT, v, "labelFont");
            axisFont = property(TimelineStyle.AXIS_FONT, v, "axisFont");
            headerFont = property(TimelineStyle.HEADER_FONT, v, "headerFont");
            textContrast = property(TimelineStyle.TEXT_CONTRAST, v, "textContrast");
        }

        List<StyleableObjectProperty<?>> all() {
            return List.of(background, axisBackground, axisText, axisContextText, grid, gridMajor, laneStripe, laneHeaderText,
                    labelText, labelOnDark, labelOnLight, eventDefault, selection, selectionFill, hover, today, eraText, eraDefault, clusterFill,
                    clusterText, match, labelFont, axisFont, headerFont, textContrast);
        }
    }
}
