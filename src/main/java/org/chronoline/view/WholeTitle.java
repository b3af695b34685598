package org.chronoline.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.chronoline.model.DisplayText;
import org.chronoline.view.TimelineLayout.ItemBox;

/**
 * Where the selected event's title was drawn whole ({@code text}, in {@code font}: the labels', or a
 * little smaller), over the events after it, in the drawing area's coordinates (its plate: {@code x}
 * to {@code x + width}): a click or a hover there is on the selected event, whose title it is, and
 * not on a neighbour under it.
 */
record WholeTitle(ItemBox item, String text, Font font, double x, double y, double width, double height) {

    /**
     * How much smaller than the labels the selected title may be drawn to be whole, largest first: a
     * step's title at the largest slide type ended "… radar in th…" on a 1024-pixel projector, though
     * a tenth smaller it fits. Never below {@link #LEAST_SIZE}.
     */
    private static final double[] SCALES = {1, 0.9, 0.8};
    /** The smallest the selected title is drawn to be whole, in pixels: about the labels' own size at the window's least text. */
    private static final double LEAST_SIZE = 12;

    /** The fonts the selected title may be drawn in, largest first: the labels' {@code labelFont}, then each of {@link #SCALES} not under {@link #LEAST_SIZE}. */
    static List<Font> fonts(Font labelFont) {
        List<Font> fonts = new ArrayList<>();
        fonts.add(labelFont);
        for (double scale : SCALES) {
            if (scale < 1 && labelFont.getSize() * scale >= LEAST_SIZE) {
                fonts.add(RenderStyle.scaled(labelFont, scale));
            }
        }
        return fonts;
    }

    /**
     * The selected event's title whole where its row left room for only part of it ("CF…" beside the
     * selected CFE Treaty at fit-all, on a projector or a phone): over what follows it, on the
     * selection's band, as far as the view's right edge, in the largest of {@code fonts} (see
     * {@link #fonts}) that makes it whole, or the most of it that fits. Only for one selected event:
     * several (a bulk edit's, Put in Order's reveal) would each cover the others' markers. Where it is
     * to be drawn ({@link #paint}, after the events), or null.
     */
    static WholeTitle of(TimelineLayout layout, TimelinePainter.Frame f, Marks marks, List<Font> fonts,
            Function<Font, FxTextMeasurer> measurers) {
        if (marks.selected().size() != 1) {
            return null;
        }
        String id = marks.selected().iterator().next();
        ItemBox item = layout.items().stream().filter(i -> i.event().id().equals(id)).findFirst().orElse(null);
        if (item == null || item.label() == null || item.labelInside()) {
            return null;
        }
        String title = DisplayText.line(item.event().title());
        double top = item.y() + f.lanesTop() - f.laneScroll();
        // A title before its marker (the marker near the right edge) grows to the left, one after it to the right.
        boolean before = item.labelX() < item.x0();
        double end = item.labelX() + item.labelWidth();
        double room = before ? end - 4 : f.width() - 4 - item.labelX();
        if (title.equals(item.label()) || DisplayText.pointingBack(title).equals(item.label()) || room <= item.labelWidth() + 1
                || top + item.height() < f.lanesTop() || top > f.lanesTop() + f.lanesHeight()) {
            return null;
        }
        Font font = null;
        String whole = null;
        for (Font candidate : fonts) {
            String fitted = measurers.apply(candidate).fit(title, room);
            if (fitted != null) {
                font = candidate;
                whole = fitted;
                if (fitted.equals(title)) {
                    break;
                }
            }
        }
        if (whole == null) {
            return null;
        }
        double width = measurers.apply(font).width(whole);
        double x = before ? end - width : item.labelX();
        return new WholeTitle(item, whole, font, x - 4, top + 1, width + 8, item.height() - 2);
    }

    /** Draws the title on its plate, over the events after it. */
    void paint(Surface gc, RenderStyle s) {
        double textX = x + 4;
        double top = y - 1;
        double textWidth = width - 8;
        // The selection's band under the text only: the marker and its ring, drawn already, stay as they are.
        gc.setFill(s.background());
        gc.fillRoundRect(textX - 4, top + 1, textWidth + 8, item.height() - 2, 8, 8);
        gc.setFill(s.selectionFill());
        gc.fillRoundRect(textX - 4, top + 1, textWidth + 8, item.height() - 2, 8, 8);
        // An edge, so that it reads as lying over its neighbours, not as running into them.
        gc.setStroke(s.selection());
        gc.setLineWidth(1);
        gc.strokeRoundRect(textX - 3.5, top + 1.5, textWidth + 7, item.height() - 3, 8, 8);
        gc.setFont(font);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(s.labelText());
        gc.fillText(text, textX, top + item.height() / 2 + 0.5);
    }

    boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    /**
     * Whether it covers part of another event's title, or its marker, drawn in a row whose top is at
     * {@code top}: that title is then left out, not shown from under it on ("SALT I Interim Agreement
     * signed signed in Paris", the tail of the CFE Treaty's title beside it, read as one title), nor
     * just after it without its marker ("INF Treaty signed Vienna Document 1999 adopted").
     */
    boolean cuts(ItemBox other, double top) {
        if (other == item || other.label() == null || Math.abs(top - (y - 1)) > 0.5) {
            return false;
        }
        double start = other.labelX();
        double end = start + other.labelWidth();
        // A point's marker, or where a bar starts (its label is by its start): under the plate, its label would run on from it.
        double markEnd = other.point() ? other.x1() : other.x0();
        boolean markerUnder = other.x0() < x + width && markEnd >= x;
        return markerUnder || start < x + width && end > x && (start < x || end > x + width);
    }
}
