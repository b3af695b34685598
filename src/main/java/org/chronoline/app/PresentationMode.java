package org.chronoline.app;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.chronoline.view.LayoutMode;
import org.chronoline.view.PresentationSteps;
import org.chronoline.view.RenderStyle;
import org.chronoline.view.Theme;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineRenderer;
import org.chronoline.view.TimelineView;

/**
 * Presenting in class: a full-screen window of its own, in the projector theme, that walks through
 * the steps one at a time. Each step glides the timeline to the event in its context and shows the
 * event as a large card. The main window is left exactly as it was, so ending the presentation
 * returns to it unchanged. With a second screen, a presenter view there shows the next step, the
 * speaker notes and the time.
 */
final class PresentationMode {
    private static final String STYLESHEET = "/org/chronoline/app/presentation.css";
    /** How long the timeline takes to glide from one step to the next. */
    static final double STEP_MILLIS = 1000;

    /** What covers the screen when the teacher blanks it. */
    enum Blank {
        NONE, BLACK, WHITE
    }

    private final Stage owner;
    private final PresentationSteps steps;
    private final EventPictures pictures;
    private final Runnable onEnded;
    private final Stage stage = new Stage();
    private final TimelineView timeline = new TimelineView();
    private final StepCard card = new StepCard();
    private final ProgressBar progress = new ProgressBar();
    private final Label counter = new Label();
    private final HBox footer;
    private final Label jumpPrompt = new Label();
    private final Region blank = new Region();
    private final StepOverview overview;
    private final PresentationKeys keys;
    private final StackPane root;
    private final SlideLabels labels;
    /**
     * The teacher's type size over the screen's (+ and -), kept for the next presentation: the back
     * row of a long room, a small projection. The window's Text Size left the slides as they were.
     */
    private final SlideType type = new SlideType(new Settings());
    private Blank blanked = Blank.NONE;
    private PresenterView presenter;
    private boolean ended;

