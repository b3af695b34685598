package org.chronoline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
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

    /**
     * The picture's width and height in pixels, read from its header without decoding it, or null
     * when the file is not a picture this platform can read.
     */
    public static int[] size(Path file) {
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return null;
            }
            java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            javax.imageio.ImageReader reader = readers.next();
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
     * @param folder the folder of the timeline file, or null for a timeline that is not in a file
     * @param path   the image's {@code path} field as written in the file
     */
    public static Lookup find(Path folder, String path) {
        if (folder == null) {
            return Lookup.refused("image.refused.unsaved");
        }
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
        try {
            Path base = folder.toRealPath();
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
