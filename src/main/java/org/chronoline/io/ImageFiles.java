package org.chronoline.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;

/**
 * Finds an event's picture on disk. A timeline file may come from anyone, so its image paths are
 * only followed inside the file's own folder: no absolute paths, no {@code ..} out of it, no links
 * that lead elsewhere, no addresses on the network, and only common picture formats.
 */
public final class ImageFiles {
    private static final Set<String> PICTURES = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    /** Where the picture is, or why it is not shown (a sentence for the reader); exactly one is set. */
    public record Lookup(Path file, String refusal) {
        static Lookup found(Path file) {
            return new Lookup(file, null);
        }

        static Lookup refused(String key, Object... args) {
            return new Lookup(null, Messages.get(key, args));
        }
    }

    private ImageFiles() {
    }

    /** No picture claims more pixels than this; a header that does is damaged or hostile. */
    public static final long MAX_DECLARED_PIXELS = 1L << 30;

    /**
     * A picture read into memory, at most {@code maxSide} pixels across: larger ones are read with
     * ImageIO's source subsampling (every n-th pixel of every n-th row), so a 20,000-pixel-square
     * photograph costs a few megabytes, never its full gigabyte.
     *
     * @param argb          {@code width * height} pixels, row by row, as 0xAARRGGBB
     * @param originalWidth the picture's own size, which is more than width when it was reduced
     */
    public record Decoded(int width, int height, int[] argb, int originalWidth, int originalHeight) {
        public boolean isReduced() {
            return width < originalWidth || height < originalHeight;
        }
    }

    /** Why a picture could not be read; the message is a sentence for the reader. */
    public static final class UnreadablePictureException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadablePictureException(String message) {
            super(message);
        }
    }

    /**
     * The picture's width and height in pixels, read from its header without decoding it, or null
     * when the file is not a picture this platform can read.
     */
    public static int[] size(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads a picture found by {@link #find}, reduced to at most {@code maxSide} pixels across.
     * The header is read first: a picture that claims more than {@link #MAX_DECLARED_PIXELS}, that
     * is cut short, or whose reader warns of damage is refused, never shown half-drawn.
     *
     * @param shownAs the picture's path as the timeline names it, for messages
     */
    public static Decoded decode(Path file, String shownAs, int maxSide) throws UnreadablePictureException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw damaged(shownAs);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_DECLARED_PIXELS) {
                    throw new UnreadablePictureException(Messages.get("image.refused.tooLarge", shownAs,
                            width, height));
                }
                int step = (int) Math.max(1, Math.ceil(Math.max(width, height) / (double) maxSide));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw damaged(shownAs);
                }
                int w = image.getWidth();
                int h = image.getHeight();
                int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
                return new Decoded(w, h, argb, width, height);
            } finally {
                reader.dispose();
            }
        } catch (UnreadablePictureException e) {
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw damaged(shownAs);
        }
    }

    private static UnreadablePictureException damaged(String shownAs) {
        return new UnreadablePictureException(Messages.get("image.refused.unreadable", shownAs));
    }

    /**
     * The files a timeline is made from, which no export or conversion may write over: the timeline
     * and the pictures of its events that are there. An export over a picture replaced it, and the
     * next export over it replaced its backup: the picture was gone.
     */
    public static List<Path> withPictures(Collection<Path> timelineFiles, TimelineDocument document) {
        Set<Path> files = new LinkedHashSet<>(timelineFiles);
        for (Path timeline : timelineFiles) {
            Path base;
            try {
                base = timeline.toAbsolutePath().getParent().toRealPath(); // once, not once per picture
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (TimelineEvent event : document.events()) {
                Path picture = event.image() == null ? null : findIn(base, event.image().path()).file();
                if (picture != null) {
                    files.add(picture);
                }
            }
        }
        return List.copyOf(files);
    }

    /**
     * Why the window would not show the picture, in its words, judged by where it is and its header
     * alone (quick enough for every picture of a large timeline); null when it looks fine. A picture
     * damaged past its header is found out only when it is drawn.
     */
    public static String whyNotShown(Path folder, String path) {
        Lookup lookup = find(folder, path);
        if (lookup.file() == null) {
            return lookup.refusal();
        }
        int[] size = size(lookup.file());
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            return Messages.get("image.refused.unreadable", path);
        }
        if ((long) size[0] * size[1] > MAX_DECLARED_PIXELS) {
            return Messages.get("image.refused.tooLarge", path, size[0], size[1]);
        }
        return null;
    }

    /**
     * @param folder the folder of the timeline file, or null for a timeline that is not in a file
     * @param path   the image's {@code path} field as written in the file
     */
    public static Lookup find(Path folder, String path) {
        if (folder == null) {
            return Lookup.refused("image.refused.unsaved");
        }
        Lookup refused = refusedByName(path);
        if (refused != null) {
            return refused;
        }
        try {
            return locate(folder.toRealPath(), path);
        } catch (IOException | SecurityException e) {
            return Lookup.refused("image.refused.missing", path);
        }
    }

    /** A path refused by how it is written (an address, absolute, not a picture's name), or null. */
    private static Lookup refusedByName(String path) {
        if (path.isBlank() || path.matches("(?i)^[a-z][a-z0-9+.-]+:.*")) {
            return Lookup.refused("image.refused.remote", path);
        }
        Path relative;
        try {
            relative = Path.of(path.replace('\\', '/'));
        } catch (InvalidPathException e) {
            return Lookup.refused("image.refused.outside", path);
        }
        if (relative.isAbsolute() || relative.getRoot() != null || path.matches("(?i)^[a-z]:.*") || path.startsWith("/")
                || path.startsWith("\\")) {
            return Lookup.refused("image.refused.outside", path);
        }
        String name = relative.getFileName() == null ? "" : relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !PICTURES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return Lookup.refused("image.refused.format", path);
        }
        return null;
    }

    /** As {@link #find}, in a folder given by its real path. */
    private static Lookup findIn(Path base, String path) {
        Lookup refused = refusedByName(path);
        return refused != null ? refused : locate(base, path);
    }

    /** The picture of a path {@link #refusedByName} let through, in the folder {@code base} (a real path). */
    private static Lookup locate(Path base, String path) {
        Path relative = Path.of(path.replace('\\', '/'));
        try {
            Path candidate = base.resolve(relative).normalize();
            if (!candidate.startsWith(base)) {
                return Lookup.refused("image.refused.outside", path);
            }
            if (!Files.isRegularFile(candidate)) {
                return Lookup.refused("image.refused.missing", path);
            }
            // Links are followed only when they end inside the folder too.
            Path real = candidate.toRealPath();
            if (!real.startsWith(base) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return Lookup.refused("image.refused.outside", path);
            }
            return Lookup.found(real);
        } catch (IOException | SecurityException e) {
            return Lookup.refused("image.refused.missing", path);
        }
    }
}
