package org.chronoline.view;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.chronoline.model.TimelineEvent;

/**
 * The timeline control: events of a {@link TimelineContent} on a zoomable, pannable time axis.
 * Its state is in properties (what is shown, the scale, the selection, the layout); drawing and
 * input live in {@link TimelineViewSkin}. Colours and fonts come from CSS (see {@link TimelineStyle}).
 */
public final class TimelineView extends Control {
    private final ObjectProperty<TimelineContent> content = new SimpleObjectProperty<>(this, "content", TimelineContent.EMPTY);
    private final ObjectProperty<TimeScale> scale = new SimpleObjectProperty<>(this, "scale", new TimeScale(0, 86_400));
    private final ObjectProperty<TimelineEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ReadOnlyObjectWrapper<TimelineEvent> hoveredEvent = new ReadOnlyObjectWrapper<>(this, "hoveredEvent");
    private final ObjectProperty<LayoutMode> layoutMode = new SimpleObjectProperty<>(this, "layoutMode", LayoutMode.BY_CATEGORY);
    private final DoubleProperty laneScroll = new SimpleDoubleProperty(this, "laneScroll");
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private boolean fitWhenShown;
    private final BooleanProperty overviewVisible = new SimpleBooleanProperty(this, "overviewVisible", true);
    private final ReadOnlyBooleanWrapper animating = new ReadOnlyBooleanWrapper(this, "animating");
    private final ObjectProperty<Double> today = new SimpleObjectProperty<>(this, "today", System.currentTimeMillis() / 1000.0);
    private final javafx.beans.property.ReadOnlyIntegerWrapper framesPainted =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "framesPainted");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");

    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", false);
    private final ObjectProperty<EditListener> editListener = new SimpleObjectProperty<>(this, "editListener");
    private final javafx.collections.ObservableSet<String> selectedIds = javafx.collections.FXCollections.observableSet();
    private final ObjectProperty<java.util.Set<String>> matches = new SimpleObjectProperty<>(this, "matches");

    /**
     * What the timeline asks of whoever owns the document when the user edits on the timeline. The
     * view never changes the document itself.
     */
    public interface EditListener {
        /** A selected event was dragged to a new date ({@code resized}: its end was dragged). */
        void eventChanged(TimelineEvent before, TimelineEvent after, boolean resized);

        /** Ctrl+double-click on empty space: a new event at this date, at the precision of the zoom. */
        void createRequested(org.chronoline.model.HistoricalDate at);
    }

    /** The CSS-styleable colours and fonts; package-private so {@link TimelineStyle} can reach them. */
    final Styles styles = new Styles(this);

    /** Holder of the styleable properties, one per {@link TimelineStyle} entry. */
    static final class Styles {
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

        Styles(TimelineView v) {
            background = TimelineStyle.property(TimelineStyle.BACKGROUND, v, "background");
            axisBackground = TimelineStyle.property(TimelineStyle.AXIS_BACKGROUND, v, "axisBackground");
            axisText = TimelineStyle.property(TimelineStyle.AXIS_TEXT, v, "axisText");
            axisContextText = TimelineStyle.property(TimelineStyle.AXIS_CONTEXT_TEXT, v, "axisContextText");
            grid = TimelineStyle.property(TimelineStyle.GRID, v, "grid");
            gridMajor = TimelineStyle.property(TimelineStyle.GRID_MAJOR, v, "gridMajor");
            laneStripe = TimelineStyle.property(TimelineStyle.LANE_STRIPE, v, "laneStripe");
            laneHeaderText = TimelineStyle.property(TimelineStyle.LANE_HEADER_TEXT, v, "laneHeaderText");
            labelText = TimelineStyle.property(TimelineStyle.LABEL_TEXT, v, "labelText");
            labelOnDark = TimelineStyle.property(TimelineStyle.LABEL_ON_DARK, v, "labelOnDark");
            labelOnLight = TimelineStyle.property(TimelineStyle.LABEL_ON_LIGHT, v, "labelOnLight");
            eventDefault = TimelineStyle.property(TimelineStyle.EVENT_DEFAULT, v, "eventDefault");
            selection = TimelineStyle.property(TimelineStyle.SELECTION, v, "selection");
            hover = TimelineStyle.property(TimelineStyle.HOVER, v, "hover");
            today = TimelineStyle.property(TimelineStyle.TODAY, v, "today");
            eraText = TimelineStyle.property(TimelineStyle.ERA_TEXT, v, "eraText");
            eraDefault = TimelineStyle.property(TimelineStyle.ERA_DEFAULT, v, "eraDefault");
            clusterFill = TimelineStyle.property(TimelineStyle.CLUSTER_FILL, v, "clusterFill");
            clusterText = TimelineStyle.property(TimelineStyle.CLUSTER_TEXT, v, "clusterText");
            match = TimelineStyle.property(TimelineStyle.MATCH, v, "match");
            labelFont = TimelineStyle.property(TimelineStyle.LABEL_FONT, v, "labelFont");
            axisFont = TimelineStyle.property(TimelineStyle.AXIS_FONT, v, "axisFont");
            headerFont = TimelineStyle.property(TimelineStyle.HEADER_FONT, v, "headerFont");
        }

        List<StyleableObjectProperty<?>> all() {
            return List.of(background, axisBackground, axisText, axisContextText, grid, gridMajor, laneStripe, laneHeaderText,
                    labelText, labelOnDark, labelOnLight, eventDefault, selection, hover, today, eraText, eraDefault, clusterFill,
                    clusterText, match, labelFont, axisFont, headerFont);
        }
    }

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        // The primary selection is always among the selected events; clearing it clears them all.
        selectedEvent.addListener((o, old, now) -> {
            if (now == null) {
                selectedIds.clear();
            } else if (!selectedIds.contains(now.id())) {
                selectedIds.clear();
                selectedIds.add(now.id());
            }
        });
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline-view.css").toExternalForm();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return TimelineStyle.metaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    private TimelineViewSkin timelineSkin() {
        return getSkin() instanceof TimelineViewSkin ? (TimelineViewSkin) getSkin() : null;
    }

    // ---- commands ------------------------------------------------------------------------------

    /** Shows all events and eras, animated; before the control is shown, as soon as it is. */
    public void fitAll() {
        TimelineViewSkin skin = timelineSkin();
        if (skin != null) {
            skin.fitAll();
        } else {
            fitWhenShown = true;
        }
    }

    /** Whether {@link #fitAll()} was asked for before there was a skin to do it; asking clears it. */
    boolean takeFitRequest() {
        boolean requested = fitWhenShown;
        fitWhenShown = false;
        return requested;
    }

    /** Zooms in (factor > 1) or out around the middle of the view. */
    public void zoom(double factor) {
        zoomAround(factor, getWidth() / 2);
    }

    /** Zooms around x, keeping the instant under x in place. */
    public void zoomAround(double factor, double x) {
        TimelineViewSkin skin = timelineSkin();
        if (skin != null) {
            skin.zoomAround(factor, x);
        }
    }

    /** Moves the view by a fraction of its width (negative: earlier). */
    public void panByViewFraction(double fraction) {
        TimelineViewSkin skin = timelineSkin();
        if (skin != null) {
            skin.panBy(-fraction * getWidth());
        }
    }

    /** Shows the interval [from, to] (seconds), animated. */
    public void show(double fromSecond, double toSecond) {
        TimelineViewSkin skin = timelineSkin();
        if (skin != null) {
            skin.show(fromSecond, toSecond);
        }
    }

    /**
     * Selects an event and glides to the interval [from, to] around it over {@code millis} (0: at
     * once), scrolling its lane into view: one step of a presentation.
     */
    public void present(TimelineEvent event, double fromSecond, double toSecond, double millis) {
        setSelectedEvent(event);
        TimelineViewSkin skin = timelineSkin();
        if (skin != null) {
            skin.present(event, fromSecond, toSecond, millis);
        }
    }

    /** Brings an event into view, keeping the zoom when it fits, animated. */
    public void reveal(TimelineEvent event) {
        TimelineViewSkin skin = timelineSkin();
        if (skin != null && event != null) {
            skin.reveal(event);
        }
    }

    /**
     * Shows a different document: its content, with the view history, scroll and selection of the
     * previous one forgotten. (Setting the content alone, as after an edit, keeps them.)
     */
    public void showDocument(TimelineContent newContent) {
        setContent(newContent);
        TimelineViewSkin skin = timelineSkin();
        if (skin != null) {
            skin.resetView();
        } else {
            setSelectedEvent(null);
            setLaneScroll(0);
        }
    }

    /** Selects an event and brings it into view with a short animation; null clears the selection. */
    public void select(TimelineEvent event) {
        setSelectedEvent(event);
        reveal(event);
    }

    /** Selects the next (direction 1) or previous (-1) event in time; returns false when there is none. */
    public boolean selectAdjacent(int direction) {
        TimeScale s = getScale();
        TimelineEvent next = Navigation.adjacent(getContent(), getSelectedEvent(), direction, s.secondAt(0), s.secondAt(getWidth()));
        if (next == null) {
            return false;
        }
        select(next);
        return true;
    }

    /** Selects the first event in time. */
    public void selectFirst() {
        EventIndex events = getContent().events();
        if (events.size() > 0) {
            select(events.get(0));
        }
    }

    /** Selects the last event in time. */
    public void selectLast() {
        EventIndex events = getContent().events();
        if (events.size() > 0) {
            select(events.get(events.size() - 1));
        }
    }

    /** Zooms so that the selected event fills the view with its surroundings. */
    public void zoomToSelection() {
        TimelineEvent selected = getSelectedEvent();
        if (selected != null) {
            double[] interval = Navigation.intervalAround(selected);
            show(interval[0], interval[1]);
        }
    }

    /** Shows the period a date names: a year, a month, a day. */
    public void goTo(org.chronoline.model.HistoricalDate date) {
        double[] interval = Navigation.intervalAround(date);
        show(interval[0], interval[1]);
    }

    /** Returns to the previous view, as a browser's Back does. */
    public void back() {
        TimelineViewSkin skin = timelineSkin();
        if (skin != null) {
            skin.back();
        }
    }

    /** Returns to the view left by {@link #back()}. */
    public void forward() {
        TimelineViewSkin skin = timelineSkin();
        if (skin != null) {
            skin.forward();
        }
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** How many frames have been painted; startup measurements wait for the first one with events. */
    public javafx.beans.property.ReadOnlyIntegerProperty framesPaintedProperty() {
        return framesPainted.getReadOnlyProperty();
    }

    void framePainted() {
        framesPainted.set(framesPainted.get() + 1);
    }

    void updateHistoryState(boolean back, boolean forward) {
        canGoBack.set(back);
        canGoForward.set(forward);
    }

    /**
     * The timeline as an image {@code width} x {@code height} points large, showing {@code scale}, with
     * {@code pixelScale} pixels per point (2 for a double-resolution image). Call on the JavaFX thread
     * once the control has been laid out. The image is reused by the next render of the same size:
     * take its pixels before rendering again.
     */
    public javafx.scene.image.WritableImage renderImage(double width, double height, double pixelScale, TimeScale scale) {
        TimelineViewSkin skin = timelineSkin();
        if (skin == null) {
            throw new IllegalStateException("the timeline has no skin yet; add it to a scene and lay it out first");
        }
        return skin.render(width, height, pixelScale, scale);
    }

    /**
     * The current view as an image, exactly as on screen, at {@code pixelScale} times the screen
     * resolution; reused by the next render of the same size, as for {@link #renderImage}.
     */
    public javafx.scene.image.WritableImage renderCurrentView(double pixelScale) {
        TimelineViewSkin skin = timelineSkin();
        if (skin == null) {
            throw new IllegalStateException("the timeline has no skin yet");
        }
        return skin.render(skin.drawingWidth(), skin.drawingHeight(), pixelScale, getScale());
    }

    /**
     * The whole timeline, every event and every lane, {@code width} points wide: the scale fitting
     * all of it and the height that shows every row. Call on the JavaFX thread once laid out.
     */
    public WholeTimeline wholeTimeline(double width) {
        TimelineViewSkin skin = requireSkin();
        TimeScale all = skin.fitScale(width);
        return new WholeTimeline(width, skin.fullHeight(width, all), all);
    }

    /** A size and a scale that show the whole timeline. */
    public record WholeTimeline(double width, double height, TimeScale scale) {
    }

    /** How tall the timeline is with every row of every lane shown, at {@code width} for {@code scale}. */
    public double fullHeight(double width, TimeScale scale) {
        return requireSkin().fullHeight(width, scale);
    }

    /** The whole timeline as an image, from the top lane, at {@code pixelScale} pixels per point. */
    public javafx.scene.image.WritableImage renderWhole(WholeTimeline whole, double pixelScale) {
        return requireSkin().render(whole.width(), whole.height(), pixelScale, whole.scale(), 0);
    }

    /** The whole timeline as an SVG document, text as text. */
    public String renderWholeSvg(WholeTimeline whole) {
        return requireSkin().renderSvg(whole.width(), whole.height(), whole.scale());
    }

    private TimelineViewSkin requireSkin() {
        TimelineViewSkin skin = timelineSkin();
        if (skin == null) {
            throw new IllegalStateException("the timeline has no skin yet; add it to a scene and lay it out first");
        }
        return skin;
    }

    /** The scale that fits every event across {@code width} pixels. */
    public TimeScale scaleFittingAll(double width) {
        TimelineViewSkin skin = timelineSkin();
        return skin == null ? getScale() : skin.fitScale(width);
    }

    /** The event drawn at a point of this control, or null when there is none (empty space, a cluster, the axis). */
    public TimelineEvent eventAt(double x, double y) {
        TimelineViewSkin skin = timelineSkin();
        return skin == null ? null : skin.eventAt(x, y);
    }

    /** Where an event is drawn, in this control's coordinates, or null when it is not drawn. */
    public Bounds eventBounds(String eventId) {
        TimelineViewSkin skin = timelineSkin();
        return skin == null ? null : skin.eventBounds(eventId);
    }

    /** The labels currently drawn, for tests and accessibility: event id to visible label text. */
    public java.util.Map<String, String> visibleLabels() {
        TimelineViewSkin skin = timelineSkin();
        return skin == null ? java.util.Map.of() : skin.visibleLabels();
    }

    // ---- properties ----------------------------------------------------------------------------

    public ObjectProperty<TimelineContent> contentProperty() {
        return content;
    }

    public TimelineContent getContent() {
        return content.get();
    }

    public void setContent(TimelineContent value) {
        content.set(value == null ? TimelineContent.EMPTY : value);
    }

    public ObjectProperty<TimeScale> scaleProperty() {
        return scale;
    }

    public TimeScale getScale() {
        return scale.get();
    }

    public void setScale(TimeScale value) {
        scale.set(value);
    }

    public ObjectProperty<TimelineEvent> selectedEventProperty() {
        return selectedEvent;
    }

    public TimelineEvent getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(TimelineEvent value) {
        selectedEvent.set(value);
    }

    public ReadOnlyObjectProperty<TimelineEvent> hoveredEventProperty() {
        return hoveredEvent.getReadOnlyProperty();
    }

    public TimelineEvent getHoveredEvent() {
        return hoveredEvent.get();
    }

    void setHoveredEvent(TimelineEvent value) {
        hoveredEvent.set(value);
    }

    public ObjectProperty<LayoutMode> layoutModeProperty() {
        return layoutMode;
    }

    public LayoutMode getLayoutMode() {
        return layoutMode.get();
    }

    public void setLayoutMode(LayoutMode value) {
        layoutMode.set(value);
    }

    /** Whether the user may move and resize events by dragging them (the document is editable). */
    public BooleanProperty editableProperty() {
        return editable;
    }

    public boolean isEditable() {
        return editable.get();
    }

    public void setEditable(boolean value) {
        editable.set(value);
    }

    public ObjectProperty<EditListener> editListenerProperty() {
        return editListener;
    }

    public EditListener getEditListener() {
        return editListener.get();
    }

    public void setEditListener(EditListener listener) {
        editListener.set(listener);
    }

    /** The ids of every selected event; the {@link #selectedEventProperty() primary} one among them. */
    public javafx.collections.ObservableSet<String> getSelectedIds() {
        return selectedIds;
    }

    /** Adds an event to the selection, or takes it out (Ctrl+click). */
    public void toggleSelected(TimelineEvent event) {
        if (selectedIds.contains(event.id())) {
            selectedIds.remove(event.id());
            if (getSelectedEvent() != null && getSelectedEvent().id().equals(event.id())) {
                String other = selectedIds.stream().findFirst().orElse(null);
                TimelineEvent next = getContent().event(other);
                setSelectedEvent(next);
                if (next != null) {
                    selectedIds.add(next.id());
                }
            }
        } else {
            selectedIds.add(event.id());
            setSelectedEvent(event);
        }
    }

    /**
     * The ids of the events a search found; they are highlighted and the others dimmed. Null when
     * there is no search (nothing dimmed); an empty set dims everything.
     */
    public ObjectProperty<java.util.Set<String>> matchesProperty() {
        return matches;
    }

    public java.util.Set<String> getMatches() {
        return matches.get();
    }

    public void setMatches(java.util.Set<String> ids) {
        matches.set(ids == null ? null : java.util.Set.copyOf(ids));
    }

    /** How far the lanes are scrolled down, in pixels. */
    public DoubleProperty laneScrollProperty() {
        return laneScroll;
    }

    public void setLaneScroll(double value) {
        laneScroll.set(value);
    }

    /** Whether zooming and panning glide; off, they jump (used by image export). */
    public BooleanProperty animatedProperty() {
        return animated;
    }

    public boolean isAnimated() {
        return animated.get();
    }

    public void setAnimated(boolean value) {
        animated.set(value);
    }

    /** Whether the strip showing the whole timeline is drawn below it; presentations hide it. */
    public BooleanProperty overviewVisibleProperty() {
        return overviewVisible;
    }

    public boolean isOverviewVisible() {
        return overviewVisible.get();
    }

    public void setOverviewVisible(boolean value) {
        overviewVisible.set(value);
    }

    /** True while a zoom or pan animation is running. */
    public ReadOnlyBooleanProperty animatingProperty() {
        return animating.getReadOnlyProperty();
    }

    public boolean isAnimating() {
        return animating.get();
    }

    void setAnimating(boolean value) {
        animating.set(value);
    }

    /** Where the "today" line is drawn, in seconds since 1970; null hides it. */
    public ObjectProperty<Double> todayProperty() {
        return today;
    }
}
