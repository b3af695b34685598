package org.chronoline.view;

import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the timeline painter draws on: the part of JavaFX's canvas it uses, so the same painting
 * goes to the screen ({@link FxSurface}) or into an SVG document ({@link SvgSurface}) where text
 * stays text. The methods mean what GraphicsContext's methods of the same name mean.
 */
interface Surface {
    void save();

    void restore();

    void beginPath();

    void rect(double x, double y, double w, double h);

    void clip();

    void setFill(Paint paint);

    void setStroke(Paint paint);

    void setLineWidth(double width);

    void setLineCap(StrokeLineCap cap);

    void setLineDashes(double... dashes);

    void setGlobalAlpha(double alpha);

    void setFont(Font font);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void fillRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void fillOval(double x, double y, double w, double h);

    /** A closed polygon through the points ({@code xs[i]}, {@code ys[i]}). */
    void fillPolygon(double[] xs, double[] ys);

    void strokeOval(double x, double y, double w, double h);

    /** A quadratic curve from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}) bent towards ({@code cx}, {@code cy}). */
    void strokeCurve(double x0, double y0, double cx, double cy, double x1, double y1);

    void fillText(String text, double x, double y);

    /** Text squeezed, if need be, into {@code maxWidth}. */
    void fillText(String text, double x, double y, double maxWidth);
}
