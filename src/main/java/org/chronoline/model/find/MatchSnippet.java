package org.chronoline.model.find;

import java.util.ArrayList;
import java.util.List;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineEvent;

/**
 * Why an event matched a search when its title and date do not say: a few words around the first
 * match in its text, place, tags, people or sources, for the list of results, and which of them it
 * is. "cfe" listed "MBFR talks in Vienna" and "Helsinki Final Act signed" with nothing to show why;
 * "Putin" listed the signing of the CFE Treaty in 1990 with a line that did not say it was the title
 * of a source. The published page cuts its snippets the same way (viewer.js, matchSnippet).
 */
public final class MatchSnippet {
    /** Where the words were found: the text (summary or description) needs no name; the rest are named. */
    public enum Field {
        TEXT, PLACE, TAG, PERSON, SOURCE
    }

    /** A few words around a match, and the field they are from. */
    public record Snippet(Field field, String text) {
    }

    /** About this many characters before the match and after its start, cut between words. */
    static final int BEFORE = 30;
    static final int AFTER = 60;

    private MatchSnippet() {
    }

    /**
     * The snippet of {@code e} for {@code query}, around a word its title and date do not show (for
     * "cfe lavrov", around "Lavrov" in an event whose title has "CFE"), or null when they show every
     * word.
     */
    public static Snippet of(TimelineEvent e, SearchQuery all) {
        SearchQuery query = all.without(e.title(), e.dateText());
        if (query.isEmpty()) {
            return null;
        }
        for (Snippet field : fields(e)) {
            String text = field.text();
            String words = text == null ? "" : text.replaceAll("(?U)\\s+", " ").strip(); // no-break spaces too, as the page's does
            List<int[]> found = words.isEmpty() ? List.of() : query.highlights(words);
            if (!found.isEmpty()) {
                return new Snippet(field.field(), around(words, found.get(0)));
            }
        }
        return null;
    }

    /** The event's fields the search reads but its title and date, whole, in the order a snippet is looked for in them. */
    static List<Snippet> fields(TimelineEvent e) {
        List<Snippet> fields = new ArrayList<>();
        fields.add(new Snippet(Field.TEXT, e.summary()));
        fields.add(new Snippet(Field.TEXT, e.description()));
        fields.add(new Snippet(Field.PLACE, e.location()));
        e.tags().forEach(tag -> fields.add(new Snippet(Field.TAG, tag)));
        e.actors().forEach(person -> fields.add(new Snippet(Field.PERSON, person)));
        e.sources().stream().map(Source::title).forEach(title -> fields.add(new Snippet(Field.SOURCE, title)));
        return fields;
    }

    private static String around(String words, int[] match) {
        int at = match[0];
        int start = at <= BEFORE ? 0 : words.indexOf(' ', at - BEFORE) + 1;
        if (start <= 0 || start > at) {
            start = Math.max(0, at - BEFORE);
        }
        int end = words.length() - at <= AFTER ? words.length() : words.lastIndexOf(' ', at + AFTER);
        if (end <= match[1]) {
            end = Math.min(words.length(), at + AFTER);
        }
        // Never inside a character made of two Java chars (an emoji, a rare letter).
        while (start > 0 && Character.isLowSurrogate(words.charAt(start))) {
            start--;
        }
        while (end < words.length() && Character.isLowSurrogate(words.charAt(end))) {
            end++;
        }
        return (start > 0 ? "\u2026" : "") + words.substring(start, end).strip() + (end < words.length() ? "\u2026" : "");
    }
}
