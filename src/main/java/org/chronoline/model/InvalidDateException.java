package org.chronoline.model;

import org.chronoline.text.Messages;

/** Thrown when text or fields do not make a date; {@link #reason()} says why in a few words. */
public final class InvalidDateException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The reason of text that is no date in any form read ({@link #isUnreadable()}). */
    private static final String UNREADABLE = "date.reason.input";

    private final String reason;
    private final boolean unreadable;

    private InvalidDateException(String reason, boolean unreadable) {
        super(reason);
        this.reason = reason;
        this.unreadable = unreadable;
    }

    static InvalidDateException because(String key, Object... args) {
        return new InvalidDateException(Messages.get(key, args), UNREADABLE.equals(key));
    }

    /**
     * Whether the text was read as no date at all, not as a date that does not exist: its reason then only shows how
     * dates are typed ("try 1990, July 2007, …"), which a quiz says with examples of its own.
     */
    public boolean isUnreadable() {
        return unreadable;
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
