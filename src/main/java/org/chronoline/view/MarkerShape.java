package org.chronoline.view;

/**
 * The shape of a category's markers, so that lanes differ by more than colour (for colour-blind
 * readers, a black-and-white printout, a washed-out projector): the categories take the shapes in
 * their file order, round again after the last; events without a category are circles.
 */
public enum MarkerShape {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE, INVERTED_TRIANGLE, HEXAGON;

    /** The shape of the {@code index}-th category (from 0), or a circle for no category (-1). */
    public static MarkerShape ofCategory(int index) {
        return index < 0 ? CIRCLE : values()[index % values().length];
    }

    /**
     * The shape as an SVG path in a 12-unit box, for a control's swatch ({@code -fx-shape}): the
     * filter's and the side panel's category swatches were squares for every category, matched to
     * the lanes by colour alone.
     */
    public String svgPath() {
        return switch (this) {
            case CIRCLE -> "M6 0 A6 6 0 1 1 6 12 A6 6 0 1 1 6 0 Z";
            case SQUARE -> "M0 0 H12 V12 H0 Z";
            case DIAMOND -> "M6 0 L12 6 L6 12 L0 6 Z";
            case TRIANGLE -> "M6 0 L12 11 L0 11 Z";
            case INVERTED_TRIANGLE -> "M0 1 L12 1 L6 12 Z";
            case HEXAGON -> "M12 6 L9 11.2 L3 11.2 L0 6 L3 0.8 L9 0.8 Z";
        };
    }

    /** Fills the shape centred on ({@code cx}, {@code cy}), {@code d} across: the same area as a circle of that width, about. */
    void fill(Surface gc, double cx, double cy, double d) {
        double r = d / 2;
        switch (this) {
            case CIRCLE -> gc.fillOval(cx - r, cy - r, d, d);
            case SQUARE -> {
                double h = r * 0.9;
                gc.fillRect(cx - h, cy - h, 2 * h, 2 * h);
            }
            case DIAMOND -> {
                double h = r * 1.2;
                gc.fillPolygon(new double[] {cx, cx + h, cx, cx - h}, new double[] {cy - h, cy, cy + h, cy});
            }
            case TRIANGLE -> {
                double h = r * 1.2;
                gc.fillPolygon(new double[] {cx, cx + h, cx - h}, new double[] {cy - h, cy + h * 0.8, cy + h * 0.8});
            }
            case INVERTED_TRIANGLE -> {
                double h = r * 1.2;
                gc.fillPolygon(new double[] {cx - h, cx + h, cx}, new double[] {cy - h * 0.8, cy - h * 0.8, cy + h});
            }
            case HEXAGON -> {
                double[] xs = new double[6];
                double[] ys = new double[6];
                for (int i = 0; i < 6; i++) {
                    double a = Math.PI / 3 * i;
                    xs[i] = cx + r * 1.05 * Math.cos(a);
                    ys[i] = cy + r * 1.05 * Math.sin(a);
                }
                gc.fillPolygon(xs, ys);
            }
            default -> throw new IllegalStateException(name());
        }
    }
}
