package org.chronoline.app;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
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
        if (DisplayText.readsRightToLeft(text)) {
            node.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            node.getProperties().putIfAbsent(NARROWER, node.getMaxWidth());
            node.setMaxWidth(Double.MAX_VALUE); // a label is as wide as its text otherwise: a short one stood at the left
        } else {
            node.setNodeOrientation(NodeOrientation.INHERIT);
            if (node.getProperties().remove(NARROWER) instanceof Double width) {
                node.setMaxWidth(width);
            }
        }
        return node;
    }

    /**
     * Shows text from the file, made safe to show ({@link DisplayText}), in a wrapping label, each time it changes (a
     * card, a step, the presenter's notes): in pieces where Linux needs them ({@link ShapedWords}) and in the direction
     * it reads, as the side panel shows it.
     */
    static void show(Labeled label, String shown) {
        label.setText(shown);
        ShapedWords.showIn(label);
        follow(label, shown);
    }
}
