package org.chronoline.view;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.chronoline.model.Category;
import org.chronoline.model.Era;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ClusterBox;
import org.chronoline.view.TimelineLayout.EraBox;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.chronoline.view.TimelineLayout.LaneBox;

/**
 * Draws a {@link TimelineLayout} onto a {@link Surface}: nothing is decided here that the layout has
 * not already decided, so what is drawn is what the layout tests checked. Colours and fonts come
 * from a {@link RenderStyle}; what is selected, found or hovered from {@link Marks}.
 */
final class TimelinePainter {
    /** Where the parts of the timeline sit vertically, in drawing units. */
    record Frame(double width, double height, double axisHeight, double eraTop, double eraHeight, double lanesTop,
                 double lanesHeight, double laneScroll) {
    }

    /** How opaque the background is drawn under a title an arrow runs under. */
    static final double LABEL_PLATE_OPACITY = 0.88;
    /**
     * How far the band of a selected or hovered bar with its title inside reaches beyond the bar at
     * least (some 4 px outside its outline); with larger text, three tenths of a line.
     */
    static final double BAR_BAND = 7;

    private final ScalePainter scale = new ScalePainter(this::measurerFor);
    private final Map<String, Color> categoryColors = new HashMap<>();
    private TimelineContent colorsFor;
    /** The arrows last worked out, and for what: a hover repaints the same view, and routing all links is not cheap. */
    private List<LinkRoutes.Route> routes = List.of();
    /** The events whose titles the selected event's arrows run under, worked out with the routes. */
    private Set<String> plated = Set.of();
    private TimelineLayout routesLayout;
    private TimelineContent routesContent;
    private List<Object> routesFor;

    /** What a frame's painting leaves for hit tests: where the arrows of its links run, and the selected title drawn whole (or null). */
    record Painted(List<LinkRoutes.Route> links, WholeTitle wholeTitle) {
    }

    /** Paints a whole frame; returns where the arrows of its links and the selected title drawn whole were drawn. */
    Painted paint(Surface gc, TimelineLayout layout, Frame frame, TimelineContent content, RenderStyle s, Marks marks) {
        if (colorsFor != content) {
            categoryColors.clear();
            colorsFor = content;
        }
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setFill(s.background());
        gc.fillRect(0, 0, frame.width(), frame.height());

        gc.save();
        gc.beginPath();
        gc.rect(0, frame.lanesTop(), frame.width(), frame.lanesHeight());
        gc.clip();
        paintLaneBackgrounds(gc, layout, frame, s);
        paintEraBands(gc, layout, frame, s);
        scale.paintGrid(gc, layout, frame, s);
        // Under the events and their titles in the lanes, so that it crosses no text there.
        ScalePainter.paintToday(gc, layout, frame, s, marks.today(), frame.lanesTop(), frame.lanesTop() + frame.lanesHeight());
        List<LinkRoutes.Route> routes = routes(layout, frame, content, marks.links(), s.axisFont());
        LinkPainter.paint(gc, routes, s, layout.metrics());
        WholeTitle wholeTitle = WholeTitle.of(layout, frame, marks, titleFonts(s.labelFont()), this::measurerFor);
        paintItems(gc, layout, frame, s, marks, plated, wholeTitle);
        paintClusters(gc, layout, frame, s);
        if (wholeTitle != null) {
            wholeTitle.paint(gc, s);
        }
        paintLaneHeaders(gc, layout, frame, s);
        gc.restore();

        // Above the lanes too the today line runs under the text: the axis's years and the eras' names.
        paintEraRibbons(gc, layout, frame, s, marks.today());
        scale.paintAxis(gc, layout, frame, s, marks.today());
        return new Painted(routes, wholeTitle);
    }

    private List<LinkRoutes.Route> routes(TimelineLayout layout, Frame frame, TimelineContent content, List<ShownLink> links, Font font) {
        // The layout and content by identity (a layout is made again whenever the view changes), the rest by value.
        List<Object> key = Arrays.asList(frame, links, font);
        if (layout != routesLayout || content != routesContent || !key.equals(routesFor)) {
            routes = LinkRoutes.of(layout, frame, content, links, measurerFor(font));
            plated = LinkRoutes.titlesUnder(layout, frame, routes);
            routesLayout = layout;
            routesContent = content;
            routesFor = key;
        }
        return routes;
    }

    private void paintLaneBackgrounds(Surface gc, TimelineLayout layout, Frame f, RenderStyle s) {
        for (int i = 0; i < layout.lanes().size(); i++) {
            LaneBox lane = layout.lanes().get(i);
            double y = f.lanesTop() + lane.y() - f.laneScroll();
            if (i % 2 == 1) {
                gc.setFill(s.laneStripe());
                gc.fillRect(0, y, f.width(), lane.height());
            }
            gc.setFill(s.gridMajor());
            ScalePainter.horizontalLine(gc, 0, f.width(), y + lane.height());
        }
    }

