package org.chronoline.app;

import java.util.Locale;
import org.chronoline.text.Messages;

/**
 * The language the user chose in View > Language, remembered between sessions. Without a choice,
 * Chronoline speaks the system's language when it is one of its five, and English otherwise.
 */
public final class LanguageSetting {
    private static final String KEY = "language";

    private LanguageSetting() {
    }

    /** The language to start in: the one chosen in the window, or null when none was. */
    public static Locale chosen() {
        String tag = new Settings().get(KEY, null);
        return tag == null ? null : Messages.supported(Locale.forLanguageTag(tag));
    }

    static void remember(Locale language) {
        new Settings().put(KEY, language.toLanguageTag());
    }
}
