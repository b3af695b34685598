package org.chronoline.model.study;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * When Was It? in one sitting: how many questions have been answered and the points they scored,
 * for the line above the question ("Question 5 · 210 points from 4 answers, 53 on average"). Each
 * answer said its own points alone, and a student could not tell how a sitting went.
 */
public final class WhenTally {
    /** The events a round asks, by id: the set's, less those whose titles name a year (see {@link WhenAnswer#isWorthAsking}). */
    private final Set<String> round;
    private final Set<String> asked = new HashSet<>();
    private boolean roundDone;
    private int answered;
    private long points;

    /** A sitting whose round asks the events {@code round}, by id, and ends once each has been answered. */
    public WhenTally(Collection<String> round) {
        this.round = Set.copyOf(round);
    }

    /**
     * Counts an answer's points (0 to 100) to event {@code id}; true when it ends the round, the last
     * of the round's events answered for the first time. The sitting went on asking without an end,
     * and a student could not tell when every event had come (a student's walk-through).
     */
    public boolean add(String id, int scored) {
        answered++;
        points += scored;
        if (roundDone || !asked.add(id) || !asked.containsAll(round)) {
            return false;
        }
        roundDone = true;
        return true;
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
