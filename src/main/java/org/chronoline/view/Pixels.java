package org.chronoline.view;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/** The pixels of a JavaFX image as 0xAARRGGBB integers, row by row, for writing image files. */
public final class Pixels {
    private Pixels() {
    }

    public static int[] argb(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return pixels;
    }
}
