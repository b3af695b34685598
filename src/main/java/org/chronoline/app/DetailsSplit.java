package org.chronoline.app;

import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.chronoline.text.Messages;
import org.controlsfx.control.MasterDetailPane;

/**
 * How wide the side panel is beside the timeline, and whether it shows: about 30% of the window,
 * between 320 and 520 pixels, at any window size (wider while it holds the event form, as its
 * minimum width says); once the reader drags the divider or moves it from the keyboard (View >
 * Side Panel > Wider and Narrower), the share they chose, also at the next start. ControlsFX
 * keeps the detail node at the width of the window's first layout instead, so a window laid out
 * wide and then placed on a 1024 x 768 projector kept a 415-pixel panel and left the timeline
 * little room.
 *
 * <p>The reader may hide the panel (F9) to give the timeline the whole window, as at 200% text,
 * where the panel's line of reading is 560 pixels wide. It shows again while it holds the event
 * form, which has nowhere else to be, and the choice is kept for the next start.
 *
 * <p>With the filters open on the timeline's other side, both panels narrow to leave the timeline
 * half the window, the side panel down to its least width (a line of reading, in its stylesheet)
 * and the filters down to {@link #FILTERS_MIN_EM}: at 320 and 290 pixels they had left a
 * 1024-pixel window's timeline 354 pixels, every title in it cut. The filters' widths are in
 * ems, so that at a larger text size their names are not broken inside words ("Treati es signe
 * d"), but they take no more than a third of the window (or their least width at 100% text), and
 * beside a side panel at its least width they leave the timeline a quarter of the window.
 *
 * <p>Where even that leaves the timeline less than a quarter of the window (at 175% text and more
 * on a 1024-pixel projector: at 200% the panel's line of reading, 560 pixels, and the filters left
 * it 115), the panel steps aside while the filters are open and comes back when they close; F9
 * shows it again meanwhile. Its stepping aside is not the reader's choice and is not kept.
 */
final class DetailsSplit {
    static final double SHARE = 0.3;
    static final double MIN_WIDTH = 320;
    static final double MAX_WIDTH = 520;
    /** The filter panel's width where there is room, and its least where there is not, in ems of the window's text. */
    static final double FILTERS_EM = 290 / Appearance.BASE_FONT_PX;
    static final double FILTERS_MIN_EM = 270 / Appearance.BASE_FONT_PX;
    /** The filter panel's least width at any text size: its least at 100%. */
    private static final double FILTERS_LEAST_PX = FILTERS_MIN_EM * Appearance.BASE_FONT_PX;
    /** The most of the window the filters take for their least width in ems, without the side panel. */
    static final double ALONE_FILTERS_SHARE = 0.42;
    /** The timeline's least share of the window beside the side panel (the filters are part of it). */
    static final double LEAST_TIMELINE_SHARE = 0.4;
    /** How far Wider and Narrower move the divider: a twentieth of the window. */
    static final double STEP_SHARE = 0.05;
    private static final String CHOSEN_KEY = "window.timelineShare";
    private static final String SHOWN_KEY = "window.sidePanel";

    private final MasterDetailPane split;
    private final ObjectProperty<Node> besideTimeline;
    private final DoubleSupplier em;
    private final Settings settings;
    private final Consumer<String> say;
    private final Consumer<String> withdraw;
    /** Whether the panel stepped aside for the filters (hidden here, not by the reader): it comes back when they close. */
    private boolean asideForFilters;
    /** Whether the reader showed the panel again while the filters are open: it stays, however narrow the timeline. */
    private boolean keptBesideFilters;
    /** Whether the status line said, since the filters opened, why the panel stepped aside: once is enough. */
    private boolean toldAside;
    /** Set while the panel is shown or hidden here, not by the reader: nothing is kept for the next start. */
    private boolean steppingAside;
    /** Whether the reader wants the panel shown (F9); it shows anyway while {@link #keepShownWhile} holds. */
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private ObservableBooleanValue needed = new SimpleBooleanProperty(false);
    private boolean dragging;
    /** The timeline's share the reader chose, by dragging the divider or by Wider and Narrower; NaN until they do. */
    private double chosen = Double.NaN;

