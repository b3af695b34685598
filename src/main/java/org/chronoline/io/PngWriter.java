package org.chronoline.io;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes pixels as a PNG, band by band, so that a picture far larger than the memory at hand (a
 * 16,384-pixel-square poster is a gigabyte of pixels) is drawn and written a strip at a time.
 * Pixels are 8-bit RGBA, non-premultiplied, as 0xAARRGGBB ints; each row is filtered with PNG's
 * "Sub" filter, which suits the flat areas of a timeline drawing.
 */
public final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The size of each IDAT chunk written. */
    private static final int CHUNK_BYTES = 256 * 1024;

    /** Supplies the pixels of a band of rows, on demand. */
    @FunctionalInterface
    public interface Bands {
        /**
         * Fills {@code argb} with rows {@code firstRow} to {@code firstRow + rows - 1}, row by row, as
         * 0xAARRGGBB.
         */
        void fill(int firstRow, int rows, int[] argb) throws IOException;
    }

    private PngWriter() {
    }

    /** The PNG encoding of {@code width * height} pixels held in memory, row by row, as 0xAARRGGBB. */
    public static void write(OutputStream out, int width, int height, int[] argb) throws IOException {
        if (argb.length != (long) width * height) {
            throw new IllegalArgumentException(argb.length + " pixels for " + width + "x" + height);
        }
        write(out, width, height, height, (first, rows, band) -> System.arraycopy(argb, first * width, band, 0, rows * width));
    }

    /** The PNG encoding of pixels supplied {@code bandRows} rows at a time. */
    public static void write(OutputStream out, int width, int height, int bandRows, Bands bands) throws IOException {
        if (width <= 0 || height <= 0 || bandRows <= 0) {
            throw new IllegalArgumentException(width + "x" + height + " in bands of " + bandRows);
        }
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8); // bits per channel
        h.writeByte(6); // RGBA
        h.writeByte(0); // deflate
        h.writeByte(0); // adaptive filtering
        h.writeByte(0); // not interlaced
        chunk(data, "IHDR", header.toByteArray(), header.size());

        Deflater deflater = new Deflater(6);
        try (ChunkStream idat = new ChunkStream(data);
             DeflaterOutputStream compressed = new DeflaterOutputStream(idat, deflater, 64 * 1024)) {
            int band = Math.min(bandRows, height);
            int[] argb = new int[Math.multiplyExact(band, width)];
            byte[] row = new byte[1 + 4 * width];
            for (int first = 0; first < height; first += band) {
                int rows = Math.min(band, height - first);
                bands.fill(first, rows, argb);
                for (int r = 0; r < rows; r++) {
                    filterRow(argb, r * width, width, row);
                    compressed.write(row);
                }
            }
            compressed.finish();
        } finally {
            deflater.end();
        }
        chunk(data, "IEND", new byte[0], 0);
        data.flush();
    }

    /** One row with PNG's "Sub" filter: each byte minus the same channel of the pixel to its left. */
    private static void filterRow(int[] argb, int offset, int width, byte[] row) {
        row[0] = 1;
        int previous = 0;
        for (int x = 0, i = 1; x < width; x++, i += 4) {
            int p = argb[offset + x];
            row[i] = (byte) ((p >>> 16) - (previous >>> 16));
            row[i + 1] = (byte) ((p >>> 8) - (previous >>> 8));
            row[i + 2] = (byte) (p - previous);
            row[i + 3] = (byte) ((p >>> 24) - (previous >>> 24));
            previous = p;
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.writeInt(length);
        out.write(name);
        out.write(data, 0, length);
        out.writeInt((int) crc.getValue());
    }

    /** Collects compressed bytes into IDAT chunks of a fixed size. */
    private static final class ChunkStream extends OutputStream {
        private final DataOutputStream out;
        private final byte[] buffer = new byte[CHUNK_BYTES];
        private int size;

        ChunkStream(DataOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, buffer.length - size);
                System.arraycopy(b, off, buffer, size, n);
                size += n;
                off += n;
                len -= n;
                if (size == buffer.length) {
                    flushChunk();
                }
            }
        }

        private void flushChunk() throws IOException {
            if (size > 0) {
                chunk(out, "IDAT", buffer, size);
                size = 0;
            }
        }

        @Override
        public void close() throws IOException {
            flushChunk(); // the stream underneath stays open for IEND
        }
    }
}
