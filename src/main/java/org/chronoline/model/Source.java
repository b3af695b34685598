package org.chronoline.model;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a fact comes from. Any of the fields but {@code title} may be null.
 *
 * @param url   the address as written in the file; whether it may be opened is decided by {@link Links}
 * @param date  when the source was published
 * @param gives the date this source gives for the event, where sources differ ({@link Dating#DISPUTED})
 * @param language the language it is written in, as a language tag ("de", "pt-BR"), as written in the file
 */
public record Source(String title, String url, String publisher, HistoricalDate date, HistoricalDate gives, String language,
                     ExtraFields extras) {
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(extras, "extras");
    }

    public Source(String title, String url, String publisher, HistoricalDate date, HistoricalDate gives, ExtraFields extras) {
        this(title, url, publisher, date, gives, null, extras);
    }

    public Source(String title, String url, String publisher, HistoricalDate date, ExtraFields extras) {
        this(title, url, publisher, date, null, extras);
    }

    public Source(String title, String url) {
        this(title, url, null, null, null, ExtraFields.NONE);
    }

    /**
     * The language it is written in, when its tag is a well-formed one ("de", "pt-BR", "sr-Latn"); null when it
     * has none, or one that is not a language tag ({@link #isLanguageTag}).
     */
    public Locale locale() {
        return isLanguageTag(language) ? Locale.forLanguageTag(language) : null;
    }

    /**
     * Whether {@code tag} is a well-formed language tag (BCP 47) that names a language by its ISO 639 code: "de",
     * "pt-BR", "yue", not "German" (well-formed, as a language subtag of five to eight letters may be) or "und".
     */
    public static boolean isLanguageTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        String language;
        try {
            language = new Locale.Builder().setLanguageTag(tag).build().getLanguage();
        } catch (IllformedLocaleException e) {
            return false;
        }
        if (language.length() == 2) {
            return TWO_LETTER_CODES.contains(language);
        }
        // A three-letter code of a language with no two-letter one ("yue", Cantonese); not "deu" or "ger" for de, which
        // a language tag writes as de, nor one Java cannot name.
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return language.length() == 3 && !name.isEmpty() && !name.equals(language) && !TwoLetterNames.ALL.contains(name);
    }

    private static final java.util.Set<String> TWO_LETTER_CODES = java.util.Set.of(Locale.getISOLanguages());

    /** The names of the languages with a two-letter code, made when first asked for: no file read at a start needs them. */
    private static final class TwoLetterNames {
        static final java.util.Set<String> ALL = TWO_LETTER_CODES.stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH)).collect(java.util.stream.Collectors.toSet());
    }

    /** What to call the source in a sentence: its publisher, or its title when it has none. */
    public String name() {
        return publisher != null && !publisher.isBlank() ? publisher : title;
    }
}
