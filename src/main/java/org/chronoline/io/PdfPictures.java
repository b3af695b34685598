package org.chronoline.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A picture for a PDF page as it looks on white paper (its partly transparent pixels blended with white, no soft mask),
 * compressed without loss as a PNG is: each row by the PNG filter that leaves the smallest differences, then Deflate.
 * PDFBox's {@code LosslessFactory} does the same from a {@code BufferedImage}, reading it a pixel at a time through
 * Java's colour models: a handout of a thousand steps spent 38% of its processor time in it, and is written in 0.7 of
 * the time without it.
 */
final class PdfPictures {
    private static final int CHANNELS = 3;
    private static final int FILTERS = 5; // None, Sub, Up, Average, Paeth: PNG's, which PDF's predictor 15 reads row by row

    private PdfPictures() {
    }

    /** The picture of {@code width} x {@code height} ARGB pixels as an image for {@code pdf}. */
    static PDImageXObject onWhitePaper(PDDocument pdf, int width, int height, int[] argb) throws IOException {
        int rowBytes = width * CHANNELS;
        byte[] above = new byte[rowBytes];
        byte[] row = new byte[rowBytes];
        byte[][] filtered = new byte[FILTERS][rowBytes + 1];
        for (int f = 0; f < FILTERS; f++) {
            filtered[f][0] = (byte) f;
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream((int) Math.max(1024, Math.min(1 << 30, (long) rowBytes * height / 16)));
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            for (int y = 0; y < height; y++) {
                onWhite(argb, y * width, width, row);
                out.write(filtered[filter(row, above, filtered)]);
                byte[] swap = above;
                above = row;
                row = swap;
            }
        } finally {
            deflater.end();
        }
        PDImageXObject image = new PDImageXObject(pdf, new ByteArrayInputStream(compressed.toByteArray()), COSName.FLATE_DECODE,
                width, height, 8, PDDeviceRGB.INSTANCE);
        COSDictionary parameters = new COSDictionary();
        parameters.setInt(COSName.PREDICTOR, 15); // PNG filters, chosen for each row
        parameters.setInt(COSName.COLORS, CHANNELS);
        parameters.setInt(COSName.BITS_PER_COMPONENT, 8);
        parameters.setInt(COSName.COLUMNS, width);
        image.getCOSObject().setItem(COSName.DECODE_PARMS, parameters);
        return image;
    }

    /** One row of pixels as red, green and blue bytes on white paper. */
    static void onWhite(int[] argb, int from, int width, byte[] rgb) {
        for (int x = 0, i = 0; x < width; x++) {
            int p = argb[from + x];
            int alpha = p >>> 24;
            int r = p >> 16 & 0xFF;
            int g = p >> 8 & 0xFF;
            int b = p & 0xFF;
            if (alpha != 0xFF) {
                int white = 0xFF * (0xFF - alpha);
                r = (r * alpha + white + 127) / 0xFF;
                g = (g * alpha + white + 127) / 0xFF;
                b = (b * alpha + white + 127) / 0xFF;
            }
            rgb[i++] = (byte) r;
            rgb[i++] = (byte) g;
            rgb[i++] = (byte) b;
        }
    }

    /**
     * Fills each of {@code filtered} (after its type byte) with {@code row} under its PNG filter, and returns the one
     * whose bytes, read as signed, sum smallest: the rule PNG's own specification suggests, which most encoders follow.
     */
    private static int filter(byte[] row, byte[] above, byte[][] filtered) {
        long[] sums = new long[FILTERS];
        for (int i = 0; i < row.length; i++) {
            int x = row[i] & 0xFF;
            int a = i >= CHANNELS ? row[i - CHANNELS] & 0xFF : 0;
            int b = above[i] & 0xFF;
            int c = i >= CHANNELS ? above[i - CHANNELS] & 0xFF : 0;
            byte none = (byte) x;
            byte sub = (byte) (x - a);
            byte up = (byte) (x - b);
            byte average = (byte) (x - ((a + b) >>> 1));
            byte paeth = (byte) (x - paeth(a, b, c));
            filtered[0][i + 1] = none;
            filtered[1][i + 1] = sub;
            filtered[2][i + 1] = up;
            filtered[3][i + 1] = average;
            filtered[4][i + 1] = paeth;
            sums[0] += Math.abs(none);
            sums[1] += Math.abs(sub);
            sums[2] += Math.abs(up);
            sums[3] += Math.abs(average);
            sums[4] += Math.abs(paeth);
        }
        int best = 0;
        for (int f = 1; f < FILTERS; f++) {
            if (sums[f] < sums[best]) {
                best = f;
            }
        }
        return best;
    }

    /** PNG's Paeth predictor: of left, above and upper left, the one nearest to left + above - upper left. */
    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
