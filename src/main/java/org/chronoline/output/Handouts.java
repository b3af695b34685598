package org.chronoline.output;

import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.chronoline.io.HandoutWriter;
import org.chronoline.io.PaperSize;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.io.SaveFailedException;
import org.chronoline.model.TimelineDocument;
import org.chronoline.view.FxThread;
import org.chronoline.view.HandoutPictures;
import org.chronoline.view.PresentationSteps;
import org.chronoline.view.RenderStyle;
import org.chronoline.view.Theme;
import org.chronoline.view.TimelineRenderer;

/**
 * Makes a handout PDF of a tour or of events, for the window and the command line alike: the
 * pictures are drawn by the timeline's renderer in the light theme at print size (one JavaFX task
 * at a time, so a window stays responsive), and the pages are laid out by {@link HandoutWriter}.
 * Call from a background thread, or from the command line.
 */
public final class Handouts {
    /** Pixels per point of the pictures: sharp on paper at about 220 dots per inch. */
    private static final double PIXELS_PER_POINT = 3;
    /** Type on paper: the screen's 13-pixel labels at about 9.75 points. */
    private static final double PRINT_TYPE = 0.75;

    private Handouts() {
    }

    /**
     * Writes the handout; {@code progress} hears (pictures drawn, pictures in all) as it goes.
     *
     * @param inputs the files the document was read from; the handout never goes over them
     * @return how many pages it has
     */
    public static int write(Path target, Collection<Path> inputs, PaperSize paper, TimelineDocument document, PresentationSteps steps,
            BiConsumer<Integer, Integer> progress) throws SaveFailedException, InterruptedException {
        SafeFileWriter.checkTarget(target, inputs);
        int total = steps.size() + 1;
        HandoutPictures pictures = call(() -> new HandoutPictures(new TimelineRenderer(printStyle()), document, steps, PIXELS_PER_POINT));
        HandoutWriter.Picture overview = toPage(call(() -> pictures.overview(HandoutWriter.width(paper), HandoutWriter.overviewHeight(paper))));
        progress.accept(1, total);
        PicturesAhead pictureOf = new PicturesAhead(pictures, HandoutWriter.width(paper), steps.size(), index -> progress.accept(index + 2, total));
        try {
            return HandoutWriter.write(target, inputs, paper, document.title(), steps.title(), overview, steps.steps(), pictureOf);
        } catch (CancellationException e) {
            throw new InterruptedException();
        } finally {
            pictureOf.stop();
        }
    }

    /**
     * Each step's picture, drawn while the page before it is written: on the JavaFX thread while the
     * writer compresses that page's picture (the two took turns, each idle half the time), and let go
     * after its page, two pictures in memory at a time. Asked for in order, once each.
     */
    private static final class PicturesAhead implements IntFunction<HandoutWriter.Picture> {
        private final HandoutPictures pictures;
        private final float width;
        private final int count;
        private final IntConsumer drawn;
        private volatile boolean stopped;
        private CompletableFuture<HandoutPictures.Picture> ahead;
        private int aheadIndex = -1;

        PicturesAhead(HandoutPictures pictures, float width, int count, IntConsumer drawn) {
            this.pictures = pictures;
            this.width = width;
            this.count = count;
            this.drawn = drawn;
        }

        @Override
        public HandoutWriter.Picture apply(int index) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException();
            }
            CompletableFuture<HandoutPictures.Picture> current = aheadIndex == index ? ahead : draw(index);
            ahead = index + 1 < count ? draw(index + 1) : null;
            aheadIndex = index + 1;
            HandoutPictures.Picture picture = result(current);
            drawn.accept(index);
            return toPage(picture);
        }

        /** The writing ended (done, cancelled or failed): a picture still waiting to be drawn is not. */
        void stop() {
            stopped = true;
        }

        private CompletableFuture<HandoutPictures.Picture> draw(int index) {
            return unchecked(() -> FxThread.later(() -> stopped ? null : pictures.step(index, width,
                    HandoutWriter.STEP_PICTURE_HEIGHT)));
        }
    }

    /** The light theme, its type scaled for paper. */
    static RenderStyle printStyle() {
        return Theme.LIGHT.timelineStyle().withFontsScaled(PRINT_TYPE);
    }

    private static HandoutWriter.Picture toPage(HandoutPictures.Picture p) {
        return p == null ? null : new HandoutWriter.Picture(p.pixelWidth(), p.pixelHeight(), p.argb(), p.width(), p.height(),
                p.key().stream().map(k -> new HandoutWriter.KeyLine(k.name(), k.dates(), k.rgb())).toList());
    }

    private static <T> T result(CompletableFuture<T> drawing) {
        try {
            return drawing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : new IllegalStateException(e.getCause());
        }
    }

    private static <T> T call(Callable<T> work) {
        return unchecked(() -> FxThread.call(work));
    }

    /** {@code work}'s result, its checked exceptions made unchecked (the caller's task turns them into a message). */
    private static <T> T unchecked(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
