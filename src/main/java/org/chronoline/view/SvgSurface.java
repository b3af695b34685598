package org.chronoline.view;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.TextAlignment;
import org.chronoline.model.DisplayText;
import org.chronoline.text.Markup;

/**
 * A {@link Surface} that writes SVG: shapes become SVG shapes and text stays text (selectable,
 * searchable, sharp at any size), for slides and posters. Only what the painter uses is supported:
 * solid colours and horizontal gradients, one rectangular clip at a time, dashes, opacity.
 */
final class SvgSurface implements Surface {
    private final double width;
    private final double height;
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private double[] pathRect;
    private int nextId;

    /** What save() and restore() keep, as on a canvas. */
    private static final class State implements Cloneable {
        Paint fill = Color.BLACK;
        Paint stroke = Color.BLACK;
        double lineWidth = 1;
        StrokeLineCap cap = StrokeLineCap.SQUARE;
        double[] dashes = new double[0];
        double alpha = 1;
        Font font = Font.getDefault();
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        String clip;

        State copy() {
            try {
                return (State) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    SvgSurface(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The finished SVG document. */
    String document() {
        StringBuilder svg = new StringBuilder(body.length() + defs.length() + 512);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height)).append("\">\n");
        if (defs.length() > 0) {
            svg.append("<defs>\n").append(defs).append("</defs>\n");
        }
        svg.append(body).append("</svg>\n");
        return svg.toString();
    }

    @Override
    public void save() {
        saved.push(state.copy());
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            state = saved.pop();
        }
    }

    @Override
    public void beginPath() {
        pathRect = null;
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        pathRect = new double[] {x, y, w, h};
    }

    @Override
    public void clip() {
        if (pathRect == null) {
            return;
        }
        String id = "clip" + nextId++;
        defs.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(pathRect[0])).append("\" y=\"").append(n(pathRect[1]))
                .append("\" width=\"").append(n(pathRect[2])).append("\" height=\"").append(n(pathRect[3])).append("\"/></clipPath>\n");
        state.clip = id;
    }

    @Override
    public void setFill(Paint paint) {
        state.fill = paint;
    }

    @Override
    public void setStroke(Paint paint) {
        state.stroke = paint;
    }

    @Override
    public void setLineWidth(double lineWidth) {
        state.lineWidth = lineWidth;
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        state.cap = cap;
    }

    @Override
    public void setLineDashes(double... dashes) {
        state.dashes = dashes == null ? new double[0] : dashes.clone();
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        state.alpha = alpha;
    }

    @Override
    public void setFont(Font font) {
        state.font = font;
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        state.align = align;
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        state.baseline = baseline;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        shape("rect", fill(), "x", x, "y", y, "width", w, "height", h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        shape("rect", fill(), "x", x, "y", y, "width", w, "height", h, "rx", arcWidth / 2, "ry", arcHeight / 2);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        shape("rect", stroke(), "x", x, "y", y, "width", w, "height", h, "rx", arcWidth / 2, "ry", arcHeight / 2);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        shape("ellipse", fill(), "cx", x + w / 2, "cy", y + h / 2, "rx", w / 2, "ry", h / 2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        body.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            body.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        body.append('"').append(fill()).append(clipAttribute()).append("/>\n");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        shape("ellipse", stroke(), "cx", x + w / 2, "cy", y + h / 2, "rx", w / 2, "ry", h / 2);
    }

    @Override
    public void strokeCurve(double x0, double y0, double cx, double cy, double x1, double y1) {
        body.append("<path d=\"M").append(n(x0)).append(',').append(n(y0)).append(" Q").append(n(cx)).append(',').append(n(cy))
                .append(' ').append(n(x1)).append(',').append(n(y1)).append('"').append(stroke()).append(clipAttribute()).append("/>\n");
    }

    @Override
    public void fillText(String text, double x, double y) {
        Font font = state.font;
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-family=\"").append(family(font))
                .append("\" font-size=\"").append(n(font.getSize())).append('"');
        if (style.contains("bold")) {
            body.append(" font-weight=\"bold\"");
        }
        if (style.contains("italic") || style.contains(FontPosture.ITALIC.name().toLowerCase(Locale.ROOT))) {
            body.append(" font-style=\"italic\"");
        }
        // A text whose first letter is Hebrew or Arabic reads right to left as a whole, as the window draws it; its
        // anchor is then named from the right ("end" is its left edge), so that it stands where the layout put it.
        boolean rightToLeft = DisplayText.readsRightToLeft(text);
        if (rightToLeft) {
            body.append(" direction=\"rtl\" unicode-bidi=\"embed\"");
        }
        switch (state.align) {
            case CENTER -> body.append(" text-anchor=\"middle\"");
            case RIGHT -> body.append(rightToLeft ? "" : " text-anchor=\"end\"");
            default -> body.append(rightToLeft ? " text-anchor=\"end\"" : "");
        }
        switch (state.baseline) {
            case CENTER -> body.append(" dominant-baseline=\"central\"");
            case TOP -> body.append(" dominant-baseline=\"text-before-edge\"");
            case BOTTOM -> body.append(" dominant-baseline=\"text-after-edge\"");
            default -> {
            }
        }
        body.append(fill()).append(clipAttribute()).append('>').append(escape(text)).append("</text>\n");
    }

    /** Labels are fitted by the layout already; the width is a limit only for a font that runs wider. */
    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        fillText(text, x, y);
    }

