package org.chronoline.app;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.TextFlow;
import org.chronoline.model.DisplayText;

/**
 * Text from the file set in its own direction: a title or paragraph whose first letter is Hebrew or
 * Arabic ({@link DisplayText#readsRightToLeft}) reads from the right, its lines set against the right
 * edge of their room, as the page, the handout and the SVG set it. Any other text keeps the window's
 * direction. Before, such a paragraph in the side panel was set against the left edge, ragged on the
 * right, with the space after a line's last word shown at the next line's start.
 */
final class ReadingDirection {
    private ReadingDirection() {
    }

    /** Where a node keeps the greatest width it had before it was widened for a text from the right. */
    private static final Object NARROWER = new Object();

    /**
     * Sets {@code node} in the direction {@code text} reads, as wide as its room so that its lines reach the right edge;
     * called again for a text of the other direction (the next card), it puts back the direction and width it had.
     */
    static <T extends Region> T follow(T node, String text) {
        if (orient(node, text)) {
            node.getProperties().putIfAbsent(NARROWER, node.getMaxWidth());
            node.setMaxWidth(Double.MAX_VALUE); // a label is as wide as its text otherwise: a short one stood at the left
        } else {
            if (node.getProperties().remove(NARROWER) instanceof Double width) {
                node.setMaxWidth(width);
            }
        }
        return node;
    }

    /**
     * Shows a link from the file in the direction it reads, no wider than its words (all of a link's width takes the
     * click and shows its underline), in pieces where Linux needs them: one that reads from the right stands against
     * the right edge, in a row of its own. Returns what to place: the link, or that row.
     */
    static Node showLink(Hyperlink link, String shown) {
        link.setText(shown);
        ShapedWords.showIn(link);
        if (!orient(link, shown)) {
            return link;
        }
        HBox row = new HBox(link);
        row.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT); // its link laid out from the right
        return row;
    }

    /**
     * Sets {@code node} in the direction {@code text} reads, where it is as wide as its room already (a cell's text);
     * returns whether that is from the right.
     */
    static boolean orient(Node node, String text) {
        boolean rightToLeft = DisplayText.readsRightToLeft(text);
        node.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.INHERIT);
        return rightToLeft;
    }

    /**
     * A flow of text that may read from the right. JavaFX 21 keeps a right-to-left flow's lines where they were set for
     * its last width while the new one is still wider than its longest line (its text layout takes them to stand against
     * the left, where the width does not move them): the timeline's Arabic title, in a panel narrowed after it was first
     * shown, stayed out of sight past the panel's right edge. Here a right-to-left flow given a new width lays its lines
     * out again.
     */
    static class Flow extends TextFlow {
        @Override
        protected void setWidth(double value) {
            boolean changed = value != getWidth();
            super.setWidth(value);
            if (changed && getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT) {
                // TextFlow's own measure lays its text out with no width and then with its own, anew: its lines are set
                // there (TextFlow's, not a subclass's: the list's cells measure by their wrapping width alone).
                super.computePrefWidth(-1);
                requestLayout();
            }
        }
    }

    /**
     * Shows text from the file, made safe to show ({@link DisplayText}), in a wrapping label, each time it changes (a
     * card, a step, the presenter's notes): in pieces where Linux needs them ({@link ShapedWords}) and in the direction
     * it reads, as the side panel shows it.
     */
    static void show(Labeled label, String shown) {
        show(label, shown, shown);
    }

    /** Shows {@code shown} as {@link #show(Labeled, String)} does, in the direction {@code readAs} reads (a title under its date). */
    static void show(Labeled label, String shown, String readAs) {
        // Set from the right, its lines that read from the left (an English paragraph, a date) in their own order.
        label.setText(DisplayText.readsRightToLeft(readAs) ? DisplayText.linesFromTheLeftKept(shown) : shown);
        ShapedWords.showIn(label);
        follow(label, readAs);
    }
}
