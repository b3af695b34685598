package org.chronoline.app;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.chronoline.text.Messages;
import org.chronoline.view.KeyedFocus;

/**
 * Every dialog of the window goes through here (JabRef's DialogService is the model): it belongs
 * to the window, wears the window's theme (the same stylesheets, so a dark or high-contrast theme
 * reaches every dialog, and styles such as the shortcuts grid apply), fits the screen it opens on,
 * and content taller than the screen scrolls instead of running off it.
 */
final class Dialogs {
    private final Window owner;
    /** The window's text size, as an inline style for a dialog's root. */
    private final Supplier<String> fontStyle;
    /** The window's text size as a share of the usual (1 to 2): a dialog's header and buttons grow with it. */
    private final DoubleSupplier textScale;

    Dialogs(Window owner, Supplier<String> fontStyle, DoubleSupplier textScale) {
        this.owner = owner;
        this.fontStyle = fontStyle;
        this.textScale = textScale;
    }

    /** The window dialogs belong to, for the system's file choosers. */
    Window owner() {
        return owner;
    }

    /** Makes a dialog one of the window's: owned, themed, fitted, scrolling. Returns it for chaining. */
    <D extends Dialog<?>> D prepare(D dialog) {
        if (dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        DialogPane pane = dialog.getDialogPane();
        if (owner != null && owner.getScene() != null) {
            List<String> sheets = owner.getScene().getStylesheets();
            pane.getStylesheets().removeAll(sheets);
            pane.getStylesheets().addAll(sheets);
        }
        pane.getStyleClass().add("chronoline-dialog");
        pane.setStyle(fontStyle.get());
        KeyedFocus.install(pane); // its controls wear the keyboard's ring, and its keys hand the window's focus back keyed
        dialog.setResizable(true);
        Node content = pane.getContent();
        boolean labelBesideField = dialog instanceof javafx.scene.control.ChoiceDialog || dialog instanceof javafx.scene.control.TextInputDialog;
        if (content != null && !(content instanceof ScrollPane)) {
            pane.setContent(scrolling(content, labelBesideField));
        }
        pane.contentProperty().addListener((o, old, now) -> {
            // Content set again after this (a choice dialog sets its grid again with its label), scrolled again too.
            if (now != null && !(now instanceof ScrollPane)) {
                pane.setContent(scrolling(now, labelBesideField));
            }
        });
        // Sized once shown, on a later pulse (at the shown event its size is not known yet): fitted whenever it changes.
        dialog.setOnShown(e -> fit(dialog));
        dialog.widthProperty().addListener((o, was, now) -> fit(dialog));
        dialog.heightProperty().addListener((o, was, now) -> fit(dialog));
        nameStockButtons(pane);
        pane.getButtonTypes().addListener((ListChangeListener<ButtonType>) change -> nameStockButtons(pane));
        wrapHeader(pane);
        pane.headerTextProperty().addListener((o, was, now) -> wrapHeader(pane));
        pane.graphicProperty().addListener((o, was, now) -> wrapHeader(pane)); // (the header's label is made again then too)
        return dialog;
    }

    /** Makes {@code type}'s button the one Enter presses and the one with the keyboard when the dialog shows. */
    void defaultTo(Dialog<?> dialog, ButtonType type) {
        DialogPane pane = dialog.getDialogPane();
        for (ButtonType each : pane.getButtonTypes()) {
            if (pane.lookupButton(each) instanceof Button button) {
                button.setDefaultButton(each == type);
            }
        }
        EventHandler<DialogEvent> shown = dialog.getOnShown();
        dialog.setOnShown(e -> {
            if (shown != null) {
                shown.handle(e);
            }
            pane.lookupButton(type).requestFocus();
        });
    }

    /**
     * A header of one long sentence wraps at a comfortable line ({@value #ALERT_WIDTH_EM} em), however wide the dialog:
     * the publish dialog's question, at 200%, made the dialog as wide as the screen on one line.
     */
    private void wrapHeader(DialogPane pane) {
        if (pane.lookup(".header-panel .label") instanceof Labeled header) {
            header.setMaxWidth(ALERT_WIDTH_EM * Appearance.BASE_FONT_PX * Math.max(1, textScale.getAsDouble()));
        }
    }

    /** JavaFX's own buttons and the message naming each in Chronoline's language. */
    private static final Map<ButtonType, String> STOCK_BUTTONS = Map.of(ButtonType.OK, "button.ok", ButtonType.CANCEL,
            "button.cancel", ButtonType.CLOSE, "button.close");

    /**
     * Names JavaFX's OK, Cancel and Close in Chronoline's language: JavaFX names them in the
     * system's, and in English where it has no words (Polish and Russian dialogs said "Cancel").
     * The pane makes its buttons again when their list changes, so this runs again then.
     */
    private static void nameStockButtons(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = STOCK_BUTTONS.get(type);
            if (key != null && pane.lookupButton(type) instanceof Button button) {
                button.setText(Messages.get(key));
            }
        }
    }

