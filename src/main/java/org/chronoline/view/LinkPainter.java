package org.chronoline.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * Draws the arrows of {@link LinkRoutes}: the selected event's links in the selection colour, with
 * their words on a pill at the top of the arch, the rest (View > Show All Links) thin and faded.
 * "See also" links are dashed and have no head: they do not point one way. They are drawn under
 * the events, so an arrow never hides a title; a title one of the selected event's arrows runs
 * under gets a plate of the background (TimelinePainter), so the arrow does not strike through it
 * either (the faded arrows of Show All Links are thin enough to cross).
 */
final class LinkPainter {
    private LinkPainter() {
    }

    static void paint(Surface gc, List<LinkRoutes.Route> routes, RenderStyle s, LayoutMetrics m) {
        if (routes.isEmpty()) {
            return;
        }
        gc.save();
        gc.setLineCap(StrokeLineCap.ROUND);
        for (LinkRoutes.Route route : routes) {
            ShownLink link = route.link();
            Color color = link.faded() ? s.laneHeaderText().deriveColor(0, 1, 1, 0.45) : s.selection();
            double width = link.faded() ? 1.2 : 2;
            gc.setStroke(color);
            gc.setLineWidth(width);
            if (link.directed()) {
                gc.setLineDashes();
            } else {
                gc.setLineDashes(5, 4);
            }
            gc.strokeCurve(route.x0(), route.y0(), route.cx(), route.cy(), route.x1(), route.y1());
            gc.setLineDashes();
            if (link.directed()) {
                arrowhead(gc, route, color, link.faded() ? m.markerSize() * 0.6 : m.markerSize() * 0.8);
            }
        }
        gc.setFont(s.axisFont());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.CENTER);
        for (LinkRoutes.Route route : routes) {
            if (!route.hasWords() || route.link().faded()) {
                continue;
            }
            gc.setFill(s.background().deriveColor(0, 1, 1, 0.92));
            gc.fillRoundRect(route.wordsX(), route.wordsY(), route.wordsWidth(), route.wordsHeight(), route.wordsHeight(),
                    route.wordsHeight());
            gc.setStroke(s.selection());
            gc.setLineWidth(1);
            gc.strokeRoundRect(route.wordsX(), route.wordsY(), route.wordsWidth(), route.wordsHeight(), route.wordsHeight(),
                    route.wordsHeight());
            gc.setFill(s.labelText());
            gc.fillText(route.words(), route.wordsX() + route.wordsWidth() / 2, route.wordsY() + route.wordsHeight() / 2 + 0.5);
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.restore();
    }

    /** A filled triangle at the end of the curve, pointing along it. */
    private static void arrowhead(Surface gc, LinkRoutes.Route route, Color color, double size) {
        double dx = route.x1() - route.cx();
        double dy = route.y1() - route.cy();
        double length = Math.hypot(dx, dy);
        if (length < 1e-6) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double baseX = route.x1() - ux * size;
        double baseY = route.y1() - uy * size;
        double half = size * 0.55;
        gc.setFill(color);
        gc.fillPolygon(new double[] {route.x1(), baseX - uy * half, baseX + uy * half},
                new double[] {route.y1(), baseY + ux * half, baseY - ux * half});
    }
}