    private void paintLaneHeaders(Surface gc, TimelineLayout layout, Frame f, RenderStyle s) {
        Font font = s.headerFont();
        gc.setFont(font);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (LaneBox lane : layout.lanes()) {
            if (lane.lane().name().isEmpty()) {
                continue;
            }
            double y = f.lanesTop() + lane.y() - f.laneScroll();
            double headerHeight = layout.metrics().laneHeaderHeight();
            Color swatch = colorOf(lane.lane().categoryId(), s);
            gc.setFill(swatch);
            double dot = layout.metrics().markerSize() * 0.8;
            shapeOf(lane.lane().categoryId()).fill(gc, 8 + dot / 2, y + headerHeight / 2 + 2, dot);
            gc.setFill(s.laneHeaderText());
            double x = 8 + dot + 6;
            String name = measurerFor(font).fit(lane.lane().name(), f.width() - x - 8);
            if (name != null) {
                gc.fillText(name, x, y + headerHeight / 2 + 2);
            }
        }
    }

    private void paintEraBands(Surface gc, TimelineLayout layout, Frame f, RenderStyle s) {
        for (EraBox era : layout.eras()) {
            Color c = parse(era.era().color(), s.eraDefault());
            gc.setFill(c.deriveColor(0, 1, 1, 0.16));
            double x0 = Math.max(era.x0(), -1);
            double x1 = Math.min(era.x1(), f.width() + 1);
            gc.fillRect(x0, f.lanesTop(), x1 - x0, f.lanesHeight());
        }
    }

    private void paintEraRibbons(Surface gc, TimelineLayout layout, Frame f, RenderStyle s, Double today) {
        if (f.eraHeight() <= 0) {
            return;
        }
        gc.setFill(s.background());
        gc.fillRect(0, f.eraTop(), f.width(), f.eraHeight());
        ScalePainter.paintToday(gc, layout, f, s, today, f.eraTop(), f.eraTop() + f.eraHeight());
        double rowHeight = layout.metrics().eraRowHeight();
        gc.setFont(s.axisFont());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (EraBox era : layout.eras()) {
            Color c = parse(era.era().color(), s.eraDefault());
            double y = f.eraTop() + era.row() * rowHeight + 2;
            double x0 = Math.max(era.x0(), -4);
            double x1 = Math.min(era.x1(), f.width() + 4);
            double opacity = TextColours.eraOpacity(c, s);
            gc.setFill(ribbon(c, opacity)); // the opacity worked out once: it is a search for contrast
            gc.fillRoundRect(x0, y, x1 - x0, rowHeight - 4, 6, 6);
            if (era.label() != null) {
                gc.setFill(era.outside() ? TextColours.eraNameBeside(c, s) : TextColours.eraTextOn(c, s, opacity));
                gc.fillText(era.label(), era.labelX(), y + (rowHeight - 4) / 2);
            }
        }
        gc.setFill(s.gridMajor());
        ScalePainter.horizontalLine(gc, 0, f.width(), f.eraTop() + f.eraHeight());
    }

