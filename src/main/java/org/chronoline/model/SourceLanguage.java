package org.chronoline.model;

import java.util.Locale;
import org.chronoline.text.Messages;

/**
 * What a reader is told of the language a source is written in: "in German" beside its publisher,
 * so that a student knows before following it, and a screen reader is told why its title sounds odd.
 */
public final class SourceLanguage {
    private SourceLanguage() {
    }

    /**
     * "in German", "auf Russisch": the source's language named in the interface's, or null when it has
     * none (or one that is not a language tag) or is written in the interface's own language.
     */
    public static String note(Source source) {
        Locale written = source.locale();
        Locale reading = Messages.locale();
        if (written == null || written.getLanguage().equals(reading.getLanguage())) {
            return null;
        }
        return Messages.get("source.language", written.getDisplayLanguage(reading));
    }
}
