package org.chronoline.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every sentence Chronoline shows or prints, looked up by key from {@code messages.properties}
 * and its translations ({@code messages_de}, {@code _fr}, {@code _ru}, {@code _pl}), so the wording
 * lives in files a translator can work on. A missing translation falls back to English.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ... and are replaced literally (no quoting rules:
 * apostrophes and braces in the text need no escaping). A message that counts something is
 * written in ICU's MessageFormat, such as {@code {0, plural, one {# event} other {# events}}}, so
 * that each language says it with its own plural forms and groups the digits its own way.
 */
public final class Messages {
    /** The languages Chronoline speaks, English first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("pl"));
    private static final String BUNDLE = "org.chronoline.text.messages";
    /** A message in ICU's syntax: an argument with a format ("{0, plural, ...}", "{1, number}"). */
    private static final Pattern FORMATTED = Pattern.compile("\\{\\d+\\s*,\\s*(plural|select|selectordinal|number)\\b");
    /** Never the JVM's default locale as a fallback: a missing German message is English, not the system's language. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * A pseudo-language for testing: every message comes out accented, about 30% longer and between
     * ⟦ and ⟧, so any text on screen without the marks was written into the code, and a label too
     * narrow for a longer language shows up clipped.
     */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    private static volatile boolean pseudo;
    private static volatile Locale locale = supported(Locale.forLanguageTag(System.getProperty("chronoline.lang",
            Locale.getDefault().toLanguageTag())));
    private static volatile ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);

    private Messages() {
    }

    /** The language the messages are in now. */
    public static Locale locale() {
        return locale;
    }

    /**
     * Speaks {@code wanted}'s language from now on, or English when Chronoline does not speak it.
     * Call before the window is built (sentences already shown stay as they are).
     */
    public static void use(Locale wanted) {
        Locale chosen = supported(wanted);
        bundle = ResourceBundle.getBundle(BUNDLE, chosen, NO_FALLBACK);
        locale = chosen;
        pseudo = PSEUDO.equals(wanted);
    }

    /**
     * Makes ready what the first counted message needs: ICU's plural rules and number format for
     * the language, loaded from its data the first time (about 0.1 s before the code is compiled).
     * The window has it done on another thread while it is built, so that its own thread does not
     * wait for it.
     */
    public static void prepare() {
        new MessageFormat("{0, plural, one {# x} other {# xs}} {1, number}", ULocale.forLocale(locale)).format(new Object[] {2, 1000});
    }

    /** Whether Chronoline has words in {@code wanted}'s language (the pseudo-language of tests too). */
    public static boolean speaks(Locale wanted) {
        return PSEUDO.equals(wanted) || LANGUAGES.stream().anyMatch(language -> language.getLanguage().equals(wanted.getLanguage()));
    }

    /** One of {@link #LANGUAGES}: the one with {@code wanted}'s language, or English. */
    public static Locale supported(Locale wanted) {
        for (Locale language : LANGUAGES) {
            if (language.getLanguage().equals(wanted.getLanguage())) {
                return language;
            }
        }
        return Locale.ENGLISH;
    }

    public static String get(String key, Object... args) {
        String text = format(bundle, locale, key, args);
        return pseudo ? pseudo(text) : text;
    }

    private static final String PLAIN = "aceinosuyzACEINOSUYZ";
    private static final String ACCENTED = "\u00e5\u00e7\u00e9\u00ee\u00f1\u00f6\u0161\u00fc\u00fd\u017e"
            + "\u00c5\u00c7\u00c9\u00ce\u00d1\u00d6\u0160\u00dc\u00dd\u017d";

    private static String pseudo(String text) {
        StringBuilder out = new StringBuilder("\u27e6");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = PLAIN.indexOf(c);
            out.append(at >= 0 ? ACCENTED.charAt(at) : c);
        }
        int longer = (int) Math.ceil(text.length() * 0.3);
        for (int i = 0; i < longer; i++) {
            out.append(i % 2 == 0 ? '\u00b7' : '~');
        }
        return out.append('\u27e7').toString();
    }

    /** A message in a given language, whatever the current one is (for comparing translations). */
    public static String get(Locale language, String key, Object... args) {
        Locale chosen = supported(language);
        return format(ResourceBundle.getBundle(BUNDLE, chosen, NO_FALLBACK), chosen, key, args);
    }

    private static String format(ResourceBundle from, Locale in, String key, Object... args) {
        String pattern;
        try {
            pattern = from.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No message with key " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        pattern = oneFullStop(pattern, args);
        if (FORMATTED.matcher(pattern).find()) {
            return new MessageFormat(pattern, ULocale.forLocale(in)).format(args);
        }
        return literal(pattern, args);
    }

    /**
     * The pattern without the full stop after a value that ends with one: a date such as "19 ноября
     * 1990 г." or "480 v. Chr." ending a sentence ends it, as in print ("Ваш ответ: 19 ноября 1990 г.",
     * not "г.."). An ellipsis after a value is left as it is. The page's msg() does the same.
     */
    private static String oneFullStop(String pattern, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof CharSequence value && value.length() > 0 && value.charAt(value.length() - 1) == '.') {
                pattern = pattern.replaceAll("\\{" + i + "\\}\\.(?!\\.)", "{" + i + "}");
            }
        }
        return pattern;
    }

    private static String literal(String pattern, Object[] args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && isDigits(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Every message whose key starts with {@code prefix}, by key, in key order: what the web page is sent. */
    public static SortedMap<String, String> withPrefix(String prefix) {
        SortedMap<String, String> found = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                found.put(key, bundle.getString(key));
            }
        }
        return found;
    }

    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
