package org.chronoline.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --lang de} (or {@code --lang=de}) anywhere among the arguments, and the arguments without
 * it. Read the same way by the jar's launcher (which language to complain in, whether a start opens
 * a window) and by Chronoline's main (which language to speak); it lives here because the launcher
 * may load nothing of Chronoline's.
 */
public record LanguageArgument(Locale asked, List<String> rest) {
    public static LanguageArgument of(String[] args) {
        Locale asked = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                asked = Locale.forLanguageTag(args[++i]);
            } else if (args[i].startsWith("--lang=")) {
                asked = Locale.forLanguageTag(args[i].substring("--lang=".length()));
            } else {
                rest.add(args[i]);
            }
        }
        return new LanguageArgument(asked, List.copyOf(rest));
    }
}
