package org.chronoline.model.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronoline.model.TimelineEvent;

/**
 * What a student knows of one timeline: for each event a Leitner box (0 not studied yet, 1 to
 * {@link #BOXES}), moved up one box by a card known, back to box 1 by one missed or an event put in
 * the wrong order, and the score of the last "When was it?" answer. Box 1 comes back every session,
 * box 2 every second, box 3 every fourth and so on, so what was missed comes back soonest. Kept in
 * the student's own data, never in the timeline file.
 */
public final class StudyProgress {
    public static final int BOXES = 5;
    /** From this box on an event counts as known. */
    public static final int KNOWN_BOX = 4;

    private int sessions;
    private final Map<String, Integer> boxes = new LinkedHashMap<>();
    private final Map<String, Integer> lastWhen = new LinkedHashMap<>();

    public StudyProgress() {
    }

    /** Progress as it was stored. */
    public StudyProgress(int sessions, Map<String, Integer> boxes, Map<String, Integer> lastWhen) {
        this.sessions = Math.max(0, sessions);
        boxes.forEach((id, box) -> this.boxes.put(id, Math.max(1, Math.min(BOXES, box))));
        lastWhen.forEach((id, points) -> this.lastWhen.put(id, Math.max(0, Math.min(100, points))));
    }

    public int sessions() {
        return sessions;
    }

    public Map<String, Integer> boxes() {
        return Map.copyOf(boxes);
    }

    public Map<String, Integer> lastWhen() {
        return Map.copyOf(lastWhen);
    }

    /** The event's box: 0 when not studied yet. */
    public int box(String id) {
        return boxes.getOrDefault(id, 0);
    }

    /** A new session of cards begins: the boxes due are worked out from how many came before. */
    public void startSession() {
        sessions++;
    }

    /** The cards due this session, the lowest boxes first, each box in time order. */
    public List<TimelineEvent> due(List<TimelineEvent> set) {
        List<TimelineEvent> due = new ArrayList<>();
        for (TimelineEvent e : set) {
            int box = box(e.id());
            if (box <= 1 || sessions % (1 << (box - 1)) == 0) {
                due.add(e);
            }
        }
        due.sort(Comparator.comparingInt((TimelineEvent e) -> Math.max(1, box(e.id()))).thenComparingLong(TimelineEvent::startSecond));
        return due;
    }

    /** The card was known: up one box (a new card known at once goes to the second). */
    public void knew(String id) {
        boxes.put(id, Math.min(BOXES, Math.max(1, box(id)) + 1));
    }

    /** The card was missed, or the event put in the wrong order: back to the first box. */
    public void missed(String id) {
        boxes.put(id, 1);
    }

    /** An answer to "When was it?", 0 to 100: kept as the event's last score; a poor one sends its card back. */
    public void answered(String id, int points) {
        lastWhen.put(id, Math.max(0, Math.min(100, points)));
        if (points < 50) {
            missed(id);
        } else if (box(id) == 0) {
            boxes.put(id, 1);
        }
    }

    /** How a study set stands: known (box 4 and up), needing work (box 1, or last date far off), and not studied yet. */
    public record Summary(List<TimelineEvent> known, List<TimelineEvent> needsWork, List<TimelineEvent> learning,
                          List<TimelineEvent> notYet) {
    }

    public Summary summary(List<TimelineEvent> set) {
        List<TimelineEvent> known = new ArrayList<>();
        List<TimelineEvent> needsWork = new ArrayList<>();
        List<TimelineEvent> learning = new ArrayList<>();
        List<TimelineEvent> notYet = new ArrayList<>();
        for (TimelineEvent e : set) {
            int box = box(e.id());
            Integer when = lastWhen.get(e.id());
            if (box == 0 && when == null) {
                notYet.add(e);
            } else if (box == 1 || when != null && when < 50) {
                needsWork.add(e);
            } else if (box >= KNOWN_BOX) {
                known.add(e);
            } else {
                learning.add(e);
            }
        }
        return new Summary(known, needsWork, learning, notYet);
    }

    /** Forgets everything: a fresh start. */
    public void reset() {
        sessions = 0;
        boxes.clear();
        lastWhen.clear();
    }
}
