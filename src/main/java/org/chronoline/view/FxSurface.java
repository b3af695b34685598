package org.chronoline.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A JavaFX canvas as a {@link Surface}: every call passed straight on. */
final class FxSurface implements Surface {
    private final GraphicsContext gc;

    FxSurface(GraphicsContext gc) {
        this.gc = gc;
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        gc.rect(x, y, w, h);
    }

    @Override
    public void clip() {
        gc.clip();
    }

    @Override
    public void setFill(Paint paint) {
        gc.setFill(paint);
    }

    @Override
    public void setStroke(Paint paint) {
        gc.setStroke(paint);
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        gc.setLineCap(cap);
    }

    @Override
    public void setLineDashes(double... dashes) {
        gc.setLineDashes(dashes);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void setFont(Font font) {
        gc.setFont(font);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        gc.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        gc.setTextBaseline(baseline);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        gc.fillRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        gc.strokeRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        gc.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeCurve(double x0, double y0, double cx, double cy, double x1, double y1) {
        gc.beginPath();
        gc.moveTo(x0, y0);
        gc.quadraticCurveTo(cx, cy, x1, y1);
        gc.stroke();
    }

    @Override
    public void fillText(String text, double x, double y) {
        gc.fillText(withoutJoiners(text), x, y);
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        gc.fillText(withoutJoiners(text), x, y, maxWidth);
    }

    /**
     * The text without zero width joiners and non-joiners: the canvas joins nothing by them and drew
     * each as a box over the next letter ({@link FxTextMeasurer} counts them as nothing).
     */
    static String withoutJoiners(String text) {
        if (text.indexOf('\u200D') < 0 && text.indexOf('\u200C') < 0) {
            return text;
        }
        return text.replace("\u200D", "").replace("\u200C", "");
    }
}
