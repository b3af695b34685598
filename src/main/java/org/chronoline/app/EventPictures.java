package org.chronoline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.chronoline.io.ImageFiles;
import org.chronoline.model.DisplayText;
import org.chronoline.model.EventImage;
import org.chronoline.text.Messages;

/**
 * Loads events' pictures from the timeline's folder, in the background, and only when
 * {@link ImageFiles} allows it. A picture arrives later than the event it belongs to: the panel
 * and the presentation card show it when it comes, or the reason it cannot be shown. Large
 * pictures are read reduced; the last few are kept, so stepping through a presentation and back
 * does not read them again.
 */
final class EventPictures {
    /** Pictures are read at most this many pixels across: sharp on a 4K projector, small in memory. */
    static final int MAX_SIDE = 2048;
    private static final int KEPT = 24;

    /** A picture as it loads: the image once read, or why there is none; a note when it was reduced. */
    static final class Picture {
        static final Picture NONE = new Picture();

        private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
        private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal");
        private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note");

        static Picture refused(String reason) {
            Picture picture = new Picture();
            picture.refusal.set(reason);
            return picture;
        }

        boolean isNone() {
            return this == NONE;
        }

        ReadOnlyObjectProperty<Image> imageProperty() {
            return image.getReadOnlyProperty();
        }

        Image image() {
            return image.get();
        }

        ReadOnlyStringProperty refusalProperty() {
            return refusal.getReadOnlyProperty();
        }

        String refusal() {
            return refusal.get();
        }

        /** "Shown at reduced size..." for a picture read smaller than it is, or null. */
        ReadOnlyStringProperty noteProperty() {
            return note.getReadOnlyProperty();
        }
    }

    private final Supplier<Path> timelineFile;
    private final Background background;
    /** The pictures read most recently, by file and modification time, oldest first. */
    private final Map<String, Picture> recent = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Picture> eldest) {
            return size() > KEPT;
        }
    };

    /** @param timelineFile the open timeline's file, or null while it is not saved in one */
    EventPictures(Supplier<Path> timelineFile, Background background) {
        this.timelineFile = timelineFile;
        this.background = background;
    }

    /** The event's picture: refused at once when it may not be shown, otherwise read in the background. */
    Picture of(EventImage image) {
        if (image == null) {
            return Picture.NONE;
        }
        Path file = timelineFile.get();
        ImageFiles.Lookup lookup = ImageFiles.find(file == null ? null : file.toAbsolutePath().getParent(), image.path());
        if (lookup.file() == null) {
            return Picture.refused(lookup.refusal());
        }
        String key;
        try {
            key = lookup.file() + "@" + Files.getLastModifiedTime(lookup.file()).toMillis();
        } catch (IOException e) {
            return Picture.refused(Messages.get("image.refused.missing", DisplayText.inSentence(image.path())));
        }
        Picture kept = recent.get(key);
        if (kept != null && kept.refusal() == null) {
            return kept;
        }
        Picture picture = new Picture();
        recent.put(key, picture);
        Path found = lookup.file();
        background.execute(() -> {
            try {
                ImageFiles.Decoded decoded = ImageFiles.decode(found, image.path(), MAX_SIDE);
                Platform.runLater(() -> {
                    picture.image.set(toImage(decoded));
                    if (decoded.isReduced()) {
                        picture.note.set(Messages.get("image.reduced", decoded.originalWidth(), decoded.originalHeight()));
                    }
                });
            } catch (ImageFiles.UnreadablePictureException e) {
                Platform.runLater(() -> picture.refusal.set(e.getMessage()));
            }
        });
        return picture;
    }

    private static Image toImage(ImageFiles.Decoded decoded) {
        WritableImage image = new WritableImage(decoded.width(), decoded.height());
        image.getPixelWriter().setPixels(0, 0, decoded.width(), decoded.height(), PixelFormat.getIntArgbInstance(),
                decoded.argb(), 0, decoded.width());
        return image;
    }
}
