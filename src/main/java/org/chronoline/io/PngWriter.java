package org.chronoline.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * Writes pixels to a PNG file. The image is written to a temporary file beside the target and
 * moved into place, so an interrupted export never leaves half a picture under the chosen name.
 */
public final class PngWriter {
    private PngWriter() {
    }

    /** The PNG encoding of {@code width * height} pixels, row by row, as 0xAARRGGBB. */
    public static void write(OutputStream out, int width, int height, int[] argb) throws IOException {
        if (!ImageIO.write(image(width, height, argb), "png", out)) {
            throw new IOException("no PNG writer is available");
        }
    }

    private static BufferedImage image(int width, int height, int[] argb) {
        if (argb.length != width * height) {
            throw new IllegalArgumentException(argb.length + " pixels for " + width + "x" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }

    /** @param argb {@code width * height} pixels, row by row, as 0xAARRGGBB */
    public static void write(Path target, int width, int height, int[] argb) throws IOException {
        BufferedImage image = image(width, height, argb);
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer is available");
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
