package org.chronoline.io;

/**
 * A problem addressed by JSON path, as the parser first sees it; {@link ProblemLocator} later
 * finds its line and column. (Syntax and encoding errors are positioned at once and skip this step.)
 *
 * @param anchor     what to point at: the value at {@code path}, or the name of the field at {@code path}
 * @param occurrence for a field name that appears more than once in an object, which appearance (1-based)
 */
record Finding(Severity severity, JsonPath path, Anchor anchor, int occurrence, String message) {

    /** The token a finding points at. */
    enum Anchor {
        VALUE,
        NAME
    }
}
