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

    /** Why it is not a date, for example "month 13" or "February 2007 has 28 days". */
    public String reason() {
        return reason;
    }
}
