package org.chronoline.view;

import javafx.animation.PauseTransition;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ClusterBox;
import org.chronoline.view.TimelineLayout.ItemBox;

/**
 * What the mouse, the trackpad and the keyboard do to a {@link TimelineView}: zoom, pan, scroll the
 * lanes, select, drag an event to a new date. It changes the control's state and asks what is
 * where of what was last drawn ({@link DrawnView}); it draws nothing itself.
 */
final class TimelineInput {
    private static final double WHEEL_STEP = 1.25;
    private static final double KEY_ZOOM = 1.5;
    private static final double DRAG_THRESHOLD = 4;

    private final TimelineView view;
    private final Node surface;
    /** Records the view once the wheel has been still for a moment. */
    private final PauseTransition wheelSettled = new PauseTransition(Duration.millis(450));
    private final Tooltip dragTip = new Tooltip();

    private double pressX;
    private double pressY;
    private TimeScale pressScale;
    private double pressScroll;
    private boolean dragging;

    /** What a drag that started on the drawing does. */
    private enum DragKind {
        PAN,
        MOVE,
        RESIZE,
        /** A move or resize the user cancelled with Esc: the rest of the drag does nothing. */
        CANCELLED
    }

    private DragKind dragKind = DragKind.PAN;
    private ItemBox draggedItem;
    /** Where L started walking through links, and the event the last L reached. */
    private TimelineEvent linkWalkOrigin;
    private String linkWalkEnd;

    /** Listens to {@code surface} (the drawing) for the pointer and to the control for keys. */
    TimelineInput(TimelineView view, Node surface) {
        this.view = view;
        this.surface = surface;
        wheelSettled.setOnFinished(e -> view.motion().recordView());
        surface.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        surface.addEventHandler(ZoomEvent.ZOOM, e -> {
            view.motion().zoomAroundNow(e.getZoomFactor(), e.getX());
            e.consume();
        });
        // The view a pinch ends at, for Back (a glide's end recorded each step of it, when any stop of a glide did).
        surface.addEventHandler(ZoomEvent.ZOOM_FINISHED, e -> view.motion().recordView());
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        surface.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            view.hoveredEventWrapper().set(null);
            view.hoveredEraWrapper().set(null);
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private Object hit(double x, double y) {
        DrawnView drawn = view.drawnView();
        return drawn == null ? null : drawn.hit(x, y);
    }

    private double maxScroll() {
        DrawnView drawn = view.drawnView();
        return drawn == null ? 0 : drawn.maxScroll();
    }

    private void scrollLanesTo(double scroll) {
        view.setLaneScroll(Math.max(0, Math.min(maxScroll(), scroll)));
    }

    // ---- pointer -------------------------------------------------------------------------------

    private void onScroll(ScrollEvent e) {
        if (e.isShiftDown()) {
            double dy = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            scrollLanesTo(view.shownLaneScroll() - dy);
        } else if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            view.motion().stopGliding();
            view.setScale(view.motion().panned(view.getScale(), view.getScale().pannedBy(e.getDeltaX())));
        } else if (e.getDeltaY() != 0) {
            double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
            view.zoomAround(Math.pow(WHEEL_STEP, notches), e.getX());
        }
        wheelSettled.playFromStart();
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        view.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        pressScale = view.getScale();
        pressScroll = view.shownLaneScroll();
        dragging = false;
        dragKind = DragKind.PAN;
        draggedItem = null;
        view.dragPreviewProperty().set(null);
        Object hit = hit(e.getX(), e.getY());
        if (view.isEditable() && e.getButton() == MouseButton.PRIMARY && !e.isShortcutDown() && hit instanceof ItemBox) {
            ItemBox item = (ItemBox) hit;
            TimelineEvent selected = view.getSelectedEvent();
            if (selected != null && selected.id().equals(item.event().id())) {
                draggedItem = item;
                dragKind = isOnEnd(item, e.getX()) ? DragKind.RESIZE : DragKind.MOVE;
            }
        }
    }

    /** The right end of a span's bar, where dragging resizes it. */
    private static boolean isOnEnd(ItemBox item, double x) {
        return !item.point() && x >= item.x1() - 6 && x <= item.x1() + 4;
    }

    private void onReleased(MouseEvent e) {
        TimelineView.DragPreview preview = view.dragPreviewProperty().get();
        if ((dragKind == DragKind.MOVE || dragKind == DragKind.RESIZE) && preview != null) {
            TimelineEvent before = draggedItem.event();
            TimelineEvent after = preview.after();
            boolean resized = dragKind == DragKind.RESIZE;
            endEventDrag();
            TimelineView.EditListener listener = view.getEditListener();
            if (listener != null && !after.equals(before)) {
                listener.eventChanged(before, after, resized);
            }
        } else if (dragKind != DragKind.PAN) {
            endEventDrag();
        }
    }

    private void endEventDrag() {
        dragKind = DragKind.PAN;
        draggedItem = null;
        view.dragPreviewProperty().set(null);
        dragTip.hide();
    }

    private void dragEvent(MouseEvent e) {
        double seconds = (e.getX() - pressX) * view.getScale().secondsPerPixel();
        TimelineEvent original = draggedItem.event();
        TimelineEvent after = dragKind == DragKind.RESIZE ? original.withEndMovedBy(seconds) : original.movedBy(seconds);
        view.dragPreviewProperty().set(new TimelineView.DragPreview(draggedItem, after));
        dragTip.setText(after.dateText());
        if (!dragTip.isShowing()) {
            dragTip.show(surface, e.getScreenX() + 14, e.getScreenY() + 18);
        } else {
            dragTip.setAnchorX(e.getScreenX() + 14);
            dragTip.setAnchorY(e.getScreenY() + 18);
        }
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressScale == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        if (!dragging) {
            dragging = true;
            view.motion().stopGliding();
            surface.setCursor(dragKind == DragKind.PAN ? Cursor.CLOSED_HAND : dragKind == DragKind.RESIZE ? Cursor.H_RESIZE : Cursor.MOVE);
        }
        if (dragKind == DragKind.CANCELLED) {
            return;
        }
        if (dragKind != DragKind.PAN) {
            dragEvent(e);
            return;
        }
        view.setScale(view.motion().panned(view.getScale(), pressScale.pannedBy(dx)));
        scrollLanesTo(pressScroll - dy);
    }