    /**
     * The events: first what lies under them (the plate under a title an arrow runs under, the
     * marks of a search match, of the selection, of the pointer), then the events themselves, so
     * that a band reaching beyond its row never covers a neighbour.
     */
    private void paintItems(Surface gc, TimelineLayout layout, Frame f, RenderStyle s, Marks marks, Set<String> plated, WholeTitle whole) {
        LayoutMetrics m = layout.metrics();
        double offset = f.lanesTop() - f.laneScroll();
        double todayX = marks.today() == null ? Double.NaN : layout.scale().xOf(marks.today());
        List<ItemBox> shown = layout.items().stream().filter(item -> {
            double top = item.y() + offset;
            return top <= f.lanesTop() + f.lanesHeight() && top + item.height() >= f.lanesTop();
        }).toList();
        // A bar with its title inside is as tall as the text, which spilled over a thinner one.
        double insideBarHeight = Math.ceil(m.lineHeight() * 1.15);
        double band = Math.max(BAR_BAND, Math.round(m.lineHeight() * 0.3));
        for (ItemBox item : shown) {
            double top = item.y() + offset;
            TimelineEvent e = item.event();
            boolean isSelected = marks.selected().contains(e.id());
            boolean isMatch = marks.matches() != null && marks.matches().contains(e.id());
            gc.setGlobalAlpha(alpha(marks, e));
            if (plated.contains(e.id()) || crossesTitle(item, todayX)) {
                // An arrow or the today line (a study answer's too) runs under the title: a plate of the background
                // (under any highlight) keeps the title readable; between its letters the line struck it through.
                gc.setFill(s.background().deriveColor(0, 1, 1, LABEL_PLATE_OPACITY));
                gc.fillRoundRect(item.labelX() - 3, top + 2, item.labelWidth() + 6, item.height() - 4, 6, 6);
            }
            if (isMatch) {
                gc.setFill(s.match());
                gc.fillRoundRect(item.left() - 5, top + 2, item.right() - item.left() + 10, item.height() - 4, 10, 10);
            }
            if (isSelected || e.id().equals(marks.hovered())) {
                gc.setFill(isSelected ? s.selectionFill() : s.hover());
                double[] r;
                if (item.labelInside()) {
                    // The bar fills its row: the band goes round it, wide enough to be seen outside its outline
                    // (within the row it showed as a hairline, from the back of a classroom not at all).
                    double mid = top + item.height() / 2;
                    r = new double[] {item.x0() - band, Math.min(top + 1, mid - insideBarHeight / 2 - band), item.x1() - item.x0() + 2 * band,
                        Math.max(item.height() - 2, insideBarHeight + 2 * band), 2 * band};
                } else {
                    r = new double[] {item.left() - 4, top + 1, item.right() - item.left() + 8, item.height() - 2, 8};
                }
                gc.fillRoundRect(r[0], r[1], r[2], r[3], r[4], r[4]);
                if (isSelected && (isMatch || bandNeedsEdge(s))) {
                    // An edge: on a match's yellow the selection's tint alone read as one more match (a keyboard walk-through).
                    gc.setStroke(s.selection());
                    gc.setLineWidth(1.5);
                    gc.strokeRoundRect(r[0] + 0.75, r[1] + 0.75, r[2] - 1.5, r[3] - 1.5, r[4], r[4]);
                }
            }
        }
        gc.setFont(s.labelFont());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (ItemBox item : shown) {
            double top = item.y() + offset;
            TimelineEvent e = item.event();
            gc.setGlobalAlpha(alpha(marks, e));
            double mid = top + item.height() / 2;
            double barHeight = item.labelInside() ? insideBarHeight : m.markerSize();
            Color color = colorOf(e.category(), s);
            if (item.fuzzyX1() - item.fuzzyX0() > item.x1() - item.x0() + 1) {
                EventGlyphs.uncertainty(gc, item, mid, barHeight, color);
            }
            if (item.point()) {
                EventGlyphs.alternatives(gc, item, mid, m.markerSize(), color, layout.scale());
                EventGlyphs.marker(gc, item, mid, color, e.approximate(), shapeOf(e.category()));
            } else {
                EventGlyphs.bar(gc, item, mid, barHeight, color, e.approximate());
            }
            if (marks.selected().contains(e.id())) {
                gc.setStroke(s.selection());
                gc.setLineWidth(2.5);
                if (item.point()) {
                    double d = m.markerSize() + 5;
                    gc.strokeOval((item.x0() + item.x1()) / 2 - d / 2, mid - d / 2, d, d);
                } else {
                    gc.strokeRoundRect(item.x0() - 2, mid - barHeight / 2 - 2, item.x1() - item.x0() + 4, barHeight + 4, 6, 6);
                }
            }
            // Not its own title under the whole one: drawn smaller, the plate left the shortened label's end out from under it.
            if (item.label() != null && (whole == null || whole.item() != item && !whole.cuts(item, top))) {
                gc.setFill(item.labelInside() ? TextColours.onColour(color, s) : s.labelText());
                gc.fillText(item.label(), item.labelX(), mid + 0.5);
            }
        }
        gc.setGlobalAlpha(1);
    }

    /**
     * Whether the selected event's band needs an edge to be seen: a solid band under 3:1 on the background, as the dark
     * room's deep gold is (2.6:1 on black, held there by its white text's 7:1; a teacher's walk-through) and the
     * projector's yellow on white. The window's band is a tint over the labels, seen by its marker's ring.
     */
    private static boolean bandNeedsEdge(RenderStyle s) {
        Color band = s.selectionFill();
        return band.getOpacity() >= 1 && TextColours.contrast(band, s.background()) < 3;
    }

    /** Whether a vertical line at {@code x} (NaN: none) runs through an event's title outside its bar. */
    private static boolean crossesTitle(ItemBox item, double x) {
        return item.label() != null && !item.labelInside() && x >= item.labelX() - 2 && x <= item.labelX() + item.labelWidth() + 2;
    }

    /** While searching, what did not match steps back so that the matches stand out. */
    private static double alpha(Marks marks, TimelineEvent e) {
        boolean stands = marks.matches() == null || marks.matches().contains(e.id()) || marks.selected().contains(e.id());
        return stands ? 1 : 0.22;
    }

