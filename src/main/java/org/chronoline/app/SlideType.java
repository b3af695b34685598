package org.chronoline.app;

import javafx.util.Duration;
import org.chronoline.text.Messages;

/**
 * The slides' type size: from the screen's height (28 px at 1080 lines, never under 14), times the
 * teacher's own scale from + and - (80% to 150%, a tenth at a time), which is kept for the next
 * presentation and said for a moment when it changes, or when a presentation starts at a scale kept
 * from before: perhaps another teacher's, which nothing on the slides showed.
 */
final class SlideType {
    /** The base type size at 1080 lines; everything else on the slides is sized in em from it. */
    private static final double FONT_AT_1080 = 28;
    private static final double SMALLEST = 0.8;
    private static final double LARGEST = 1.5;
    private static final String SETTING = "presentationTypeScale";

    private final Settings settings;
    private final PassingNote note = new PassingNote("present-type-note", Duration.seconds(2));
    private double scale;

    SlideType(Settings settings) {
        this.settings = settings;
        scale = Math.max(SMALLEST, Math.min(LARGEST, settings.getDouble(SETTING, 1.0)));
    }

    /** Said as the slides first show, when the scale is one kept from before (perhaps another teacher's). */
    void sayIfKept() {
        if (scale != 1) {
            say(scale);
        }
    }

    /** Where the size is said, at the top of the slides. */
    PassingNote note() {
        return note;
    }

    /** The teacher's scale over the screen's size, 1 unless changed. */
    double scale() {
        return scale;
    }

    /** The root's font size for a scene {@code sceneHeight} tall, at the teacher's scale. */
    String fontStyle(double sceneHeight) {
        double size = sceneHeight <= 0 ? FONT_AT_1080 : Math.max(14, Math.round(sceneHeight / 1080 * FONT_AT_1080));
        return "-fx-font-size: " + Math.round(size * scale) + "px;";
    }

    /** + (1) or - (-1): the scale a tenth larger or smaller, said and kept; whether it changed (not at either end). */
    boolean change(int direction) {
        double next = Math.max(SMALLEST, Math.min(LARGEST, Math.round((scale + direction * 0.1) * 10) / 10.0));
        say(next);
        if (next == scale) {
            return false;
        }
        scale = next;
        settings.putDouble(SETTING, next);
        return true;
    }

    /** "Slide type 130%", and at either end that it is the largest or the smallest. */
    private void say(double shown) {
        String key = shown >= LARGEST ? "present.typeSize.largest" : shown <= SMALLEST ? "present.typeSize.smallest" : "present.typeSize";
        note.show(Messages.get(key, Math.round(shown * 100)));
    }
}
