package org.chronoline.view;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Glides the timeline from one scale to another. The zoom changes geometrically (each frame zooms
 * by the same factor), the instant under the anchor moves with an ease-out, and a long jump at a
 * close zoom first pulls out and then back in, as map applications do, so the eye can follow.
 */
final class ViewAnimator {
    private final Consumer<TimeScale> apply;
    private final Consumer<Boolean> running;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step(now);
        }
    };

    private TimeScale from;
    private TimeScale target;
    private double anchorX;
    private long startNanos = -1;
    private double durationNanos;
    private double extraZoomOut;

    ViewAnimator(Consumer<TimeScale> apply, Consumer<Boolean> running) {
        this.apply = apply;
        this.running = running;
    }

    /** Starts moving from {@code current} to {@code target}, keeping {@code anchorX} as the reference point. */
    void animate(TimeScale current, TimeScale target, double anchorX, double width, double millis) {
        this.from = current;
        this.target = target;
        this.anchorX = anchorX;
        this.durationNanos = millis * 1e6;
        this.startNanos = -1;
        double travel = Math.abs(target.secondAt(anchorX) - current.secondAt(anchorX));
        double widestView = Math.max(current.span(width), target.span(width));
        // Pull out so that the whole journey is at most about one view wide at the middle of the animation.
        extraZoomOut = travel > 2 * widestView ? Math.log(travel / widestView) : 0;
        running.accept(true);
        timer.start();
    }

    /**
     * The drawing area changed width from {@code before} to {@code width} during the glide: where it comes from and
     * where it goes show the same periods as before, and its anchor stays on the same instant.
     */
    void resized(double before, double width) {
        if (target == null) {
            return;
        }
        from = from.resized(before, width);
        target = target.resized(before, width);
        anchorX *= width / before;
    }

    /** Where the running animation is heading, or null when none runs. */
    TimeScale target() {
        return target;
    }

    boolean isRunning() {
        return target != null;
    }

    /** Stops the glide where it is; told as its end only when one was running (a jump recorded the view it left as one). */
    void stop() {
        boolean was = target != null;
        timer.stop();
        target = null;
        if (was) {
            running.accept(false);
        }
    }

    private void step(long now) {
        if (startNanos < 0) {
            startNanos = now;
        }
        double t = Math.min(1, (now - startNanos) / durationNanos);
        apply.accept(interpolate(t));
        if (t >= 1) {
            stop();
        }
    }

    TimeScale interpolate(double t) {
        double eased = 1 - Math.pow(1 - t, 3);
        double logFrom = Math.log(from.secondsPerPixel());
        double logTo = Math.log(target.secondsPerPixel());
        double bump = extraZoomOut * 4 * t * (1 - t);
        double spp = Math.exp(logFrom + (logTo - logFrom) * eased + bump);
        double anchorFrom = from.secondAt(anchorX);
        double anchorTo = target.secondAt(anchorX);
        double anchor = anchorFrom + (anchorTo - anchorFrom) * eased;
        return t >= 1 ? target : new TimeScale(anchor - anchorX * spp, spp);
    }
}