    /**
     * Sizes the panel of {@code split}, and the panel {@code besideTimeline} holds on the
     * timeline's other side while it holds one, {@code em} pixels to the em; a share the reader
     * chooses, and whether the panel shows, are kept in {@code settings} for the next start;
     * {@code say} tells the reader when the panel steps aside for the filters, and {@code withdraw} takes that message
     * back once it is no longer so, where the status line still says it.
     */
    DetailsSplit(MasterDetailPane split, ObjectProperty<Node> besideTimeline, DoubleSupplier em, Settings settings, Consumer<String> say,
            Consumer<String> withdraw) {
        this.split = split;
        this.besideTimeline = besideTimeline;
        this.em = em;
        this.settings = settings;
        this.say = say;
        this.withdraw = withdraw;
        double kept = settings.getDouble(CHOSEN_KEY, Double.NaN);
        chosen = kept >= LEAST_TIMELINE_SHARE && kept <= 0.9 ? kept : Double.NaN; // a share from elsewhere (edited, another version) is not trusted
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging = isDivider(e.getTarget()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging && !Double.isNaN(chosen)) {
                settings.putDouble(CHOSEN_KEY, chosen);
            }
            dragging = false;
        });
        split.dividerPositionProperty().addListener((o, old, now) -> {
            if (dragging) {
                chosen = now.doubleValue();
            }
        });
        // The skin makes the panel keep its width as the window's changes; here it takes its share instead.
        split.skinProperty().addListener((o, old, skin) -> {
            if (skin != null && split.getDetailNode() != null) {
                SplitPane.setResizableWithParent(split.getDetailNode(), true);
            }
        });
        split.widthProperty().addListener((o, old, width) -> fit(width.doubleValue()));
        besideTimeline.addListener((o, old, now) -> {
            if (now == null) {
                keptBesideFilters = false;
                toldAside = false;
                if (asideForFilters) {
                    comeBack();
                }
            }
            fit(split.getWidth());
        });
        // The panel asks for more room while it holds the event form, and gives it back after.
        if (split.getDetailNode() instanceof Region panel) {
            panel.minWidthProperty().addListener((o, old, min) -> fit(split.getWidth()));
        }
        shown.set(settings.getBoolean(SHOWN_KEY, true));
        split.setShowDetailNode(shown.get());
        shown.addListener((o, was, now) -> {
            if (!steppingAside) {
                settings.putBoolean(SHOWN_KEY, now);
                if (asideForFilters) {
                    withdrawAside();
                }
                asideForFilters = false;
                keptBesideFilters = now && besideTimeline.get() != null;
            }
            showOrHide();
        });
    }

    /** Sizes both panels again, as for a new width: after the text size changes (the filters' width is in ems). */
    void refit() {
        fit(split.getWidth());
    }

    /** Whether the reader wants the panel: View > Side Panel. */
    BooleanProperty shownProperty() {
        return shown;
    }

    /** The panel shows while {@code condition} holds (the event form is in it), whatever the reader chose. */
    void keepShownWhile(ObservableBooleanValue condition) {
        needed = condition;
        condition.addListener((o, was, now) -> showOrHide());
        showOrHide();
    }

    /** Whether the panel is on screen now. */
    boolean isShowing() {
        return split.isShowDetailNode();
    }

    /** Whether the panel is on screen: shown by the reader, or for the event form. */
    ReadOnlyBooleanProperty showingProperty() {
        return split.showDetailNodeProperty();
    }

    private void showOrHide() {
        boolean show = shown.get() || needed.get();
        if (show && !split.isShowDetailNode()) {
            fit(split.getWidth()); // the skin reopens the panel at the pane's divider position: its share, not where it closed
        }
        split.setShowDetailNode(show);
    }

    /**
     * Wider (+1) or narrower (-1) by a twentieth of the window, from the keyboard: the share is the
     * reader's choice from then on, as a drag's is. Returns the panel's new share of the window in
     * percent, or -1 when the panel is hidden or already as wide (the timeline keeps
     * {@link #LEAST_TIMELINE_SHARE}) or as narrow (a line of reading) as it may be.
     */
    int widen(int direction) {
        double width = split.getWidth();
        if (!isShowing() || width <= 0 || !(split.getDetailNode() instanceof Region panel)) {
            return -1;
        }
        double least = Math.max(0, panel.getMinWidth()) / width;
        // The share last chosen (keys pressed faster than the window is laid out each count), else the panel as drawn.
        double drawn = Double.isNaN(chosen) ? 1 - panel.getWidth() / width : chosen;
        double now = Math.max(LEAST_TIMELINE_SHARE, Math.min(drawn, 1 - least));
        double next = Math.max(LEAST_TIMELINE_SHARE, Math.min(now - direction * STEP_SHARE, 1 - least));
        if (Math.abs(next - now) * width < 2) { // the split pane places its divider on whole pixels
            return -1;
        }
        chosen = next;
        settings.putDouble(CHOSEN_KEY, chosen);
        fit(width);
        return (int) Math.round(100 * (1 - next));
    }

    /** The panel's share of the window, in percent. */
    int panelPercent() {
        return split.getDetailNode() instanceof Region panel && split.getWidth() > 0
                ? (int) Math.round(100 * panel.getWidth() / split.getWidth()) : 0;
    }

    private void fit(double width) {
        if (width > 0) {
            double beside = 0;
            if (besideTimeline.get() instanceof Region filters) {
                beside = filtersFor(width, em.getAsDouble());
                stepAsideIfNoRoom(width, beside);
                if (!isShowing()) {
                    // Without the side panel they may take 42% of the window, for their names' longest words at a large text size.
                    beside = Math.max(beside, Math.min(FILTERS_MIN_EM * em.getAsDouble(), width * ALONE_FILTERS_SHARE));
                }
                if (isShowing() && split.getDetailNode() instanceof Region panel && panel.getMinWidth() > 0) {
                    // Beside a panel at its least width the filters leave the timeline a quarter of the window where they
                    // can: at 200% text on a 1024-pixel screen it kept 123 pixels.
                    beside = Math.max(FILTERS_LEAST_PX, Math.min(beside, width * 0.75 - panel.getMinWidth()));
                }
                filters.setPrefWidth(beside);
            }
            double share = Double.isNaN(chosen) ? dividerFor(width, beside) : chosen;
            if (split.getDetailNode() instanceof Region panel && panel.getMinWidth() > 0) {
                share = Math.max(LEAST_TIMELINE_SHARE, Math.min(share, 1 - panel.getMinWidth() / width));
            }
            split.setDividerPosition(share);
        }
    }

    /**
     * Beside the filters, the panel steps aside where at its least width it would leave the timeline
     * less than a quarter of the window, and comes back where there is room again (a wider window, a
     * smaller text) or once the filters close. Not while it holds the event form, nor once the reader
     * has shown it again.
     */
    private void stepAsideIfNoRoom(double width, double beside) {
        double least = split.getDetailNode() instanceof Region panel ? Math.max(0, panel.getMinWidth()) : 0;
        boolean room = width - least - beside >= width / 4;
        if (!room && shown.get() && !needed.get() && !keptBesideFilters && !asideForFilters) {
            asideForFilters = true;
            showHere(false);
            if (!toldAside) {
                toldAside = true;
                say.accept(asideMessage());
            }
        } else if (room && asideForFilters) {
            comeBack();
        }
    }

    /** The panel, stepped aside for the filters, back: they closed, or there is room for both. */
    private void comeBack() {
        asideForFilters = false;
        showHere(true);
        withdrawAside();
    }

    /**
     * The panel is back: the status line no longer says it stepped aside. At 170% on 1024 x 768 "Side panel hidden
     * while the filters are open" stayed after they closed, over the panel shown again (German walk-through).
     */
    private void withdrawAside() {
        withdraw.accept(asideMessage());
    }

    private static String asideMessage() {
        return Messages.get("sidePanel.asideForFilters", LocalKeys.of("F9").getDisplayText());
    }

    private void showHere(boolean show) {
        steppingAside = true;
        try {
            shown.set(show);
        } finally {
            steppingAside = false;
        }
    }

    private static boolean isDivider(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** The divider's position (the timeline's share) for a window this wide, {@code beside} pixels of it filters. */
    static double dividerFor(double width, double beside) {
        double panel = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width * SHARE));
        if (beside > 0) {
            panel = Math.min(panel, width / 2 - beside); // the panel's least width is kept by fit
        }
        return Math.max(0.5, 1 - panel / width);
    }

    /**
     * The filter panel's width in a window this wide, {@code em} pixels to the em: a quarter of it,
     * within its least and its usual width, and its least no more than a third of the window.
     */
    static double filtersFor(double width, double em) {
        double least = Math.min(FILTERS_MIN_EM * em, Math.max(FILTERS_LEAST_PX, width / 3));
        return Math.max(least, Math.min(FILTERS_EM * em, width / 4));
    }
}