    private void onClicked(MouseEvent e) {
        if (dragging) {
            dragging = false;
            surface.setCursor(Cursor.DEFAULT);
            view.motion().recordView();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Object hit = hit(e.getX(), e.getY());
        ShownLink link = hit == null ? linkAt(e.getX(), e.getY()) : null;
        if (link != null) {
            follow(link);
        } else if (hit instanceof ItemBox && e.isShortcutDown()) {
            view.toggleSelected(((ItemBox) hit).event());
        } else if (hit instanceof ItemBox) {
            view.setSelectedEvent(((ItemBox) hit).event());
        } else if (hit == null && e.getClickCount() == 2 && e.isShortcutDown() && view.isEditable() && view.getEditListener() != null) {
            HistoricalDate at = view.dateAt(e.getX());
            if (at != null) {
                view.getEditListener().createRequested(at);
            }
        } else if (hit instanceof ClusterBox) {
            ClusterBox cluster = (ClusterBox) hit;
            view.show(cluster.fromSecond(), Math.max(cluster.toSecond(), cluster.fromSecond() + TimeScale.MIN_SPAN_SECONDS));
        } else if (e.getClickCount() == 2) {
            view.zoomAround(2, e.getX());
        } else {
            view.setSelectedEvent(null);
        }
    }

    private ShownLink linkAt(double x, double y) {
        DrawnView drawn = view.drawnView();
        return drawn == null ? null : drawn.linkAt(x, y);
    }

    /** Selects the event at the far end of a clicked arrow: the end that is not selected, or where it points. */
    private void follow(ShownLink link) {
        TimelineEvent selected = view.getSelectedEvent();
        boolean fromSelected = selected != null && (selected.id().equals(link.fromId()) || selected.id().equals(link.toId()));
        String target = fromSelected ? link.otherEnd(selected.id()) : link.toId();
        TimelineEvent event = view.getContent().event(target);
        if (event != null) {
            view.select(event);
        }
    }

    private void hover(double x, double y) {
        Object hit = hit(x, y);
        view.hoveredEventWrapper().set(hit instanceof ItemBox ? ((ItemBox) hit).event() : null);
        DrawnView drawn = view.drawnView();
        view.hoveredEraWrapper().set(hit == null && drawn != null ? drawn.eraAt(x, y) : null);
        Cursor cursor = hit != null || linkAt(x, y) != null ? Cursor.HAND : Cursor.DEFAULT;
        if (hit instanceof ItemBox && view.isEditable() && view.getSelectedEvent() != null
                && view.getSelectedEvent().id().equals(((ItemBox) hit).event().id())) {
            cursor = isOnEnd((ItemBox) hit, x) ? Cursor.H_RESIZE : Cursor.MOVE;
        }
        surface.setCursor(cursor);
    }

    // ---- keyboard ------------------------------------------------------------------------------

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        double width = view.getViewportWidth();
        KeyCode code = e.getCode();
        switch (code) {
            case PLUS:
            case ADD:
            case EQUALS:
                view.zoomAround(KEY_ZOOM, width / 2);
                break;
            case MINUS:
            case SUBTRACT:
                view.zoomAround(1 / KEY_ZOOM, width / 2);
                break;
            case LEFT:
            case RIGHT:
                if (e.isShiftDown()) {
                    view.extendSelection(code == KeyCode.RIGHT ? 1 : -1); // grows the run, or takes back its last; Esc clears it
                } else {
                    view.motion().panBy((code == KeyCode.RIGHT ? -width : width) / 5);
                }
                break;
            case UP:
            case DOWN: {
                DrawnView drawn = view.drawnView();
                double row = drawn == null ? 24 : drawn.layout().metrics().rowHeight();
                scrollLanesTo(view.shownLaneScroll() + row * 3 * (code == KeyCode.UP ? -1 : 1));
                break;
            }
            case HOME:
                view.selectFirst();
                break;
            case END:
                view.selectLast();
                break;
            case OPEN_BRACKET:
                view.selectAdjacent(-1);
                break;
            case CLOSE_BRACKET:
                view.selectAdjacent(1);
                break;
            case Z:
                view.zoomToSelection();
                break;
            case L: {
                // L walks through the links of the event it started from, even though each step selects another event.
                TimelineEvent selected = view.getSelectedEvent();
                if (selected == null || linkWalkEnd == null || !selected.id().equals(linkWalkEnd)) {
                    linkWalkOrigin = selected;
                }
                TimelineEvent reached = view.followLink(linkWalkOrigin, e.isShiftDown() ? -1 : 1);
                linkWalkEnd = reached == null ? null : reached.id();
                break;
            }
            case ESCAPE:
                if (dragKind == DragKind.MOVE || dragKind == DragKind.RESIZE) {
                    view.dragPreviewProperty().set(null);
                    dragKind = DragKind.CANCELLED;
                    dragTip.hide();
                    break;
                }
                if (view.getSelectedEvent() == null) {
                    return;
                }
                view.setSelectedEvent(null);
                break;
            default:
                return;
        }
        e.consume();
    }
}