    private void shape(String element, String paint, Object... attributes) {
        body.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            body.append(' ').append(attributes[i]).append("=\"").append(n((Double) attributes[i + 1])).append('"');
        }
        body.append(paint).append(clipAttribute()).append("/>\n");
    }

    private String clipAttribute() {
        return state.clip == null ? "" : " clip-path=\"url(#" + state.clip + ")\"";
    }

    private String fill() {
        return " fill=\"" + paint(state.fill) + "\"" + opacity("fill-opacity", state.fill);
    }

    private String stroke() {
        StringBuilder s = new StringBuilder(" fill=\"none\" stroke=\"").append(paint(state.stroke)).append('"')
                .append(opacity("stroke-opacity", state.stroke)).append(" stroke-width=\"").append(n(state.lineWidth)).append('"');
        if (state.cap != StrokeLineCap.SQUARE) {
            s.append(" stroke-linecap=\"").append(state.cap == StrokeLineCap.ROUND ? "round" : "butt").append('"');
        }
        if (state.dashes.length > 0) {
            s.append(" stroke-dasharray=\"");
            for (int i = 0; i < state.dashes.length; i++) {
                s.append(i == 0 ? "" : " ").append(n(state.dashes[i]));
            }
            s.append('"');
        }
        return s.toString();
    }

    private String opacity(String attribute, Paint paint) {
        double opacity = state.alpha * (paint instanceof Color c ? c.getOpacity() : 1);
        return opacity >= 0.999 ? "" : " " + attribute + "=\"" + n(opacity) + "\"";
    }

    /** A colour as #rrggbb, or a gradient as a reference to its definition. */
    private String paint(Paint paint) {
        if (paint instanceof Color c) {
            return hex(c);
        }
        if (paint instanceof LinearGradient g) {
            String id = "gradient" + nextId++;
            defs.append("<linearGradient id=\"").append(id).append("\" x1=\"").append(n(g.getStartX())).append("\" y1=\"")
                    .append(n(g.getStartY())).append("\" x2=\"").append(n(g.getEndX())).append("\" y2=\"").append(n(g.getEndY()))
                    .append('"').append(g.isProportional() ? "" : " gradientUnits=\"userSpaceOnUse\"").append(">");
            for (Stop stop : g.getStops()) {
                defs.append("<stop offset=\"").append(n(stop.getOffset())).append("\" stop-color=\"").append(hex(stop.getColor()))
                        .append("\" stop-opacity=\"").append(n(stop.getColor().getOpacity())).append("\"/>");
            }
            defs.append("</linearGradient>\n");
            return "url(#" + id + ")";
        }
        return "black";
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** The font's family, with generic fallbacks; JavaFX's "System" is the platform's interface font. */
    private static String family(Font font) {
        String name = font.getFamily();
        String generic = "system-ui, 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif";
        return name == null || name.equalsIgnoreCase("System") ? generic : "'" + escape(name.replace("'", "")) + "', " + generic;
    }

    private static String n(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String escape(String text) {
        return Markup.escape(text);
    }
}
