package org.chronoline.model.study;

import java.util.HashSet;
import java.util.Set;

/**
 * When Was It? in one sitting: how many questions have been answered and the points they scored,
 * for the line above the question ("Question 5 · 210 points from 4 answers, 53 on average"). Each
 * answer said its own points alone, and a student could not tell how a sitting went.
 */
public final class WhenTally {
    private final int setSize;
    private final Set<String> asked = new HashSet<>();
    private int answered;
    private long points;

    /** A sitting over a set of {@code setSize} events, whose round ends once each has been answered. */
    public WhenTally(int setSize) {
        this.setSize = setSize;
    }

    /**
     * Counts an answer's points (0 to 100) to event {@code id}; true when it ends the round, the set's
     * last event answered for the first time. The sitting went on asking without an end, and a
     * student could not tell when every event had come (a student's walk-through).
     */
    public boolean add(String id, int scored) {
        answered++;
        points += scored;
        return asked.add(id) && asked.size() == setSize;
    }

    public int answered() {
        return answered;
    }

    public long points() {
        return points;
    }

    /** The points an answer scored on average, rounded; 0 before any. */
    public long average() {
        return answered == 0 ? 0 : Math.round((double) points / answered);
    }
}
