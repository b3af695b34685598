package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The error catalogue in German, French, Russian and Polish says what the English one says, entry
 * by entry: the same messages in the same order, each in the words the program itself uses in
 * that language (its bundle), each explained in that language.
 */
class ErrorCataloguesTest {
    private static final Pattern ENTRY = Pattern.compile("(?m)^\\*\\*(.+)\\*\\* `([^`]+)`  \\n(.+)$");
    private static final List<String> LANGUAGES = List.of("de", "fr", "ru", "pl");

    /** One message of a catalogue: its text as shown, its key, the explanation under it. */
    record Entry(String message, String key, String explanation) {
    }

    private static String catalogue(String language) throws IOException {
        String name = language.equals("en") ? "errors.md" : "errors." + language + ".md";
        return Files.readString(Path.of("docs", name), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static List<Entry> entries(String markdown) {
        List<Entry> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(markdown);
        while (m.find()) {
            entries.add(new Entry(m.group(1), m.group(2), m.group(3)));
        }
        return entries;
    }

    private static List<String> headings(String markdown) {
        return markdown.lines().filter(line -> line.startsWith("#")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "ru", "pl"})
    void eachLanguageExplainsTheSameMessagesInTheProgramsOwnWords(String language) throws IOException {
        String english = catalogue("en");
        String translated = catalogue(language);
        List<Entry> englishEntries = entries(english);
        List<Entry> entries = entries(translated);
        ResourceBundle bundle = ResourceBundle.getBundle("org.chronoline.text.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        assertThat(entries).extracting(Entry::key).as("the same messages in the same order")
                .isEqualTo(englishEntries.stream().map(Entry::key).toList());
        assertThat(headings(translated)).as("the same sections").hasSameSizeAs(headings(english));
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            for (String words : literalParts(bundle.getString(entry.key()))) {
                assertThat(entry.message()).as("%s shows the program's own message", entry.key()).contains(words);
            }
            assertThat(entry.explanation()).as("%s is explained in the language", entry.key())
                    .isNotEqualTo(englishEntries.get(i).explanation());
        }
    }

    @Test
    void theEnglishCatalogueShowsTheProgramsOwnMessagesToo() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("org.chronoline.text.messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<Entry> entries = entries(catalogue("en"));

        assertThat(entries).hasSizeGreaterThan(100);
        for (Entry entry : entries) {
            for (String words : literalParts(bundle.getString(entry.key()))) {
                assertThat(entry.message()).as("%s shows the program's own message", entry.key()).contains(words);
            }
        }
    }

    @Test
    void everyCatalogueLinksToEveryOther() throws IOException {
        List<String> all = new ArrayList<>(LANGUAGES);
        all.add("en");
        for (String language : all) {
            String text = catalogue(language);
            for (String other : all) {
                String file = other.equals("en") ? "errors.md" : "errors." + other + ".md";
                if (!other.equals(language)) {
                    assertThat(text).as("errors in %s links to %s", language, other).contains("](" + file + ")");
                }
            }
        }
    }

    /**
     * The words of a message pattern between its placeholders ({@code {0}}, and whole plural or
     * select constructs), with quoting undone: what every showing of the message contains.
     */
    static List<String> literalParts(String pattern) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                if (depth == 0) {
                    part.append('\'');
                }
                i++;
            } else if (c == '{') {
                depth++;
                if (depth == 1) {
                    parts.add(part.toString().strip());
                    part.setLength(0);
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        return parts.stream().filter(p -> p.length() >= 3).toList();
    }

    @Test
    void theWordsOfAPatternAreItsTextBetweenPlaceholders() {
        assertThat(literalParts("the file is {0}; Chronoline opens files of up to {1, number} MB at most"))
                .containsExactly("the file is", "; Chronoline opens files of up to", "MB at most");
        assertThat(literalParts("{0, plural, one {# event} other {# events}} in ''{1}''")).containsExactly("in '");
    }
}
