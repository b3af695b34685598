package org.chronoline.io;

import java.util.Locale;

/** Whether a problem stops a file from opening (error) or only deserves attention (warning). */
public enum Severity {
    ERROR,
    WARNING;

    /** The lowercase word used in command-line output: "error" or "warning". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
