package org.chronoline.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one load, up to {@link #LIMIT}; beyond it they are only counted, so a
 * file with a million bad dates is still reported quickly and in bounded memory.
 */
final class Findings {
    static final int LIMIT = 100;

    private final List<Finding> unlocated = new ArrayList<>();
    private final List<Problem> located = new ArrayList<>();
    private int omitted;
    private boolean hasErrors;

    void error(JsonPath path, String message) {
        add(new Finding(Severity.ERROR, path, Finding.Anchor.VALUE, 1, message));
    }

    void warning(JsonPath path, String message) {
        add(new Finding(Severity.WARNING, path, Finding.Anchor.VALUE, 1, message));
    }

    void errorAtName(JsonPath fieldPath, int occurrence, String message) {
        add(new Finding(Severity.ERROR, fieldPath, Finding.Anchor.NAME, occurrence, message));
    }

    void warningAtName(JsonPath fieldPath, String message) {
        add(new Finding(Severity.WARNING, fieldPath, Finding.Anchor.NAME, 1, message));
    }

    /** A problem whose position is already known, such as a syntax error. */
    void positioned(Problem problem) {
        hasErrors |= problem.isError();
        if (size() < LIMIT) {
            located.add(problem);
        } else {
            omitted++;
        }
    }

    private void add(Finding finding) {
        hasErrors |= finding.severity() == Severity.ERROR;
        if (size() < LIMIT) {
            unlocated.add(finding);
        } else {
            omitted++;
        }
    }

    private int size() {
        return unlocated.size() + located.size();
    }

    boolean hasErrors() {
        return hasErrors;
    }

    boolean isEmpty() {
        return size() == 0;
    }

    List<Finding> unlocated() {
        return unlocated;
    }

    List<Problem> located() {
        return located;
    }

    int omitted() {
        return omitted;
    }
}
