package org.chronoline.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;

/**
 * The side panel's text as one stop of the keyboard: its heading takes the keys (Enter on the
 * timeline gives them to it), a screen reader then hears the whole text, and the arrow keys, Page
 * Up, Page Down, Home and End scroll it. Before, nothing in the panel but its buttons and links took
 * the keys: a screen reader could not reach a description, nor a keyboard scroll one longer than
 * the panel.
 */
final class ReadingStop {
    static final String STYLE = "details-reading-stop";
    /** The text's pane while its stop has the keys: the ring goes round the whole text, in view however far it is scrolled. */
    static final javafx.css.PseudoClass READING = javafx.css.PseudoClass.getPseudoClass("reading");
    /** How far an arrow key scrolls, in pixels: about two lines of reading. */
    private static final double LINE = 40;

    private ReadingStop() {
    }

    /** Makes {@code heading} the stop for the text of {@code scroll}, which it heads. */
    static void install(Label heading, ScrollPane scroll) {
        heading.getStyleClass().add(STYLE);
        heading.setFocusTraversable(true);
        heading.setAccessibleRole(AccessibleRole.TEXT);
        List<String> said = texts(scroll.getContent(), new ArrayList<>());
        said.remove(heading.getText());
        said.add(0, heading.getText()); // heard first, before the category chip above it
        heading.setAccessibleText(String.join("\n", said));
        // Round the heading, the ring went out of view with it at the first Page Down, and nothing showed where the keys were.
        heading.focusedProperty().addListener((o, was, now) -> scroll.pseudoClassStateChanged(READING, now));
        heading.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
                return;
            }
            double viewport = scroll.getViewportBounds().getHeight();
            double by = switch (e.getCode()) {
                case UP -> -LINE;
                case DOWN -> LINE;
                case PAGE_UP -> -viewport * 0.9;
                case PAGE_DOWN -> viewport * 0.9;
                case HOME -> Double.NEGATIVE_INFINITY;
                case END -> Double.POSITIVE_INFINITY;
                default -> 0;
            };
            if (by != 0) {
                scrollBy(scroll, by);
                e.consume();
            }
        });
    }

    /** The stop in {@code node}, or null when it has none. */
    static Node in(Parent node) {
        return node.lookup("." + STYLE);
    }

    private static void scrollBy(ScrollPane scroll, double pixels) {
        double hidden = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        double now = scroll.getVvalue() * hidden;
        scroll.setVvalue(Math.max(0, Math.min(1, (now + pixels) / hidden)));
    }

    /** Every label's text under {@code node}, in reading order; buttons and links say themselves when they have the keys. */
    private static List<String> texts(Node node, List<String> into) {
        if (node == null || !node.isVisible()) {
            return into;
        }
        if (node instanceof Label label) {
            if (label.getText() != null && !label.getText().isBlank()) {
                into.add(label.getText());
            }
        } else if (node instanceof javafx.scene.text.TextFlow flow) {
            into.add(HighlightedText.textOf(flow)); // a paragraph with words a search found
        } else if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            parent.getChildrenUnmodifiable().forEach(child -> texts(child, into));
        }
        return into;
    }
}
