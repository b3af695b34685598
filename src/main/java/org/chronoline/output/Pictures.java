package org.chronoline.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import org.chronoline.io.OutOfMemory;
import org.chronoline.io.PngWriter;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.io.SaveFailedException;
import org.chronoline.text.Messages;
import org.chronoline.view.FxThread;
import org.chronoline.view.TimelineRenderer;

/**
 * Pictures of a timeline written to files, for the window's exports and the command line: a PNG
 * drawn and encoded a band of rows at a time (a 16,384-pixel poster never sits in memory whole),
 * or an SVG whose text stays text. Both go through {@link SafeFileWriter}. Call from a background
 * thread or the command line; the drawing itself happens on the JavaFX thread, band by band.
 */
public final class Pictures {
    /** The largest side of a PNG, in pixels. */
    public static final int MAX_SIDE = 16_384;
    private static final int BAND_ROWS = 512;

    private Pictures() {
    }

    /** Writes the drawing as a PNG with {@code pixelScale} pixels per unit; returns its size in pixels. */
    public static int[] writePng(Path target, Collection<Path> inputs, TimelineRenderer renderer, TimelineRenderer.Drawing drawing,
            double pixelScale) throws SaveFailedException {
        int[] size = TimelineRenderer.pixelSize(drawing, pixelScale);
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw new SaveFailedException(String.valueOf(target.getFileName()),
                    Messages.get("save.reason.pictureTooLarge", size[0], size[1], MAX_SIDE), null);
        }
        new SafeFileWriter().export(target, out -> PngWriter.write(out, size[0], size[1], BAND_ROWS, (first, rows, argb) -> {
            try {
                FxThread.call(() -> {
                    renderer.band(drawing, pixelScale, first, rows, argb);
                    return null;
                });
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }), inputs);
        return size;
    }

    /** Writes the drawing as an SVG document. */
    public static void writeSvg(Path target, Collection<Path> inputs, TimelineRenderer renderer, TimelineRenderer.Drawing drawing)
            throws SaveFailedException {
        SafeFileWriter.checkTarget(target, inputs);
        String svg;
        try {
            svg = FxThread.call(() -> renderer.svg(drawing));
        } catch (Exception e) {
            throw new SaveFailedException(String.valueOf(target.getFileName()), OutOfMemory.why(e), e); // "Java heap space" said as it is
        }
        new SafeFileWriter().export(target, SafeFileWriter.Content.of(svg.getBytes(StandardCharsets.UTF_8)), inputs);
    }
}
