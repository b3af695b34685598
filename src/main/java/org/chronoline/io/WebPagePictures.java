package org.chronoline.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.chronoline.model.DisplayText;
import org.chronoline.model.EventImage;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;

/**
 * The events' pictures as a published page carries them: those the window would show, as
 * {@code data:} addresses, counted as they go in; for each of the others, one sentence saying which
 * event's and why, in the window's words.
 */
final class WebPagePictures {
    /** Pictures above this many bytes are embedded as the reduced copy the window shows, as PNG. */
    private static final long LARGEST_EMBEDDED_ORIGINAL = 1_500_000;
    private static final int PICTURE_SIDE = 2048;

    /** The timeline file's folder, where its pictures are; null when it has none. */
    private final Path folder;
    private int count;
    private final List<String> leftOut = new ArrayList<>();

    WebPagePictures(Path folder) {
        this.folder = folder;
    }

    /** The event's picture as a {@code data:} address, counted; null when it has none, or it is left out and said. */
    String of(TimelineEvent e) {
        if (e.image() == null) {
            return null;
        }
        String picture = picture(folder, e.image(), why -> leftOut.add(Messages.get("picture.ofEvent", DisplayText.line(e.title()), why)));
        if (picture != null) {
            count++;
        }
        return picture;
    }

    /** The pictures put in so far. */
    int count() {
        return count;
    }

    /** A sentence for each picture left out so far. */
    List<String> leftOut() {
        return List.copyOf(leftOut);
    }

    /**
     * The picture as a {@code data:} address, when the window would show it; null otherwise, and
     * {@code leftOut} is told why in the window's words. A picture that is large, or not PNG, JPEG
     * or GIF, goes in as the window's reduced copy, as PNG.
     */
    private static String picture(Path folder, EventImage image, Consumer<String> leftOut) {
        ImageFiles.Lookup lookup = ImageFiles.find(folder, image.path());
        if (lookup.file() == null) {
            leftOut.accept(lookup.refusal());
            return null;
        }
        try {
            ImageFiles.Decoded decoded = ImageFiles.decode(lookup.file(), image.path(), PICTURE_SIDE);
            byte[] original = Files.size(lookup.file()) <= LARGEST_EMBEDDED_ORIGINAL ? Files.readAllBytes(lookup.file()) : null;
            String type = original == null || decoded.isReduced() ? null : webType(original);
            if (type == null) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                PngWriter.write(png, decoded.width(), decoded.height(), decoded.argb());
                original = png.toByteArray();
                type = "image/png";
            }
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(original);
        } catch (ImageFiles.UnreadablePictureException e) {
            leftOut.accept(e.getMessage());
            return null;
        } catch (IOException e) {
            leftOut.accept(Messages.get("image.refused.unreadable", image.path()));
            return null;
        }
    }

    /** The picture's type by its first bytes, when every browser shows it as it is; null otherwise. */
    private static String webType(byte[] bytes) {
        if (TextEncoding.startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (TextEncoding.startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (TextEncoding.startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        return null;
    }
}