    private PresentationMode(Stage owner, TimelineContent content, PresentationSteps steps,
            EventPictures pictures, Runnable onEnded) {
        this.owner = owner;
        this.steps = steps;
        this.pictures = pictures;
        this.onEnded = onEnded;
        this.overview = new StepOverview(steps, this::jumpTo);
        this.keys = new PresentationKeys(this, overview, jumpPrompt);
        overview.visibleProperty().addListener((o, was, now) -> tellPresenter());
        this.labels = new SlideLabels(steps, content, LayoutMode.COMPACT);

        timeline.setId("presentation-timeline");
        timeline.setContent(content);
        // Events packed into as few rows as fit: category lanes would mostly be empty space at this type size.
        timeline.setLayoutMode(LayoutMode.COMPACT);
        timeline.setOverviewVisible(false);
        timeline.setEditable(false);
        timeline.setFocusTraversable(false);
        // Clicks anywhere move on; the timeline itself is not for exploring while presenting.
        timeline.setMouseTransparent(true);
        // Of the step's links, only the one to the next step is drawn: where the story goes from here.
        timeline.linkFilterProperty().set(link -> {
            TimelineEvent next = steps.next();
            return next != null && (link.fromId().equals(next.id()) || link.toId().equals(next.id()));
        });
        VBox.setVgrow(timeline, Priority.ALWAYS);
        // The band takes what the card leaves (fitType counts on it): preferring the height of all its rows, it
        // squeezed the card, whose summary then ended in "..." on one line once the type was larger.
        timeline.setPrefHeight(0);

        progress.getStyleClass().add("present-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        counter.getStyleClass().add("present-counter");
        counter.setId("present-counter");
        Label tourTitle = new Label(DisplayText.line(steps.title()));
        tourTitle.getStyleClass().add("present-tour");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        footer = new HBox(tourTitle, spring, counter);
        footer.getStyleClass().add("present-footer");
        card.setId("present-card");
        VBox slide = new VBox(timeline, card, progress, footer);
        slide.getStyleClass().add("present-slide");
        slide.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);

        jumpPrompt.getStyleClass().add("present-jump");
        jumpPrompt.setId("present-jump");
        jumpPrompt.setVisible(false);
        // Wrapped within the screen: at larger type on 1024 x 768, "No step 2100: ... Esc to can…" was cut.
        jumpPrompt.setWrapText(true);
        StackPane.setAlignment(jumpPrompt, Pos.CENTER);
        jumpPrompt.visibleProperty().addListener((o, was, shown) -> tellPresenter());
        jumpPrompt.textProperty().addListener((o, was, text) -> tellPresenter());
        blank.getStyleClass().add("present-blank");
        blank.setId("present-blank");
        blank.setVisible(false);
        blank.setOnMouseClicked(e -> setBlank(Blank.NONE));

        StackPane.setAlignment(type.note(), Pos.TOP_CENTER);
        StackPane root = new StackPane(slide, overview, jumpPrompt, type.note(), blank);
        // As wide as its text, and at most 85% of the screen: beyond, it wraps (a margin each side; bound, it filled all 85%).
        jumpPrompt.setMaxWidth(Region.USE_PREF_SIZE);
        root.widthProperty().addListener((o, was, width) -> StackPane.setMargin(jumpPrompt,
                new Insets(0, width.doubleValue() * 0.075, 0, width.doubleValue() * 0.075)));
        root.getStyleClass().add("presentation");
        Scene scene = new Scene(root, 1280, 720);
        // A dark window presents for a dark room; D switches between the two projector themes.
        boolean dark = owner.getScene() != null && !owner.getScene().getStylesheets().isEmpty()
                && owner.getScene().getStylesheets().get(0).equals(Theme.DARK.stylesheet());
        scene.getStylesheets().addAll((dark ? Theme.PROJECTOR_DARK : Theme.PROJECTOR).stylesheet(),
                PresentationMode.class.getResource(STYLESHEET).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::onKey);
        // Type scales with the screen: the same share of its height on a 768-line projector as at 1080.
        scene.heightProperty().addListener((o, old, now) -> root.setStyle(type.fontStyle(now.doubleValue())));
        root.setStyle(type.fontStyle(scene.getHeight()));
        this.root = root;
        // However long a summary is, the timeline keeps a third of the screen: the card gives way first.
        card.maxHeightProperty().bind(scene.heightProperty().multiply(0.55));
        timeline.minHeightProperty().bind(scene.heightProperty().multiply(0.3));
        // Rows that do not fill the band sit in its middle, not under the axis with the band empty below.
        timeline.setCentredLanes(true);
        timeline.setRowsFitted(true); // a slide does not scroll: what its height does not hold is counted into clusters
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(DisplayText.line(steps.title()));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnHidden(e -> end());
        Icons.setWindowIcons(stage);
        // The first frame and later size changes (the switch to full screen) show the step at once.
        // (The drawing area's width, which the timeline sets when it has laid itself out at the new size.)
        timeline.viewportWidthProperty().addListener((o, old, now) -> {
            if (now.doubleValue() > 0 && !timeline.isAnimating()) {
                showStep(false);
            }
        });
    }

    /**
     * Starts presenting {@code steps} over the timeline {@code content}, full screen on the projector
     * (the screen the main window is not on, when there are two), with the presenter view on the other.
     */
    static PresentationMode start(Stage owner, TimelineContent content, PresentationSteps steps,
            EventPictures pictures, Runnable onEnded) {
        PresentationMode mode = new PresentationMode(owner, content, steps, pictures, onEnded);
        mode.open();
        return mode;
    }

    /**
     * Presents in a window of exactly {@code bounds}, not full screen, on one screen: how the tests see
     * the presentation on a projector of any size.
     */
    static PresentationMode startIn(Stage owner, TimelineContent content, PresentationSteps steps, EventPictures pictures,
            Runnable onEnded, Rectangle2D bounds) {
        PresentationMode mode = new PresentationMode(owner, content, steps, pictures, onEnded);
        place(mode.stage, bounds);
        mode.stage.show();
        mode.stage.toFront();
        mode.showStep(false);
        mode.type.sayIfKept();
        return mode;
    }