    /**
     * Content in a scroll pane, which takes the content's natural size until the screen is too small
     * for it: then it is as tall as leaves room for the dialog's header and buttons, and scrolls.
     */
    private ScrollPane scrolling(Node content, boolean labelBesideField) {
        if (labelBesideField && content instanceof javafx.scene.layout.GridPane grid) {
            // JavaFX's choice and text dialogs: a label and its field side by side. Narrowed to the screen, the field gives
            // way and the label stays whole (at 200% on 1024 pixels "Resolution:" broke letter by letter beside its choice).
            for (Node child : grid.getChildren()) {
                if (child instanceof Labeled label) {
                    label.setMinWidth(Region.USE_PREF_SIZE);
                } else if (child instanceof javafx.scene.control.ComboBoxBase<?> choice) {
                    choice.setMinWidth(MIN_FIELD_WIDTH);
                    choice.setMaxWidth(Double.MAX_VALUE);
                    javafx.scene.layout.GridPane.setHgrow(choice, javafx.scene.layout.Priority.ALWAYS);
                }
            }
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(Boolean.TRUE.equals(content.getProperties().get(FILLS_HEIGHT)));
        scroll.getStyleClass().add("dialog-scroll");
        Rectangle2D area = screenArea();
        // The header and the buttons grow with the type: at twice the size, the OK button ran off a 768-pixel screen.
        double tallest = Math.max(160, area.getHeight() - ROOM_FOR_HEADER_AND_BUTTONS * Math.max(1, textScale.getAsDouble()));
        // The dialog sizes itself to its content's preferred size: the scroll pane's must not exceed the screen.
        // Text that wraps is measured at the width it has: its height without a width is the height of its lines unwrapped.
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(tallest, content.getContentBias() == javafx.geometry.Orientation.HORIZONTAL
                        ? content.prefHeight(content.prefWidth(-1)) : content.prefHeight(-1)), content.layoutBoundsProperty()));
        scroll.prefViewportWidthProperty().bind(Bindings.createDoubleBinding(
                () -> atMostTheScreen(content.prefWidth(-1)), content.layoutBoundsProperty()));
        // Content that scrolls can be reached with Tab and scrolled with the arrows and Page Down: help of
        // only text (F1's list of keys at 768 lines) showed its first rows, and the keys stayed on OK.
        scroll.focusTraversableProperty().bind(Bindings.createBooleanBinding(
                () -> content.getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight() + 1,
                content.layoutBoundsProperty(), scroll.viewportBoundsProperty()));
        // Page Down and Page Up a page at a time: the scroll pane's own step was a tenth of the list, some 45 pixels.
        scroll.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            double hidden = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            boolean down = e.getCode() == javafx.scene.input.KeyCode.PAGE_DOWN;
            if (e.getTarget() == scroll && hidden > 0 && (down || e.getCode() == javafx.scene.input.KeyCode.PAGE_UP)) {
                double by = 0.9 * scroll.getViewportBounds().getHeight() / hidden;
                scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + (down ? by : -by))));
                e.consume();
            }
        });
        return scroll;
    }

    /** The mark of content that takes the dialog's height: see {@link #fillsHeight}. */
    private static final Object FILLS_HEIGHT = new Object();

    /**
     * Marks content whose list or table takes the dialog's height, growing when the dialog is made taller and shrinking
     * to its least height before the dialog scrolls: a list that kept its height in a dialog that scrolled showed one row
     * at 200% on a 768-line screen, with two scroll bars. Content of text alone is not marked: its labels would be cut
     * short rather than scrolled.
     */
    static <N extends Node> N fillsHeight(N content) {
        content.getProperties().put(FILLS_HEIGHT, Boolean.TRUE);
        return content;
    }

    /** The least width of a dialog's choice: it shows its text cut short below that. */
    private static final double MIN_FIELD_WIDTH = 120;

    /** What a dialog needs besides its content: its title bar, header and buttons. */
    private static final double ROOM_FOR_HEADER_AND_BUTTONS = 240;

    private Rectangle2D screenArea() {
        return owner == null ? Screen.getPrimary().getVisualBounds() : WindowPlacement.screenOf(owner).getVisualBounds();
    }

    /** The shown dialog within the visual bounds of its screen. */
    private void fit(Dialog<?> dialog) {
        if (!dialog.isShowing() || Double.isNaN(dialog.getWidth()) || Double.isNaN(dialog.getHeight())) {
            return;
        }
        // The screen the dialog is on, where it has been put on another (a projector beside the laptop): else the window's.
        List<Screen> on = Double.isNaN(dialog.getX()) || Double.isNaN(dialog.getY()) ? List.of()
                : Screen.getScreensForRectangle(dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight());
        Rectangle2D area = on.isEmpty() ? screenArea() : on.get(0).getVisualBounds();
        if (dialog.getWidth() > area.getWidth()) {
            dialog.setWidth(area.getWidth());
        }
        if (dialog.getHeight() > area.getHeight()) {
            dialog.setHeight(area.getHeight());
        }
        dialog.setX(Math.max(area.getMinX(), Math.min(dialog.getX(), area.getMaxX() - dialog.getWidth())));
        dialog.setY(Math.max(area.getMinY(), Math.min(dialog.getY(), area.getMaxY() - dialog.getHeight())));
    }

    /** An alert of the window. */
    Alert alert(Alert.AlertType type, String title, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setTitle(title);
        alert.setHeaderText(header);
        prepare(alert);
        // As wide as a sentence reads well, at most the screen: a header naming a file of 200 letters
        // with no space to wrap at made the dialog wider than a 1024-pixel screen, its OK button off it.
        DialogPane pane = alert.getDialogPane();
        // Each button as wide as its name, never less: the bar shrank one to "Продолжить редактиров...".
        for (ButtonType each : pane.getButtonTypes()) {
            if (pane.lookupButton(each) instanceof Button button) {
                button.setMinWidth(Region.USE_PREF_SIZE);
                ButtonBar.setButtonUniformSize(button, false); // the uniform width was worked out before the dialog's type
            }
        }
        pane.applyCss();
        Node sentence = pane.lookup(".content.label");
        double em = sentence instanceof Labeled label ? label.getFont().getSize() : Font.getDefault().getSize();
        Node bar = pane.lookup(".button-bar");
        double buttonsWidth = bar == null ? 0 : bar.prefWidth(-1) + pane.snappedLeftInset() + pane.snappedRightInset();
        pane.setPrefWidth(atMostTheScreen(Math.max(ALERT_WIDTH_EM * em, buttonsWidth)));
        return alert;
    }

    /**
     * A list's cell whose text wraps at the list's width: a long title (a tour's step, an era with its
     * dates) was cut behind a scroll bar sideways, with the dialog's room unused.
     */
    static void wrapInList(javafx.scene.control.ListCell<?> cell) {
        cell.setWrapText(true);
        cell.setPrefWidth(0); // the list's width, not the text's: the text wraps instead of widening the row
    }

    /**
     * Makes a prepared dialog {@code ems} wide in its own type, or the screen's width when that is
     * less: content that wraps (a table of keys and what they do) then wraps to the screen instead
     * of running off it.
     */
    void fitWidth(DialogPane pane, double ems, Labeled measuredBy) {
        fitWidth(pane, ems, measuredBy, 0);
    }

    /** As {@link #fitWidth(DialogPane, double, Labeled)}, and at least {@code pixels} wide while the screen has room. */
    void fitWidth(DialogPane pane, double ems, Labeled measuredBy, double pixels) {
        pane.applyCss();
        pane.setPrefWidth(atMostTheScreen(Math.max(pixels, ems * measuredBy.getFont().getSize())));
    }

    /** {@code width}, or the screen's width less a margin when that is less (never under 320 pixels). */
    private double atMostTheScreen(double width) {
        return Math.min(Math.max(320, screenArea().getWidth() - 60), width);
    }

    /** An alert's width in em of its text: about 70 characters, a comfortable line. */
    private static final double ALERT_WIDTH_EM = 36;

    /** Shows an error and waits until it is read. */
    void error(String title, String header, String text) {
        Alert alert = alert(Alert.AlertType.ERROR, title, header, text, ButtonType.OK);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    /** Shows an error without waiting (after background work). */
    void errorLater(String title, String header, String text) {
        alert(Alert.AlertType.ERROR, title, header, text, ButtonType.OK).show();
    }
}
