package org.chronoline.app;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.image.Image;
import org.chronoline.io.ImageFiles;
import org.chronoline.model.EventImage;
import org.chronoline.text.Messages;

/**
 * Loads events' pictures from the timeline's folder, in the background, and only when
 * {@link ImageFiles} allows it; a picture that cannot be shown gives the reason instead.
 */
final class EventPictures {
    /** A picture to show, or why there is none; both null when the event has no picture. */
    record Picture(Image image, String refusal) {
        static final Picture NONE = new Picture(null, null);
    }

    private static final int MAX_PIXELS = 1600;

    private final Supplier<Path> timelineFile;

    /** @param timelineFile the open timeline's file, or null while it is not saved in one */
    EventPictures(Supplier<Path> timelineFile) {
        this.timelineFile = timelineFile;
    }

    Picture of(EventImage image) {
        if (image == null) {
            return Picture.NONE;
        }
        Path file = timelineFile.get();
        ImageFiles.Lookup lookup = ImageFiles.find(file == null ? null : file.toAbsolutePath().getParent(), image.path());
        if (lookup.file() == null) {
            return new Picture(null, lookup.refusal());
        }
        int[] size = ImageFiles.size(lookup.file());
        if (size == null) {
            return new Picture(null, Messages.get("image.refused.unreadable", image.path()));
        }
        String url = lookup.file().toUri().toString();
        // A huge photograph is decoded at most 1600 pixels across, so it cannot exhaust the memory.
        boolean huge = size[0] > MAX_PIXELS || size[1] > MAX_PIXELS;
        return new Picture(huge ? new Image(url, MAX_PIXELS, MAX_PIXELS, true, true, true) : new Image(url, true), null);
    }
}