    private void open() {
        List<Screen> screens = Screen.getScreens();
        Screen main = screenOf(owner);
        Screen projector = screens.stream().filter(s -> !s.equals(main)).findFirst().orElse(main);
        place(stage, projector.getBounds());
        stage.setFullScreen(true);
        stage.show();
        stage.toFront();
        showStep(false);
        type.sayIfKept();
        if (!projector.equals(main)) {
            openPresenterView(main);
        }
    }

    /** Opens the presenter view; on its own screen when there are two, or for rehearsing on one. */
    void openPresenterView(Screen screen) {
        if (presenter != null) {
            return;
        }
        presenter = new PresenterView(owner, steps, root);
        presenter.stage().getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys::onKey);
        place(presenter.stage(), screen.getVisualBounds());
        presenter.stage().show();
        presenter.stage().toFront(); // over the slides when they share the screen (a rehearsal)
        presenter.show(steps.index());
        tellPresenter();
    }

    private static void place(Stage stage, Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    private static Screen screenOf(Stage window) {
        List<Screen> under = Screen.getScreensForRectangle(window.getX() + window.getWidth() / 2,
                window.getY() + window.getHeight() / 2, 1, 1);
        return under.isEmpty() ? Screen.getPrimary() : under.get(0);
    }

    /** + and -: the type a tenth larger (up to half as large again) or smaller (down to 80%), the step shown again in it. */
    void changeType(int direction) {
        if (!type.change(direction)) {
            return;
        }
        root.setStyle(type.fontStyle(stage.getScene().getHeight()));
        root.applyCss();
        root.layout();
        showStep(false);
    }

    /** The type's size over the screen's, 1 unless the teacher changed it. */
    double typeScale() {
        return type.scale();
    }

    // ---- steps ---------------------------------------------------------------------------------

    /** The next step; past the last, the counter says that this is the end and how to leave (nothing moved, without a word). */
    void next() {
        if (steps.move(1)) {
            showStep(true);
        } else {
            counter.setText(Messages.get("present.counterEnd", steps.index() + 1, steps.size()));
        }
    }

    void previous() {
        if (steps.move(-1)) {
            showStep(true);
        }
    }

    /** Goes to a step numbered from 1, as the class sees them; other numbers are ignored. */
    void jumpTo(int number) {
        overview.hide();
        if (steps.moveTo(number - 1)) {
            showStep(true);
        }
    }

    private void showStep(boolean animate) {
        keys.clearTyped();
        TimelineEvent event = steps.current();
        int index = steps.index();
        card.show(event, pictures.of(event.image()));
        counter.setText(Messages.get("present.counter", index + 1, steps.size()));
        progress.setProgress((index + 1) / (double) steps.size());
        double[] context = steps.context(index);
        if (timeline.getViewportWidth() > 0) {
            context = roomForTitle(event, context);
            fitType(context);
            // Again at the size the labels are drawn: measured at the base size, a title made larger (+, or a roomy
            // band) was cut at the right edge, the one label the class is meant to read.
            timeline.applyCss();
            context = PresentationSteps.withRoomForTitle(event, timeline.getContent().events().inTimeOrder(), context, timeline.getViewportWidth(),
                    new TimelineRenderer(timeline.renderStyle()));
            timeline.present(event, steps.next(), context[0], context[1], animate ? STEP_MILLIS : 0);
        } else {
            timeline.setSelectedEvent(event);
        }
        if (presenter != null) {
            presenter.show(index);
        }
        announce(index);
    }

    /**
     * A screen reader hears each step as it comes: the card holds the keys (the presentation's keys
     * are the scene's, whatever holds them) and names the step and what it says. Before, nothing in
     * the presentation took the keys, and a step change was silent.
     */
    private void announce(int index) {
        card.setAccessibleText(Messages.get("present.spoken", index + 1, steps.size(), card.spokenText()));
        if (card.isFocused()) {
            card.notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT);
        } else {
            card.requestFocus();
        }
    }

    /** The step's period moved, when need be, so that its title fits whole (see {@link PresentationSteps#withRoomForTitle}). */
    private double[] roomForTitle(TimelineEvent event, double[] context) {
        double width = timeline.getViewportWidth();
        if (width <= 0) {
            return context;
        }
        timeline.setStyle("");
        timeline.applyCss();
        return PresentationSteps.withRoomForTitle(event, timeline.getContent().events().inTimeOrder(), context, width,
                new TimelineRenderer(timeline.renderStyle()));
    }

    /** Event labels as large as the band has room for, one size from step to step (see {@link SlideLabels}). */
    private void fitType(double[] context) {
        double width = timeline.getViewportWidth();
        Scene scene = stage.getScene();
        // The band may take what the card, the progress line and the footer leave.
        double height = scene.getHeight() - Math.min(card.prefHeight(scene.getWidth()), scene.getHeight() * 0.55)
                - progress.prefHeight(-1) - footer.prefHeight(-1);
        if (width <= 0 || height <= 0) {
            return;
        }
        timeline.setStyle("");
        timeline.applyCss();
        RenderStyle style = timeline.renderStyle();
        Font base = style.labelFont();
        double size = labels.sizeFor(context, width, height, style, scene.getWidth() + "x" + scene.getHeight() + "@" + type.scale());
        if (size > base.getSize()) {
            timeline.setStyle("-tl-label-font: bold " + size + "px \"" + base.getFamily() + "\";");
        }
    }

    // ---- input ---------------------------------------------------------------------------------

    private void onClick(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            next();
        } else if (e.getButton() == MouseButton.SECONDARY) {
            previous();
        }
    }

    /** Home and End: the first or the last step. */
    void firstStep() {
        if (steps.first()) {
            showStep(true);
        }
    }

    void lastStep() {
        if (steps.last()) {
            showStep(true);
        }
    }

    /** D: the projector theme for a lit room (dark on white) or for a darkened one (white on black). */
    void toggleDarkRoom() {
        List<String> sheets = stage.getScene().getStylesheets();
        sheets.set(0, (sheets.get(0).equals(Theme.PROJECTOR.stylesheet()) ? Theme.PROJECTOR_DARK : Theme.PROJECTOR).stylesheet());
    }

    /** Whether the presentation is in its dark-room theme. */
    boolean isDarkRoom() {
        return stage.getScene().getStylesheets().get(0).equals(Theme.PROJECTOR_DARK.stylesheet());
    }

    /** B or W again, or a click on the blank screen: the slide comes back. */
    void toggleBlank(Blank kind) {
        setBlank(blanked == kind ? Blank.NONE : kind);
    }

    void setBlank(Blank kind) {
        blanked = kind;
        blank.getStyleClass().removeAll("black", "white");
        if (kind != Blank.NONE) {
            blank.getStyleClass().add(kind == Blank.BLACK ? "black" : "white");
        }
        blank.setVisible(kind != Blank.NONE);
        tellPresenter();
    }

    /** The presenter view, if open, says what the room sees. */
    private void tellPresenter() {
        if (presenter != null) {
            presenter.showRoom(blanked, overview.isVisible(), jumpPrompt.isVisible() ? jumpPrompt.getText() : "");
        }
    }

    Blank blank() {
        return blanked;
    }

    /** Ends the presentation: closes its windows and hands the keyboard back to the main window. */
    void end() {
        if (ended) {
            return;
        }
        ended = true;
        if (presenter != null) {
            presenter.close();
        }
        stage.setFullScreen(false);
        stage.hide();
        onEnded.run();
    }

    // ---- for the window and tests --------------------------------------------------------------

    Stage stage() {
        return stage;
    }

    TimelineView timeline() {
        return timeline;
    }

    SlideLabels labels() {
        return labels;
    }

    PresentationSteps steps() {
        return steps;
    }

    PresenterView presenter() {
        return presenter;
    }
}
