package org.chronoline.model.find;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.TimelineEvent;

/**
 * "Did you mean …?" for a search that finds nothing: each word of it that no event has is replaced
 * by the timeline's word nearest to it. A word typed with a letter or two wrong, missing or swapped
 * ("Moskow", "Gorbachov") becomes the word it nearly is ("Moscow"); another form of a word the
 * timeline has ("deploying", where it says "deploy", "deployed" and "deployment") becomes the word
 * of that stem that the search finds the most words with ("deploy": a word matches the start of
 * words). Nothing is offered unless what it offers finds an event. The published page suggests the
 * same way (viewer.js, searchSuggestion).
 */
public final class SearchSuggestion {
    /** A word as search sees it: letters, digits and the marks on them. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    /** Of the words as near as the nearest, how many are tried with the rest of the search: each try is a search. */
    static final int MOST_TRIED = 8;
    /** How many events that have a word are looked through for how one of their fields writes it. */
    private static final int MOST_LOOKED_AT = 200;

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
        // In time, as the page has them: how a word is written is the first way met, the same in both.
        List<TimelineEvent> inTime = new ArrayList<>(events);
        inTime.sort(TimelineEvent.IN_TIME);
        SearchSuggestion vocabulary = new SearchSuggestion(inTime, search);
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

    /**
     * What to search for instead of {@code typed}, its words that find nothing replaced and the rest
     * as typed, when that finds at least one of the events; otherwise null (also when every word finds
     * something: then it is only their combination that finds nothing; and for a "quoted" word, which
     * is searched as written).
     */
    public String suggest(String typed) {
        Set<String> quoted = new HashSet<>();
        Matcher q = SearchQuery.TERM.matcher(typed);
        while (q.find()) {
            if (q.group(1) != null) {
                quoted.add(SearchQuery.parse(q.group()).terms().stream().map(SearchQuery.Term::text).findFirst().orElse(""));
            }
        }
        List<SearchQuery.Term> kept = new ArrayList<>();
        List<SearchQuery.Term> unfound = new ArrayList<>();
        for (SearchQuery.Term term : SearchQuery.parse(typed).terms()) {
            (search.matchesAny(SearchQuery.of(List.of(term)), events) ? kept : unfound).add(term);
        }
        if (unfound.isEmpty() || unfound.stream().anyMatch(term -> quoted.contains(term.text()))) {
            return null;
        }
        Map<String, String> replaced = new HashMap<>();
        for (SearchQuery.Term term : unfound) {
            // Of words as near, the one that finds the most events with the rest: "warsaw pakt" is "warsaw pact", not "warsaw part".
            String chosen = null;
            int most = 0;
            for (String option : nearest(term)) {
                List<SearchQuery.Term> with = new ArrayList<>(kept);
                with.add(new SearchQuery.Term(option, false));
                int found = search.matching(SearchQuery.of(with), events).size();
                if (found > most) {
                    chosen = option;
                    most = found;
                }
            }
            if (chosen == null) {
                return null;
            }
            kept.add(new SearchQuery.Term(chosen, false));
            String shown = shown(chosen);
            if (SearchQuery.isCapitals(shown)) {
                // Written in capitals it is searched as a whole word ("INF" does not find "information"): only if that finds something too.
                List<SearchQuery.Term> whole = new ArrayList<>(kept);
                whole.set(whole.size() - 1, new SearchQuery.Term(chosen, true));
                shown = search.matchesAny(SearchQuery.of(whole), events) ? shown : chosen;
            }
            replaced.put(term.text(), shown);
        }
        StringBuilder out = new StringBuilder();
        Matcher m = SearchQuery.TERM.matcher(typed);
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
     * The timeline's words nearest to a word of the search, folded; none when nothing is near. Nearest
     * is first the fewest letters changed, added, removed or swapped (one in a word of up to five
     * letters, two in a longer one; a word typed in part is compared with as much of the timeline's),
     * then the same stem: the most letters in common at the start (at least four, and all but four of
     * the word's). Of those as near as the nearest, at most {@link #MOST_TRIED}: the ones that find the
     * most words first ("inspection" finds "inspections" too, and "deploy" "deployed"), then the shorter.
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
        return nearest.size() > MOST_TRIED ? List.copyOf(nearest.subList(0, MOST_TRIED)) : nearest;
    }

    /** How far the timeline's word {@code w} is from the word typed, {@code t}: lower is nearer, MAX_VALUE not near at all. */
    private static int cost(String t, String w, int allowed, int length) {
        // (Words longer or shorter by more than that many letters cannot be that near as a whole.)
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

    /**
     * A folded word as the events write it ("Kraków" for "krakow"): the first of their words that folds
     * to it, looked for in the first events that have it, and written in capitals ("INF") only when no
     * other way is found (a word in capitals is searched as a whole word: "DEPLOY" of a source's title
     * would not find "deployed"); the folded word itself when none writes it so (a word of a date as
     * shown, "october", which the search finds as written).
     */
    private String shown(String folded) {
        String capitals = null;
        int looked = 0;
        for (TimelineEvent e : events) {
            if (!search.foldedTextOf(e).contains(folded)) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            fields.add(e.title());
            MatchSnippet.fields(e).forEach(field -> fields.add(field.text()));
            for (String text : fields) {
                if (text != null && FoldedText.foldAll(text).contains(folded)) {
                    Matcher m = WORD.matcher(text);
                    while (m.find()) {
                        if (FoldedText.foldAll(m.group()).equals(folded)) {
                            if (!SearchQuery.isCapitals(m.group())) {
                                return m.group();
                            }
                            capitals = capitals == null ? m.group() : capitals;
                        }
                    }
                }
            }
            if (++looked == MOST_LOOKED_AT) {
                break;
            }
        }
        return capitals == null ? folded : capitals;
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
