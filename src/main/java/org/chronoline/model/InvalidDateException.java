package org.chronoline.model;

import org.chronoline.text.Messages;

/** Thrown when text or fields do not make a date; {@link #reason()} says why in a few words. */
public final class InvalidDateException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    private InvalidDateException(String reason) {
        super(reason);
        this.reason = reason;
    }

    static InvalidDateException because(String key, Object... args) {
        return new InvalidDateException(Messages.get(key, args));
    }

    /** Why it is not a date, for example "there is no month 13; months run from 1 to 12" or "February 2007 has 28 days". */
    public String reason() {
        return reason;
    }

    /**
     * The reason as a sentence of its own, for under a field or in a dialog: "Not a date: there is no month 13; …".
     * The reason alone there began in lower case and did not say what was wrong.
     */
    public String sentence() {
        return Messages.get("date.invalid", reason);
    }
}
