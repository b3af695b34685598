package org.chronoline.model.find;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineEvent;

/**
 * "Did you mean …?" for a search that finds nothing: each word of it that no event has is replaced
 * by the timeline's word nearest to it. A word typed with a letter or two wrong, missing or swapped
 * ("Moskow", "Gorbachov") becomes the word it nearly is ("Moscow"); another form of a word the
 * timeline has ("suspension", where it says "suspending" and "suspended") becomes the shortest word
 * sharing its stem ("suspend"), which the search finds in all its forms, since a word matches the
 * start of words. Nothing is offered unless what it offers finds an event. The published page
 * suggests the same way (viewer.js, searchSuggestion).
 */
public final class SearchSuggestion {
    /** A word as search sees it: letters, digits and the marks on them. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern TYPED = Pattern.compile("\"([^\"]*)\"?|(\\S+)");

    /** Each folded word of the events, with how many times it occurs. */
    private final Map<String, Integer> words = new HashMap<>();
    private final List<TimelineEvent> events;
    private final EventSearch search;

    private SearchSuggestion(List<TimelineEvent> events, EventSearch search) {
        this.events = events;
        this.search = search;
    }

    /**
     * The words of every field the search reads, of these events, taken from the search's own folded
     * text of each (made once, kept by {@code search}): on 100,000 events a fold of each word took a second.
     */
    public static SearchSuggestion of(List<TimelineEvent> events, EventSearch search) {
        SearchSuggestion vocabulary = new SearchSuggestion(events, search);
        for (TimelineEvent e : events) {
            String text = search.foldedTextOf(e);
            int start = -1;
            for (int i = 0; i <= text.length(); ) {
                int c = i < text.length() ? text.codePointAt(i) : ' ';
                if (isWordChar(c) && start < 0) {
                    start = i;
                } else if (!isWordChar(c) && start >= 0) {
                    vocabulary.words.merge(text.substring(start, i), 1, Integer::sum);
                    start = -1;
                }
                i += Character.charCount(c);
            }
        }
        return vocabulary;
    }

    /** A letter, digit or mark: what {@link #WORD} takes into a word. */
    private static boolean isWordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** A folded word as the events write it ("Kraków" for "krakow"): the first of their words that folds to it. */
    private String shown(String folded) {
        for (TimelineEvent e : events) {
            for (String field : fields(e)) {
                if (field != null && FoldedText.foldAll(field).contains(folded)) {
                    Matcher m = WORD.matcher(field);
                    while (m.find()) {
                        if (FoldedText.foldAll(m.group()).equals(folded)) {
                            return m.group();
                        }
                    }
                }
            }
        }
        return folded; // (a word of the date as shown: "october", which the search finds as written)
    }

    private static List<String> fields(TimelineEvent e) {
        List<String> fields = new ArrayList<>();
        fields.add(e.title());
        fields.add(e.summary());
        fields.add(e.description());
        fields.add(e.location());
        fields.addAll(e.tags());
        fields.addAll(e.actors());
        e.sources().stream().map(Source::title).forEach(fields::add);
        return fields;
    }

    /**
     * What to search for instead of {@code typed}, its words that find nothing replaced and the rest
     * as typed, when that finds at least one of {@code events}; otherwise null (also when every word
     * finds something: then it is only their combination that finds nothing).
     */
    public String suggest(String typed) {
        List<SearchQuery.Term> kept = new ArrayList<>();
        List<SearchQuery.Term> unfound = new ArrayList<>();
        for (SearchQuery.Term term : SearchQuery.parse(typed).terms()) {
            (search.matchesAny(SearchQuery.of(List.of(term)), events) ? kept : unfound).add(term);
        }
        if (unfound.isEmpty()) {
            return null;
        }
        Map<String, String> replaced = new HashMap<>();
        for (SearchQuery.Term term : unfound) {
            // Of words as near, the one that finds the most events with the rest: "warsaw pakt" is "warsaw pact", not "warsaw part".
            String chosen = null;
            int most = 0;
            for (String option : nearest(term)) {
                List<SearchQuery.Term> with = new ArrayList<>(kept);
                with.addAll(SearchQuery.parse(option).terms());
                int found = search.matching(SearchQuery.of(with), events).size();
                if (found > most) {
                    chosen = option;
                    most = found;
                }
            }
            if (chosen == null) {
                return null;
            }
            kept.addAll(SearchQuery.parse(chosen).terms());
            replaced.put(term.text(), chosen);
        }
        StringBuilder out = new StringBuilder();
        Matcher m = TYPED.matcher(typed);
        int at = 0;
        while (m.find()) {
            out.append(typed, at, m.start());
            String better = m.group(2) == null ? null : replaced.get(FoldedText.foldAll(m.group(2)).strip());
            out.append(better == null ? m.group() : better);
            at = m.end();
        }
        out.append(typed.substring(at));
        String suggestion = out.toString().strip();
        return search.matchesAny(SearchQuery.parse(suggestion), events) ? suggestion : null;
    }

