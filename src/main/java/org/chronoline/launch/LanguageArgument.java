package org.chronoline.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --lang de} (or {@code --lang=de}) anywhere among the arguments, and the arguments without
 * it. Read the same way by the jar's launcher (which language to complain in, whether a start opens
 * a window) and by Chronoline's main (which language to speak); it lives here because the launcher
 * may load nothing of Chronoline's. {@code written} is the language as given ("german"), for a message that it is none.
 */
public record LanguageArgument(Locale asked, String written, List<String> rest) {
    public static LanguageArgument of(String[] args) {
        String written = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                written = args[++i];
            } else if (args[i].startsWith("--lang=")) {
                written = args[i].substring("--lang=".length());
            } else {
                rest.add(args[i]);
            }
        }
        // "de_DE", as the system writes its locales ($LANG), is the tag de-DE.
        return new LanguageArgument(written == null ? null : Locale.forLanguageTag(written.strip().replace('_', '-').replaceFirst("\\..*$", "")),
                written, List.copyOf(rest));
    }
}
