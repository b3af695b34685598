package org.chronoline.model.study;

/**
 * When Was It? in one sitting: how many questions have been answered and the points they scored,
 * for the line above the question ("Question 5 · 210 points from 4 answers, 53 on average"). Each
 * answer said its own points alone, and a student could not tell how a sitting went.
 */
public final class WhenTally {
    private int answered;
    private long points;

    /** Counts an answer's points (0 to 100). */
    public void add(int scored) {
        answered++;
        points += scored;
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