    /**
     * The timeline's word nearest to a word of the search, as the timeline writes it, or null. Nearest
     * is first the fewest letters changed, added, removed or swapped (one in a word of up to five
     * letters, two in a longer one; a word typed in part is compared with as much of the timeline's),
     * then the same stem: the most letters in common at the start (at least four, and all but four of
     * the word's). The words as near as the nearest, as the timeline writes them, the one that finds
     * the most words first ("inspection" finds "inspections" too, and "deploy" "deployed"), then the
     * shorter; none when nothing is near.
     */
    List<String> nearest(SearchQuery.Term term) {
        String t = term.text();
        int length = t.codePointCount(0, t.length());
        if (length < 3 || t.indexOf(' ') >= 0 || t.codePoints().noneMatch(Character::isLetter)) {
            return List.of(); // a phrase, a number, or a letter or two: nothing to guess from
        }
        int allowed = length <= 5 ? 1 : 2;
        List<String> nearest = new ArrayList<>();
        int least = Integer.MAX_VALUE;
        for (String w : words.keySet()) {
            int cost = cost(t, w, allowed, length);
            if (cost < least) {
                nearest.clear();
                least = cost;
            }
            if (cost == least && cost != Integer.MAX_VALUE) {
                nearest.add(w);
            }
        }
        Map<String, Integer> finds = new HashMap<>();
        for (String w : nearest) {
            int found = 0;
            for (Map.Entry<String, Integer> other : words.entrySet()) {
                if (other.getKey().startsWith(w)) {
                    found += other.getValue();
                }
            }
            finds.put(w, found);
        }
        nearest.sort(Comparator.<String>comparingInt(finds::get).reversed().thenComparingInt(String::length).thenComparing(w -> w));
        return nearest.stream().map(this::shown).toList();
    }

    /** How far the timeline's word {@code w} is from the word typed, {@code t}: lower is nearer, MAX_VALUE not near at all. */
    private static int cost(String t, String w, int allowed, int length) {
        // (Lengths further apart than that many edits cannot be that near: most of a large timeline's words are skipped unmeasured.)
        int edits = Math.abs(w.length() - t.length()) <= allowed ? distance(t, w) : Integer.MAX_VALUE;
        if (edits <= allowed) {
            return 2 * edits;
        }
        if (length >= 5 && w.length() > t.length()) {
            int inPart = distance(t, w.substring(0, t.length())); // "Gorbatch" for "Gorbachev": after whole words as near
            if (inPart <= allowed) {
                return 2 * inPart + 1;
            }
        }
        int shared = sharedStart(t, w);
        if (shared >= 4 && shared >= t.length() - 4) {
            return 2 * allowed + 2 + t.length() - shared; // another form of the word: the longer the stem in common, the nearer
        }
        return Integer.MAX_VALUE;
    }

    private static int sharedStart(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /**
     * The fewest letters to change, add, remove or swap with the next to make {@code a} into
     * {@code b} (optimal string alignment distance), counted in Java chars; a word of a timeline is
     * rarely outside the Basic Multilingual Plane, and then only costs one more.
     */
    static int distance(String a, String b) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }
}
