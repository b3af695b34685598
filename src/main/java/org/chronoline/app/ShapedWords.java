package org.chronoline.app;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text that JavaFX shapes (right-to-left scripts, Indic scripts, Thai, joiners, combining accents),
 * cut into one piece per place a line may break, for a {@link javafx.scene.text.TextFlow}.
 *
 * <p>On Linux, JavaFX 21 wraps shaped text wrongly: where a line breaks inside a run of it, the
 * first line is drawn with the whole run, past the wrapping width, and the next lines repeat its
 * end (Pango's glyph layout shapes the shortened run again from the text it kept for the whole;
 * JavaFX's current source shapes each run from its place in the whole text, but the releases
 * served here after 21 need Java 21). An Arabic paragraph in the side panel ran
 * off its edge and then said its last words twice. In pieces, the lines break between them and
 * no run is split. Elsewhere the text is left whole: there the pieces would only cost nodes.
 *
 * <p>A piece wider than the line is still split inside, and drawn so: a single word longer than
 * the line, or a phrase of Thai, Lao, Khmer or Myanmar, which put no spaces between words (Java's
 * Thai dictionary finds them, but JavaFX then breaks between them on its own rules, which do not).
 */
final class ShapedWords {
    /** Whether this JavaFX's glyph layout needs the pieces: Pango's, on Linux. */
    static final boolean NEEDED = System.getProperty("os.name", "").startsWith("Linux");
    /** The style class of a piece in a script JavaFX shapes (Arabic, Hebrew, Indic...). */
    static final String SCRIPT = "shaped-script";

    private ShapedWords() {
    }

    /** Whether a text shown wrapped should be cut into pieces here. */
    static boolean needed(String text) {
        return NEEDED && text.codePoints().anyMatch(ShapedWords::isShaped);
    }

    /** {@code text} as pieces styled {@code styleClasses}: one per line-break opportunity where it is shaped, else one. */
    static List<Text> pieces(String text, String... styleClasses) {
        List<Text> pieces = new ArrayList<>();
        if (!needed(text)) {
            Text whole = new Text(text); // nothing shaped in it: no piece of a script either
            whole.getStyleClass().addAll(styleClasses);
            pieces.add(whole);
            return pieces;
        }
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        for (int from = breaks.first(), to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
            pieces.add(piece(text.substring(from, to), styleClasses));
        }
        return pieces;
    }

    /**
     * Shows a wrapping label's text, as it is now, in pieces where it needs them ({@link #needed}), in the label's
     * font, colour, underline, line spacing and alignment. The label keeps its text, for a screen reader and for
     * what reads it. Called again after its text changed, it shows the new text: in new pieces, or as the label's own.
     */
    static void showIn(Labeled label) {
        if (label.getGraphic() instanceof Pieces old) {
            old.lineSpacingProperty().unbind();
            old.textAlignmentProperty().unbind();
            old.getChildren().forEach(piece -> {
                ((Text) piece).fontProperty().unbind();
                ((Text) piece).fillProperty().unbind();
                ((Text) piece).underlineProperty().unbind();
            });
            label.setGraphic(null);
            label.setContentDisplay(ContentDisplay.LEFT); // a Label's own
        }
        if (!label.isWrapText() || label.getText() == null || !needed(label.getText())) {
            return;
        }
        TextFlow flow = new Pieces();
        for (Text piece : pieces(label.getText())) {
            piece.fontProperty().bind(label.fontProperty());
            piece.fillProperty().bind(label.textFillProperty());
            piece.underlineProperty().bind(label.underlineProperty()); // a link's, when the pointer is on it
            flow.getChildren().add(piece);
        }
        flow.lineSpacingProperty().bind(label.lineSpacingProperty());
        flow.textAlignmentProperty().bind(label.textAlignmentProperty());
        // A flow's height follows the width it is given: the label gives it its own, as it wraps its text.
        label.setGraphic(flow);
        label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // The label's own text node, put away, sets the font it shares with the label back to the default as it goes
        // (JavaFX resets a node's styles when it leaves the scene), and nothing styles the label again: a step card's
        // Arabic title, the second shown in the card, came out at 13 px. Its style is taken from the sheets again.
        label.applyCss();
    }

    /** The flow of pieces {@link #showIn} gives a label, told from a graphic of the label's own. */
    private static final class Pieces extends ReadingDirection.Flow {
    }

    /**
     * Shaped text in pieces that wraps at a width given to it, as a wrapping {@link Text} does: its height is that
     * of its lines at that width, whatever width it is asked about (a table row asks its cells for none).
     */
    static final class Wrapped extends ReadingDirection.Flow {
        private final DoubleProperty wrappingWidth = new SimpleDoubleProperty(this, "wrappingWidth");
        private final ObjectProperty<Font> font = new SimpleObjectProperty<>(this, "font", Font.getDefault());
        private final String[] styleClasses;

        Wrapped(String... styleClasses) {
            this.styleClasses = styleClasses;
            wrappingWidth.addListener(o -> requestLayout());
        }

        /** Shows {@code text}, in pieces ({@link ShapedWords#pieces}), in the font of {@link #fontProperty()}. */
        void setText(String text) {
            List<Text> pieces = pieces(text, styleClasses);
            pieces.forEach(piece -> piece.fontProperty().bind(font));
            getChildren().forEach(old -> ((Text) old).fontProperty().unbind());
            getChildren().setAll(pieces);
        }

        DoubleProperty wrappingWidthProperty() {
            return wrappingWidth;
        }

        ObjectProperty<Font> fontProperty() {
            return font;
        }

        @Override
        protected double computePrefWidth(double height) {
            return wrappingWidth.get() + snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 ? computePrefWidth(-1) : width);
        }
    }

    private static Text piece(String text, String... styleClasses) {
        Text piece = new Text(text);
        piece.getStyleClass().addAll(styleClasses);
        if (NEEDED && text.codePoints().anyMatch(ShapedWords::isLetterOfShapedScript)) {
            piece.getStyleClass().add(SCRIPT);
        }
        return piece;
    }

    /**
     * Whether the character is a letter of a script JavaFX shapes, not an accent, joiner or control that Latin
     * text may hold too. Those scripts have no italics, and in an italic font JavaFX 21 on Linux drew Arabic as
     * other glyphs entirely (a fallback font's glyph numbers looked up in the italic one): such pieces are styled
     * {@value #SCRIPT}, upright in the stylesheet.
     */
    private static boolean isLetterOfShapedScript(int c) {
        return isShaped(c) && !(c >= 0x0300 && c <= 0x036F) && c != 0x200C && c != 0x200D
                && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x206A && c <= 0x206F);
    }

    /**
     * Whether JavaFX shapes the character: any right-to-left one, and those its script mapper sends to the
     * glyph layout (combining accents, Indic scripts to Khmer, joiners and directional controls, and a few others).
     */
    static boolean isShaped(int c) {
        byte direction = Character.getDirectionality(c);
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE) {
            return true;
        }
        return c >= 0x0300 && c <= 0x036F || c >= 0x0900 && c <= 0x0E7F || c >= 0x0F00 && c <= 0x109F
                || c >= 0x1100 && c <= 0x11FF || c >= 0x13A0 && c <= 0x13FF || c >= 0x1780 && c <= 0x17FF
                || c >= 0x1C50 && c <= 0x1C7F || c == 0x200C || c == 0x200D || c >= 0x202A && c <= 0x202E
                || c >= 0x206A && c <= 0x206F || c >= 0xAB70 && c <= 0xABFF || c >= 0x11080 && c <= 0x110CF
                || c >= 0x12000 && c <= 0x1254F;
    }
}
