package org.chronoline.view;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.chronoline.model.Category;
import org.chronoline.model.DateText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Precision;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;


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
    private final ReadOnlyDoubleWrapper viewportWidth = new ReadOnlyDoubleWrapper(this, "viewportWidth");
    private final ReadOnlyDoubleWrapper viewportHeight = new ReadOnlyDoubleWrapper(this, "viewportHeight");
    private final ReadOnlyObjectWrapper<Glide> lastGlide = new ReadOnlyObjectWrapper<>(this, "lastGlide");
    private final ViewHistory history = new ViewHistory();
    private final ViewAnimator animator;
    /** A fit asked for before the drawing area had a size: done as soon as it has one. */
    private boolean fitPending;
    /** An event to scroll into view vertically once a layout places it. */
    private TimelineEvent pendingReveal;
    private DrawnView drawn;
    private final ObjectProperty<DragPreview> dragPreview = new SimpleObjectProperty<>(this, "dragPreview");
    private TimelineRenderer renderer;
    private final BooleanProperty centredLanes = new SimpleBooleanProperty(this, "centredLanes", false);
    private final BooleanProperty overviewVisible = new SimpleBooleanProperty(this, "overviewVisible", true);
    private final BooleanProperty allLinksVisible = new SimpleBooleanProperty(this, "allLinksVisible", false);
    private final ObjectProperty<Predicate<ShownLink>> linkFilter = new SimpleObjectProperty<>(this, "linkFilter");
    /** The links last worked out, and what they were worked out from. */
    private List<ShownLink> shownLinks = List.of();
    private List<Object> shownLinksKey;
    private final ReadOnlyBooleanWrapper animating = new ReadOnlyBooleanWrapper(this, "animating");
    private final ObjectProperty<Double> today = new SimpleObjectProperty<>(this, "today", System.currentTimeMillis() / 1000.0);
    private final ReadOnlyIntegerWrapper framesPainted =
            new ReadOnlyIntegerWrapper(this, "framesPainted");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");

    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", false);
    private final ObjectProperty<EditListener> editListener = new SimpleObjectProperty<>(this, "editListener");
    private final ObservableSet<String> selectedIds = FXCollections.observableSet();
    private final ObjectProperty<Set<String>> matches = new SimpleObjectProperty<>(this, "matches");

    /**
     * What the timeline asks of whoever owns the document when the user edits on the timeline. The
     * view never changes the document itself.
     */
    public interface EditListener {
        /** A selected event was dragged to a new date ({@code resized}: its end was dragged). */
        void eventChanged(TimelineEvent before, TimelineEvent after, boolean resized);

        /** Ctrl+double-click on empty space: a new event at this date, at the precision of the zoom. */
        void createRequested(HistoricalDate at);
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
            selectionFill = TimelineStyle.property(TimelineStyle.SELECTION_FILL, v, "selectionFill");
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
                    labelText, labelOnDark, labelOnLight, eventDefault, selection, selectionFill, hover, today, eraText, eraDefault, clusterFill,
                    clusterText, match, labelFont, axisFont, headerFont);
        }
    }

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        // For screen readers: what the timeline shows is said in words (see queryAccessibleAttribute).
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleRoleDescription(Messages.get("a11y.timeline.role"));
        selectedEvent.addListener((o, old, now) -> notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));
        content.addListener((o, old, now) -> notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));
        animator = new ViewAnimator(this::setScale, running -> {
            animating.set(running);
            if (!running) {
                recordView();
            }
        });
        content.addListener((o, old, now) -> hoveredEvent.set(null));
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

    // ---- the drawing area and what was drawn on it --------------------------------------------

    /** The size of the drawing area the scale applies to (the control less its scroll bar and overview strip). */
    public ReadOnlyDoubleProperty viewportWidthProperty() {
        return viewportWidth.getReadOnlyProperty();
    }

    public double getViewportWidth() {
        return viewportWidth.get();
    }

    public double getViewportHeight() {
        return viewportHeight.get();
    }

    /** Called by the skin when it has laid out the drawing area. */
    void setViewport(double width, double height) {
        double before = viewportWidth.get();
        if (before > 0 && width > 0 && width != before && !animator.isRunning()) {
            // The same period stays in view when the drawing area narrows or widens (a side panel opens, the
            // window is resized, the lanes' scroll bar comes and goes), as a map keeps its place.
            TimeScale now = getScale();
            setScale(new TimeScale(now.startSecond(), now.secondsPerPixel() * before / width));
        }
        viewportWidth.set(width);
        viewportHeight.set(height);
        if (width > 0 && fitPending) {
            fitPending = false;
            animator.stop();
            setScale(TimelineRenderer.fitting(getContent(), width, today.get()));
            recordView();
        }
    }

    /** Called by the skin after each frame: what it drew, and whether an event waits to be scrolled into view. */
    void drawn(DrawnView view) {
        drawn = view;
        framesPainted.set(framesPainted.get() + 1);
    }

    /** What the window shows now, or null before the first frame. */
    DrawnView drawnView() {
        return drawn;
    }

    /**
     * Scrolls the lanes so that the event waiting to be revealed is in view, once a layout places it;
     * returns true when the scroll changed (the skin then lays out again).
     */
    boolean scrollToPendingReveal(TimelineLayout layout, TimelinePainter.Frame frame) {
        TimelineEvent event = pendingReveal;
        if (event == null) {
            return false;
        }
        double top = Double.NaN;
        double bottom = Double.NaN;
        TimelineLayout.ItemBox item = layout.item(event.id());
        if (item != null) {
            top = item.y();
            bottom = item.y() + item.height();
            if (!animator.isRunning()) {
                pendingReveal = null;
            }
        } else {
            for (TimelineLayout.LaneBox lane : layout.lanes()) {
                if (lane.lane().categoryId() == null || lane.lane().categoryId().equals(event.category())) {
                    top = lane.y();
                    bottom = lane.y() + Math.min(lane.height(), frame.lanesHeight());
                    break;
                }
            }
        }
        if (Double.isNaN(top)) {
            pendingReveal = null;
            return false;
        }
        double maxScroll = Math.max(0, layout.contentHeight() - frame.lanesHeight());
        if (maxScroll <= 0) {
            return false; // every lane is in view
        }
        double scroll = frame.laneScroll();
        double target = top < scroll ? top : bottom > scroll + frame.lanesHeight() ? bottom - frame.lanesHeight() : scroll;
        target = Math.max(0, Math.min(maxScroll, target));
        if (Math.abs(target - scroll) < 0.5) {
            return false;
        }
        setLaneScroll(target);
        return true;
    }

    // ---- drawing -------------------------------------------------------------------------------

    /** The colours and fonts the control has now, from its stylesheet. */
    public RenderStyle renderStyle() {
        return RenderStyle.of(styles);
    }

    /** The renderer for the control's current style; the same one until the style changes. */
    public TimelineRenderer renderer() {
        RenderStyle style = renderStyle();
        if (renderer == null || !renderer.style().equals(style)) {
            renderer = new TimelineRenderer(style);
        }
        return renderer;
    }

    /** What is marked on the events now: the selection, the search's matches, the hovered event, today, the links drawn. */
    public Marks marks() {
        TimelineEvent hovered = getHoveredEvent();
        return new Marks(selectedIds, getMatches(), hovered == null ? null : hovered.id(), today.get(), shownLinks());
    }

    /**
     * The links drawn as arrows: the selected event's, every shown event's when all are on, those the
     * filter lets through. Worked out again only when one of those changes, not on every frame.
     */
    public List<ShownLink> shownLinks() {
        List<Object> key = Arrays.asList(getContent(), getSelectedEvent(), isAllLinksVisible(), linkFilter.get());
        if (!key.equals(shownLinksKey)) {
            List<ShownLink> links = ShownLink.of(getContent(), getSelectedEvent(), isAllLinksVisible());
            Predicate<ShownLink> filter = linkFilter.get();
            shownLinks = filter == null ? links : links.stream().filter(filter).toList();
            shownLinksKey = key;
        }
        return shownLinks;
    }

    /**
     * Follows the next link (or, with {@code direction} -1, the previous one) of {@code from}: selects
     * the event at the other end of its arrow, in the order the arrows are drawn, after the selected
     * event when it is one of those ends (so that pressing the key again from where a link led walks
     * on through the same event's links).
     *
     * @return the event now selected, or null when the selected event has no link drawn
     */
    public TimelineEvent followLink(TimelineEvent from, int direction) {
        if (from == null) {
            return null;
        }
        List<String> ends = ShownLink.of(getContent(), from, false).stream().filter(l -> linkFilter.get() == null
                || linkFilter.get().test(l)).map(l -> l.otherEnd(from.id())).distinct().toList();
        if (ends.isEmpty()) {
            return null;
        }
        TimelineEvent selected = getSelectedEvent();
        int at = selected == null ? -1 : ends.indexOf(selected.id());
        int next = at < 0 ? (direction > 0 ? 0 : ends.size() - 1) : Math.floorMod(at + direction, ends.size());
        TimelineEvent target = getContent().event(ends.get(next));
        select(target);
        return target;
    }

    /** The view as the window shows it now (the same period, size, scroll and marks), to draw again elsewhere. */
    public TimelineRenderer.Drawing currentDrawing() {
        Marks noHover = new Marks(selectedIds, getMatches(), null, today.get(), shownLinks());
        return new TimelineRenderer.Drawing(getContent(), getLayoutMode(), getScale(), Math.max(1, getViewportWidth()),
                Math.max(1, getViewportHeight()), laneScroll.get(), Packing.forScreen(getLayoutMode()), noHover);
    }

    /** The event drawn at a point of this control, or null when there is none (empty space, a cluster, the axis). */
    public TimelineEvent eventAt(double x, double y) {
        Object hit = drawn == null ? null : drawn.hit(x, y);
        return hit instanceof TimelineLayout.ItemBox ? ((TimelineLayout.ItemBox) hit).event() : null;
    }

    /**
     * Where the words of the arrow from one event to another are drawn, in this control's
     * coordinates, or null when that arrow is not drawn or has no words.
     */
    public Bounds linkWordsBounds(String fromId, String toId) {
        return drawn == null ? null : drawn.linkWords(fromId, toId);
    }

    /** Where an event is drawn, in this control's coordinates, or null when it is not drawn. */
    public Bounds eventBounds(String eventId) {
        return drawn == null ? null : drawn.bounds(eventId);
    }

    /**
     * The date at a point across the drawing, at the precision the axis shows (a year, a month, a day,
     * a minute): where an event added there would go. Null before the first frame or beyond the years.
     */
    public HistoricalDate dateAt(double x) {
        return drawn == null ? null : HistoricalDate.containing(getScale().secondAt(x), drawn.precisionOfZoom());
    }

    /** The labels currently drawn, for tests and accessibility: event id to visible label text. */
    public Map<String, String> visibleLabels() {
        return drawn == null ? Map.of() : drawn.labels();
    }

    // ---- commands ------------------------------------------------------------------------------

    /** Shows all events and eras, animated; before the control is laid out, as soon as it is. */
    public void fitAll() {
        if (getViewportWidth() <= 0) {
            fitPending = true;
            requestLayout();
            return;
        }
        moveTo(TimelineRenderer.fitting(getContent(), getViewportWidth(), today.get()), getViewportWidth() / 2, 450);
    }

    /** Zooms in (factor > 1) or out around the middle of the view. */
    public void zoom(double factor) {
        zoomAround(factor, getViewportWidth() / 2);
    }

    /** Zooms around x, keeping the instant under x in place, with a short glide. */
    public void zoomAround(double factor, double x) {
        moveTo(heading().zoomedAround(x, factor), x, 160);
    }

    /** Zooms around x at once, as a trackpad pinch does. */
    void zoomAroundNow(double factor, double x) {
        animator.stop();
        setScale(clamped(getScale().zoomedAround(x, factor)));
    }

    /** Moves the view by a fraction of its width (negative: earlier). */
    public void panByViewFraction(double fraction) {
        panBy(-fraction * getViewportWidth());
    }

    /** Moves the view by {@code dx} pixels (positive: earlier), with a short glide. */
    void panBy(double dx) {
        moveTo(heading().pannedBy(dx), getViewportWidth() / 2, 180);
    }

    /** Shows the interval [from, to] (seconds), animated. */
    public void show(double fromSecond, double toSecond) {
        moveTo(TimeScale.fitting(fromSecond, toSecond, getViewportWidth(), TimelineRenderer.FIT_MARGIN), getViewportWidth() / 2, 450);
    }

    /**
     * Selects an event and glides to the interval [from, to] around it over {@code millis} (0: at
     * once), scrolling its lane into view: one step of a presentation.
     */
    public void present(TimelineEvent event, double fromSecond, double toSecond, double millis) {
        setSelectedEvent(event);
        pendingReveal = event;
        requestLayout();
        moveTo(TimeScale.fitting(fromSecond, toSecond, getViewportWidth(), TimelineRenderer.FIT_MARGIN), getViewportWidth() / 2, millis);
    }

    /** Brings an event into view: pans when it fits at this zoom, zooms out just enough otherwise. */
    public void reveal(TimelineEvent event) {
        double width = getViewportWidth();
        if (event == null) {
            return;
        }
        pendingReveal = event;
        requestLayout();
        if (width <= 0) {
            return;
        }
        TimeScale scale = heading();
        double margin = Math.min(width / 4, 120);
        double start = event.startSecond();
        double end = event.endSecond();
        if (scale.xOf(start) >= margin && scale.xOf(end) <= width - margin) {
            return;
        }
        TimeScale target = end - start <= scale.span(width - 2 * margin)
                ? scale.centredOn((start + end) / 2, width)
                : TimeScale.fitting(start, end, width, margin);
        moveTo(target, width / 2, 450);
    }

    /**
     * Shows a different document: its content, with the view history, scroll and selection of the
     * previous one forgotten. (Setting the content alone, as after an edit, keeps them.)
     */
    public void showDocument(TimelineContent newContent) {
        setContent(newContent);
        history.clear();
        updateHistoryState();
        setLaneScroll(0);
        setSelectedEvent(null);
        pendingReveal = null;
    }

    /** Selects an event and brings it into view with a short animation; null clears the selection. */
    public void select(TimelineEvent event) {
        setSelectedEvent(event);
        reveal(event);
    }

    /** Selects the next (direction 1) or previous (-1) event in time; returns false when there is none. */
    public boolean selectAdjacent(int direction) {
        TimeScale s = getScale();
        TimelineEvent next = Navigation.adjacent(getContent(), getSelectedEvent(), direction, s.secondAt(0),
                s.secondAt(getViewportWidth()));
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
    public void goTo(HistoricalDate date) {
        double[] interval = Navigation.intervalAround(date);
        show(interval[0], interval[1]);
    }

    /** Returns to the previous view, as a browser's Back does. */
    public void back() {
        recordView();
        TimeScale previous = history.back();
        if (previous != null) {
            moveTo(previous, getViewportWidth() / 2, 350);
        }
        updateHistoryState();
    }

    /** Returns to the view left by {@link #back()}. */
    public void forward() {
        TimeScale next = history.forward();
        if (next != null) {
            moveTo(next, getViewportWidth() / 2, 350);
        }
        updateHistoryState();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** How many frames have been painted; startup measurements wait for the first one with events. */
    public ReadOnlyIntegerProperty framesPaintedProperty() {
        return framesPainted.getReadOnlyProperty();
    }

    /** Remembers the view as it is now, for Back; a view that is still moving is remembered when it stops. */
    void recordView() {
        if (getViewportWidth() > 0 && !animator.isRunning()) {
            history.record(getScale(), getViewportWidth());
            updateHistoryState();
            // The period changed (a zoom, a pan, Go To Date): a screen reader says the new one.
            notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        }
    }

    /**
     * What a screen reader says for the timeline: the selected event as a sentence ("CFE Treaty
     * signed in Paris, 19 November 1990, Treaties signed, event 9 of 77, 5 links", and the size of the
     * cluster it is counted in when it is too close to others to be drawn alone), or, with nothing
     * selected, the period in view, how many events it shows and how many of them are counted in
     * clusters rather than shown one by one.
     */
    public String accessibleDescription() {
        TimelineContent shown = getContent();
        TimelineEvent event = getSelectedEvent();
        if (event != null && shown != null && shown.event(event.id()) != null) {
            Category category = event.category() == null ? null : shown.category(event.category());
            String lane = category != null ? category.name() : Messages.get("timeline.lane.uncategorised");
            TimelineLayout.ClusterBox cluster = drawn == null || drawn.layout().item(event.id()) != null ? null : drawn.layout().clusterOf(event);
            int clustered = cluster == null ? 0 : cluster.count();
            return Messages.get(clustered > 0 ? "a11y.timeline.eventInCluster" : "a11y.timeline.event", event.title(), event.dateText(), lane,
                    shown.timeIndexOf(event) + 1, shown.events().size(), shown.relations().all(event).size(), clustered);
        }
        if (shown == null || getViewportWidth() <= 0) {
            return Messages.get("a11y.timeline.role");
        }
        HistoricalDate from = HistoricalDate.containing(getScale().secondAt(0), Precision.DAY);
        HistoricalDate to = HistoricalDate.containing(getScale().secondAt(getViewportWidth()), Precision.DAY);
        int clustered = drawn == null ? 0 : drawn.layout().clusters().stream().mapToInt(TimelineLayout.ClusterBox::count).sum();
        return Messages.get("a11y.timeline.period", DateText.format(from), DateText.format(to), shown.events().size(), clustered);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        switch (attribute) {
            case TEXT:
                return accessibleDescription();
            case HELP:
                return Messages.get("a11y.timeline.help");
            default:
                return super.queryAccessibleAttribute(attribute, parameters);
        }
    }

    private void updateHistoryState() {
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }

    /** Where the view is heading: the end of the running glide, or where it is. */
    private TimeScale heading() {
        return animator.isRunning() ? animator.target() : getScale();
    }

    /** The scale kept within the zoom limits for the drawing area's width. */
    TimeScale clamped(TimeScale scale) {
        return scale.clamped(Math.max(1, getViewportWidth()), TimelineRenderer.maxSpan(getContent()));
    }

    /** The glide running now, or the last one: where it goes and how long it takes. Null before the first. */
    public ReadOnlyObjectProperty<Glide> lastGlideProperty() {
        return lastGlide.getReadOnlyProperty();
    }

    /** A move of the view: to {@code target}, over {@code millis}. */
    public record Glide(TimeScale target, double millis) {
    }

    private void moveTo(TimeScale target, double anchorX, double millis) {
        TimeScale goal = clamped(target);
        lastGlide.set(new Glide(goal, millis));
        if (!isAnimated() || millis <= 0 || getScene() == null || getViewportWidth() <= 0) {
            animator.stop();
            setScale(goal);
            recordView();
            return;
        }
        animator.animate(getScale(), goal, anchorX, getViewportWidth(), millis);
    }

    /** An event being dragged to a new date: the item as drawn, and the event where it would land. */
    record DragPreview(TimelineLayout.ItemBox item, TimelineEvent after) {
    }

    /** The event being dragged, while it is, for the skin to draw where it would land. */
    ObjectProperty<DragPreview> dragPreviewProperty() {
        return dragPreview;
    }

    /** Stops a running glide where it is (a drag or a pinch takes over). */
    void stopGliding() {
        animator.stop();
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

    ReadOnlyObjectWrapper<TimelineEvent> hoveredEventWrapper() {
        return hoveredEvent;
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
    public ObservableSet<String> getSelectedIds() {
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
    public ObjectProperty<Set<String>> matchesProperty() {
        return matches;
    }

    public Set<String> getMatches() {
        return matches.get();
    }

    public void setMatches(Set<String> ids) {
        matches.set(ids == null ? null : Set.copyOf(ids));
    }

    /**
     * How far the user scrolled the lanes down, in pixels. At a size where the lanes need less, they
     * are drawn scrolled only as far as they can be ({@link #shownLaneScroll()}), and this is kept.
     */
    public DoubleProperty laneScrollProperty() {
        return laneScroll;
    }

    /** How far the lanes are scrolled as drawn now: the scroll asked for, as far as this size allows. */
    public double shownLaneScroll() {
        return drawn == null ? laneScroll.get() : drawn.frame().laneScroll();
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

    /** Whether lanes that do not fill the drawing's height are drawn in its middle (as on a slide) rather than at the top. */
    public BooleanProperty centredLanesProperty() {
        return centredLanes;
    }

    public boolean isCentredLanes() {
        return centredLanes.get();
    }

    public void setCentredLanes(boolean value) {
        centredLanes.set(value);
    }

    /** Whether the strip showing the whole timeline is drawn below it; presentations hide it. */
    /** Whether every link among the shown events is drawn (faded), not only the selected event's. */
    public BooleanProperty allLinksVisibleProperty() {
        return allLinksVisible;
    }

    public boolean isAllLinksVisible() {
        return allLinksVisible.get();
    }

    public void setAllLinksVisible(boolean value) {
        allLinksVisible.set(value);
    }

    /** Which of the links that would be drawn are drawn; null for all of them. */
    public ObjectProperty<Predicate<ShownLink>> linkFilterProperty() {
        return linkFilter;
    }

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

    /** Where the "today" line is drawn, in seconds since 1970; null hides it. */
    public ObjectProperty<Double> todayProperty() {
        return today;
    }
}