    private void paintClusters(Surface gc, TimelineLayout layout, Frame f, RenderStyle s) {
        double offset = f.lanesTop() - f.laneScroll();
        gc.setFont(s.axisFont());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.CENTER);
        double h = layout.metrics().rowHeight() - 6;
        // Clusters side by side stay apart at any text size: each is drawn a twelfth of its height in from its
        // bucket's edges (2 px apart, their round ends read as one bar at 200%).
        double inset = h / 12;
        for (ClusterBox cluster : layout.clusters()) {
            double y = cluster.y() + offset + 3;
            double x = cluster.x0() + inset;
            double w = Math.max(cluster.x1() - cluster.x0() - 2 * inset, 4);
            gc.setFill(s.clusterFill());
            gc.fillRoundRect(x, y, w, h, h, h);
            gc.setFill(s.clusterText());
            gc.fillText(compactCount(cluster.count()), x + w / 2, y + h / 2 + 0.5, w - 4);
        }
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * Where a dragged event would land: its marker or bar at the new position in its row, outlined
     * in the selection colour over the event as it still is.
     */
    void paintPreview(Surface gc, TimelineLayout layout, Frame f, RenderStyle s, ItemBox original, double[] geometry) {
        double mid = original.y() + f.lanesTop() - f.laneScroll() + original.height() / 2;
        double h = layout.metrics().markerSize();
        Color color = colorOf(original.event().category(), s);
        gc.save();
        gc.beginPath();
        gc.rect(0, f.lanesTop(), f.width(), f.lanesHeight());
        gc.clip();
        if (geometry[3] - geometry[2] > geometry[1] - geometry[0] + 1) {
            gc.setFill(color.deriveColor(0, 1, 1, 0.25));
            gc.fillRect(geometry[2], mid - h / 4, geometry[3] - geometry[2], h / 2);
        }
        gc.setFill(color.deriveColor(0, 1, 1, 0.6));
        gc.setStroke(s.selection());
        gc.setLineWidth(2);
        gc.setLineDashes(4, 3);
        if (original.point()) {
            gc.fillOval(geometry[0], mid - h / 2, geometry[1] - geometry[0], h);
            gc.strokeOval(geometry[0] - 2, mid - h / 2 - 2, geometry[1] - geometry[0] + 4, h + 4);
        } else {
            gc.fillRoundRect(geometry[0], mid - h / 2, geometry[1] - geometry[0], h, 5, 5);
            gc.strokeRoundRect(geometry[0] - 2, mid - h / 2 - 2, geometry[1] - geometry[0] + 4, h + 4, 6, 6);
        }
        gc.setLineDashes();
        gc.restore();
    }

    static String compactCount(int count) {
        if (count < 1000) {
            return Integer.toString(count);
        }
        if (count < 1_000_000) {
            return (count / 100) / 10.0 + "k";
        }
        return (count / 100_000) / 10.0 + "M";
    }

    private final Map<Font, FxTextMeasurer> measurers = new HashMap<>();
    private final Map<Font, List<Font>> titleFonts = new HashMap<>();

    FxTextMeasurer measurerFor(Font font) {
        return measurers.computeIfAbsent(font, FxTextMeasurer::new);
    }

    /** The fonts the selected title may be drawn in for these labels' (WholeTitle.fonts), made once each. */
    private List<Font> titleFonts(Font labelFont) {
        return titleFonts.computeIfAbsent(labelFont, WholeTitle::fonts);
    }

    /** The shape of the category's markers: by its place among the file's categories. */
    MarkerShape shapeOf(String categoryId) {
        if (categoryId == null || colorsFor == null) {
            return MarkerShape.CIRCLE;
        }
        List<Category> categories = colorsFor.document().categories();
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).id().equals(categoryId)) {
                return MarkerShape.ofCategory(i);
            }
        }
        return MarkerShape.CIRCLE;
    }

    /** A category's colour from the file, or the stylesheet's default when it has none or an invalid one. */
    Color colorOf(String categoryId, RenderStyle s) {
        if (categoryId == null) {
            return s.eventDefault();
        }
        if (!categoryColors.containsKey(categoryId)) {
            Category c = colorsFor == null ? null : colorsFor.category(categoryId);
            categoryColors.put(categoryId, parse(c == null ? null : c.color(), null));
        }
        Color color = categoryColors.get(categoryId);
        return color == null ? s.eventDefault() : color;
    }

    /** The colour an era's ribbon is drawn in: its own (or the default), as opaque as its name lets it be. */
    static Color ribbonColour(Era era, RenderStyle s) {
        Color c = parse(era.color(), s.eraDefault());
        return ribbon(c, TextColours.eraOpacity(c, s));
    }

    private static Color ribbon(Color eraColor, double opacity) {
        return eraColor.deriveColor(0, 1, 1, opacity);
    }

    private static Color parse(String web, Color fallback) {
        if (web == null) {
            return fallback;
        }
        try {
            return Color.web(web);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
