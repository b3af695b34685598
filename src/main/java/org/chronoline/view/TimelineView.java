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
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.chronoline.model.Era;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;


/**
 * The timeline control: events of a {@link TimelineContent} on a zoomable, pannable time axis.
 * Its state is in properties (what is shown, the scale, the selection, the layout); drawing and
 * input live in {@link TimelineViewSkin}, how the period in view moves in {@link ViewMotion}, what a
 * screen reader says in {@link ScreenReaderText}. Colours and fonts come from CSS (see
 * {@link TimelineStyle}).
 */
public final class TimelineView extends Control {
    private final ObjectProperty<TimelineContent> content = new SimpleObjectProperty<>(this, "content", TimelineContent.EMPTY);
    private final ObjectProperty<TimeScale> scale = new SimpleObjectProperty<>(this, "scale", new TimeScale(0, 86_400));
    private final TimelineSelection selection = new TimelineSelection(this);
    private final ObjectProperty<TimelineEvent> selectedEvent = selection.primaryProperty();
    private final ReadOnlyObjectWrapper<TimelineEvent> hoveredEvent = new ReadOnlyObjectWrapper<>(this, "hoveredEvent");
    private final ReadOnlyObjectWrapper<Era> hoveredEra = new ReadOnlyObjectWrapper<>(this, "hoveredEra");
    private final ObjectProperty<LayoutMode> layoutMode = new SimpleObjectProperty<>(this, "layoutMode", LayoutMode.BY_CATEGORY);
    private final DoubleProperty laneScroll = new SimpleDoubleProperty(this, "laneScroll");
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final ReadOnlyDoubleWrapper viewportWidth = new ReadOnlyDoubleWrapper(this, "viewportWidth");
    private final ReadOnlyDoubleWrapper viewportHeight = new ReadOnlyDoubleWrapper(this, "viewportHeight");
    private final LaneReveal lanes = new LaneReveal(this);
    private final ViewMotion motion = new ViewMotion(this, lanes);
    private DrawnView drawn;
    private final ObjectProperty<DragPreview> dragPreview = new SimpleObjectProperty<>(this, "dragPreview");
    private TimelineRenderer renderer;
    private final BooleanProperty centredLanes = new SimpleBooleanProperty(this, "centredLanes", false);
    private final BooleanProperty rowsFitted = new SimpleBooleanProperty(this, "rowsFitted", false);
    /** Where the last step presented goes; with fitted rows, its eras are the ones given rows. */
    private final ObjectProperty<Packing.Period> presentedPeriod = new SimpleObjectProperty<>(this, "presentedPeriod");
    /** The id of the step a presentation goes to after the one presented, whose title a slide keeps too; null for none. */
    private String presentedNext;
    private final BooleanProperty overviewVisible = new SimpleBooleanProperty(this, "overviewVisible", true);
    private final BooleanProperty allLinksVisible = new SimpleBooleanProperty(this, "allLinksVisible", false);
    private final ObjectProperty<Predicate<ShownLink>> linkFilter = new SimpleObjectProperty<>(this, "linkFilter");
    /** The links last worked out, and what they were worked out from. */
    private List<ShownLink> shownLinks = List.of();
    private List<Object> shownLinksKey;
    private final ObjectProperty<Double> today = new SimpleObjectProperty<>(this, "today", System.currentTimeMillis() / 1000.0);
    private final ReadOnlyIntegerWrapper framesPainted =
            new ReadOnlyIntegerWrapper(this, "framesPainted");

    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", false);
    private final ObjectProperty<EditListener> editListener = new SimpleObjectProperty<>(this, "editListener");
    private final ObservableSet<String> selectedIds = selection.ids();
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
    final TimelineStyle.Values styles = new TimelineStyle.Values(this);

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        KeyedFocus.install(this); // the ring for focus handed back after a key, not only after Tab
        // For screen readers: what the timeline shows is said in words (see queryAccessibleAttribute).
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleRoleDescription(Messages.get("a11y.timeline.role"));
        selectedEvent.addListener((o, old, now) -> notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));
        content.addListener((o, old, now) -> notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));
        content.addListener((o, old, now) -> hoveredEvent.set(null));
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
        if (width != viewportWidth.get() || height != viewportHeight.get()) {
            lanes.keepInView(getSelectedEvent(), drawn);
        }
        motion.keepPeriod(viewportWidth.get(), width);
        viewportWidth.set(width);
        viewportHeight.set(height);
        motion.fitIfPending(width);
    }

    /** Where the view is heading: the end of the running glide, or the scale in view. */
    public TimeScale getHeadingScale() {
        return motion.heading();
    }

    /** How the period in view moves; the skin's mouse and keys move it through this. */
    ViewMotion motion() {
        return motion;
    }

    LaneReveal lanes() {
        return lanes;
    }

    /** Called by the skin after each frame: what it drew. */
    void drawn(DrawnView view) {
        drawn = view;
        framesPainted.set(framesPainted.get() + 1);
    }

    /** What the window shows now, or null before the first frame. */
    DrawnView drawnView() {
        return drawn;
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
                Math.max(1, getViewportHeight()), laneScroll.get(), screenPacking(Packing.forScreen(getLayoutMode())), noHover);
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

    /** Where the lanes are drawn, under the axis and the era ribbons, in the control's coordinates; null before the first frame. */
    public Bounds lanesBounds() {
        return drawn == null ? null : drawn.lanesBounds();
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
        motion.fitAll();
    }

    /** Shows all events and eras at once, without a glide: for a document just opened. */
    public void fitAllAtOnce() {
        motion.fitAllAtOnce();
    }

    /** Zooms in (factor > 1) or out around the middle of the view. */
    public void zoom(double factor) {
        zoomAround(factor, getViewportWidth() / 2);
    }

    /** Zooms around x, keeping the instant under x in place, with a short glide. */
    public void zoomAround(double factor, double x) {
        motion.zoomAround(factor, x);
    }

    /** Moves the view by a fraction of its width (negative: earlier). */
    public void panByViewFraction(double fraction) {
        motion.panBy(-fraction * getViewportWidth());
    }

    /** Shows the interval [from, to] (seconds), animated. */
    public void show(double fromSecond, double toSecond) {
        motion.show(fromSecond, toSecond);
    }

    /**
     * Selects an event and glides to the interval [from, to] around it over {@code millis} (0: at
     * once), scrolling its lane into view: one step of a presentation.
     */
    public void present(TimelineEvent event, double fromSecond, double toSecond, double millis) {
        present(event, null, fromSecond, toSecond, millis);
    }

    /** {@link #present(TimelineEvent, double, double, double)}, with the title of {@code next}, the step after it, kept where a row holds it. */
    public void present(TimelineEvent event, TimelineEvent next, double fromSecond, double toSecond, double millis) {
        presentedNext = next == null ? null : next.id();
        double width = getViewportWidth();
        presentedPeriod.set(width > 0 ? Packing.Period.shownBy(TimeScale.fitting(fromSecond, toSecond, width, TimelineRenderer.FIT_MARGIN), width)
                : new Packing.Period(fromSecond, toSecond));
        setSelectedEvent(event);
        lanes.reveal(event);
        motion.show(fromSecond, toSecond, millis);
    }

    /** Brings an event into view: pans when it fits at this zoom, zooms out just enough otherwise. */
    public void reveal(TimelineEvent event) {
        if (event == null) {
            return;
        }
        lanes.reveal(event);
        motion.bringIntoView(event);
    }

    /**
     * Shows a different document: its content, with the view history, scroll and selection of the
     * previous one forgotten. (Setting the content alone, as after an edit, keeps them.)
     */
    public void showDocument(TimelineContent newContent) {
        setContent(newContent);
        presentedPeriod.set(null);
        presentedNext = null;
        motion.forgetHistory();
        setLaneScroll(0);
        setSelectedEvent(null);
        lanes.forget();
    }

    /** Selects an event and brings it into view with a short animation; null clears the selection. */
    public void select(TimelineEvent event) {
        setSelectedEvent(event);
        reveal(event);
    }

    /** Selects the next (direction 1) or previous (-1) event in time; returns false when there is none. */
    public boolean selectAdjacent(int direction) {
        TimelineEvent next = adjacent(getSelectedEvent(), direction);
        if (next == null) {
            return false;
        }
        select(next);
        return true;
    }

    /**
     * Grows or shrinks the selection by the next (direction 1) or previous (-1) event in time, as
     * Shift+→ and Shift+← do in a list: the first of them anchors the run at the selected event;
     * away from the anchor they add the next event, back towards it they take the last one added
     * out again. The event reached is the primary one. So Edit Selected Events and New Tour from
     * Selection can be reached without a mouse, and a run gone one event too far is mended with the
     * other arrow. With nothing selected it selects, as ] and [ do. Returns false when there is no
     * such event.
     */
    public boolean extendSelection(int direction) {
        TimelineEvent primary = getSelectedEvent();
        if (primary == null) {
            return selectAdjacent(direction);
        }
        TimelineEvent next = adjacent(primary, direction);
        if (next == null) {
            return false;
        }
        selection.extendTo(next, direction, getContent());
        reveal(next);
        return true;
    }

    /** The event after (1) or before (-1) {@code from} in time, or from the period in view when {@code from} is null. */
    private TimelineEvent adjacent(TimelineEvent from, int direction) {
        TimeScale s = getScale();
        return Navigation.adjacent(getContent(), from, direction, s.secondAt(0), s.secondAt(getViewportWidth()));
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
        motion.goTo(date);
    }

    /** Returns to the previous view, as a browser's Back does. */
    public void back() {
        motion.back();
    }

    /** Returns to the view left by {@link #back()}. */
    public void forward() {
        motion.forward();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return motion.canGoBackProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return motion.canGoForwardProperty();
    }

    /** How many frames have been painted; startup measurements wait for the first one with events. */
    public ReadOnlyIntegerProperty framesPaintedProperty() {
        return framesPainted.getReadOnlyProperty();
    }

    /** What a screen reader says for the timeline; see {@link ScreenReaderText}. */
    public String accessibleDescription() {
        return ScreenReaderText.of(this);
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

    /** The glide running now, or the last one: where it goes and how long it takes. Null before the first. */
    public ReadOnlyObjectProperty<Glide> lastGlideProperty() {
        return motion.lastGlideProperty();
    }

    /** A move of the view: to {@code target}, over {@code millis}. */
    public record Glide(TimeScale target, double millis) {
    }

    /** An event being dragged to a new date: the item as drawn, and the event where it would land. */
    record DragPreview(TimelineLayout.ItemBox item, TimelineEvent after) {
    }

    /** The event being dragged, while it is, for the skin to draw where it would land. */
    ObjectProperty<DragPreview> dragPreviewProperty() {
        return dragPreview;
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

    /** The era whose ribbon the pointer is over, whose name and years its tooltip says. */
    public ReadOnlyObjectProperty<Era> hoveredEraProperty() {
        return hoveredEra.getReadOnlyProperty();
    }

    public Era getHoveredEra() {
        return hoveredEra.get();
    }

    ReadOnlyObjectWrapper<Era> hoveredEraWrapper() {
        return hoveredEra;
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
        selection.toggle(event, getContent());
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

    /**
     * Whether the lanes show only as many rows as the drawing's height holds, counting the rest into
     * clusters, so that they never scroll (as on a slide); otherwise they take the rows they need and
     * scroll.
     */
    public BooleanProperty rowsFittedProperty() {
        return rowsFitted;
    }

    public void setRowsFitted(boolean value) {
        rowsFitted.set(value);
    }

    ObjectProperty<Packing.Period> presentedPeriodProperty() {
        return presentedPeriod;
    }

    /** The id of the step presented after this one, or null (see {@link #present(TimelineEvent, TimelineEvent, double, double, double)}). */
    String presentedNext() {
        return presentedNext;
    }

    /**
     * {@code packing} as this view draws it: with fitted rows (a slide, which does not scroll), era
     * rows only for the eras of the step presented, so that a step before the first era has no
     * empty band above its lanes, and the step's own title given its row first, whole, when it would
     * not be whole in its row (see TimelineLayouter): the neighbours after it in its row cut it short
     * ("Oslo Fi…"), the one title the class is meant to read; then the next step's, where a row
     * holds it. Otherwise the whole file's era rows, which keep the lanes put while scrolling, and the
     * selected event kept out of the clusters where a row can hold it ({@link Packing#keeping}).
     */
    Packing screenPacking(Packing packing) {
        TimelineEvent presented = getSelectedEvent();
        if (!isRowsFitted()) {
            return packing.asSlideOf(null).keeping(presented == null ? null : presented.id());
        }
        Packing slide = packing.asSlideOf(presentedPeriod.get());
        return presented == null ? slide : slide.pinningStep(presented.id(), presentedNext);
    }

    public boolean isRowsFitted() {
        return rowsFitted.get();
    }

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
        return motion.animatingProperty();
    }

    public boolean isAnimating() {
        return motion.animatingProperty().get();
    }

    /** Where the "today" line is drawn, in seconds since 1970; null hides it. */
    public ObjectProperty<Double> todayProperty() {
        return today;
    }
}
