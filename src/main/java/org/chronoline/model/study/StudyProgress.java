package org.chronoline.model.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chronoline.model.TimelineEvent;

/**
 * What a student knows of one timeline: for each event a Leitner box (0 not studied yet, 1 to
 * {@link #BOXES}), moved up one box by a card known, a good "When was it?" answer or an event put in
 * its place in order, back to box 1 by a card missed, a poor answer or an event put out of order; the score of the last "When was
 * it?" answer; and the day each was last seen. Box 1 comes back every session, box 2 after two
 * days, box 3 after four and so on, so what was missed comes back soonest. Kept in the student's
 * own data, never in the timeline file.
 */
public final class StudyProgress {
    public static final int BOXES = 5;
    /** From this box on an event counts as known. */
    public static final int KNOWN_BOX = 4;
    /** The least score of a "When was it?" answer that counts as knowing the date. */
    public static final int GOOD_ANSWER = 50;

    private int sessions;
    /** The day of this session, in days since 1970-01-01 in the student's time zone. */
    private long today;
    private final Map<String, Integer> boxes = new LinkedHashMap<>();
    private final Map<String, Integer> lastWhen = new LinkedHashMap<>();
    /** The day each event was last graded (a card, an answer, an order), as {@link #today} counts. */
    private final Map<String, Long> seen = new LinkedHashMap<>();

    public StudyProgress() {
    }

    /** Progress as it was stored before the days cards were seen were kept: every card in a box past the first is due. */
    public StudyProgress(int sessions, Map<String, Integer> boxes, Map<String, Integer> lastWhen) {
        this(sessions, boxes, lastWhen, Map.of());
    }

    /** Progress as it was stored. */
    public StudyProgress(int sessions, Map<String, Integer> boxes, Map<String, Integer> lastWhen, Map<String, Long> seen) {
        this.sessions = Math.max(0, sessions);
        boxes.forEach((id, box) -> this.boxes.put(id, Math.max(1, Math.min(BOXES, box))));
        lastWhen.forEach((id, points) -> this.lastWhen.put(id, Math.max(0, Math.min(100, points))));
        this.seen.putAll(seen);
    }

    /** A copy, to be kept while the student goes on. */
    public StudyProgress copy() {
        StudyProgress copy = new StudyProgress(sessions, boxes, lastWhen, seen);
        copy.today = today;
        return copy;
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

    public Map<String, Long> seen() {
        return Map.copyOf(seen);
    }

    /** The event's box: 0 when not studied yet. */
    public int box(String id) {
        return boxes.getOrDefault(id, 0);
    }

    /**
     * A session begins on {@code today} (days since 1970-01-01 in the student's time zone): the
     * cards due are worked out from the days each was last seen.
     */
    public void startSession(long today) {
        this.today = today;
        sessions++;
    }

    /**
     * The cards due this session: those in the first box (new, or missed) every time, those in box
     * {@code n} once {@code 2^(n-1)} days have passed since they were last seen (two days for box 2,
     * four for box 3, eight, sixteen). The lowest boxes come first, each box shuffled by
     * {@code random}: in time order, each card's place in the deck gave its date away. Sessions were
     * counted by the clicks that began them, so Study Again, right after a deck, brought back every
     * card just known.
     */
    public List<TimelineEvent> due(List<TimelineEvent> set, Random random) {
        List<TimelineEvent> due = new ArrayList<>();
        for (TimelineEvent e : set) {
            if (isDue(e.id())) {
                due.add(e);
            }
        }
        Collections.shuffle(due, random);
        due.sort(Comparator.comparingInt((TimelineEvent e) -> Math.max(1, box(e.id())))); // stable: shuffled within a box
        return due;
    }

    /** Whether the event's card is due today: in the first box, or its box's days have passed since it was seen. */
    public boolean isDue(String id) {
        int box = box(id);
        Long last = seen.get(id);
        return box <= 1 || last == null || today - last >= daysInBox(box);
    }

    /** The days a card waits in a box before it is due again: two in the second, four in the third, eight, sixteen; none in the first. */
    public static long daysInBox(int box) {
        return box <= 1 ? 0 : 1L << (box - 1);
    }

    /** The card was known: up one box (a new card known at once goes to the second). */
    public void knew(String id) {
        boxes.put(id, Math.min(BOXES, Math.max(1, box(id)) + 1));
        seen.put(id, today);
    }

    /** What one event's card was (its box and the day it was last seen, null for none), to be put back. */
    public record Card(String id, Integer box, Long seen) {
    }

    /** The event's card as it is now: kept before a grade, so that a grade given by mistake can be taken back. */
    public Card card(String id) {
        return new Card(id, boxes.get(id), seen.get(id));
    }

    /** Puts a card back as it was ({@link #card}): a "Knew It" or "Missed It" taken back. */
    public void restore(Card card) {
        if (card.box() == null) {
            boxes.remove(card.id());
        } else {
            boxes.put(card.id(), card.box());
        }
        if (card.seen() == null) {
            seen.remove(card.id());
        } else {
            seen.put(card.id(), card.seen());
        }
    }

    /** The card was missed, or the event put in the wrong order: back to the first box. */
    public void missed(String id) {
        boxes.put(id, 1);
        seen.put(id, today);
    }

    /**
     * An answer to "When was it?", 0 to 100, kept as the event's last score: a good one (50 or
     * more, a week off a day or a few years off a year) counts as a card known when the card is
     * due, a poor one as a card missed. A right answer used to leave a new event in the first box,
     * among what needs work; counted when not due, three right answers in a sitting made it known.
     */
    public void answered(String id, int points) {
        lastWhen.put(id, Math.max(0, Math.min(100, points)));
        if (points < GOOD_ANSWER) {
            missed(id);
        } else if (isDue(id)) {
            knew(id);
        }
    }

    /**
     * An event put in order among others: in its place, it counts as a good answer does (up a box when it is due), out
     * of place as a card missed. Only those out of place were counted: an event put right, even at first sight, stayed
     * "not studied yet" (walk-through).
     */
    public void placed(String id, boolean right) {
        if (!right) {
            missed(id);
        } else if (isDue(id)) {
            knew(id);
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
            } else if (box == 1 || when != null && when < GOOD_ANSWER) {
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
        seen.clear();
    }
}
