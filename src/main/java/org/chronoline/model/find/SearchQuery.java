package org.chronoline.model.find;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a student typed in the search field: words and "quoted phrases", each of which must occur
 * (in any order, ignoring case and accents). A word matches the start of a word or any part of one:
 * "krak" finds "Kraków".
 */
public final class SearchQuery {
    private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"?|(\\S+)");

    private final String text;
    private final List<String> terms;

    private SearchQuery(String text, List<String> terms) {
        this.text = text;
        this.terms = terms;
    }

    public static SearchQuery parse(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = TERM.matcher(text == null ? "" : text);
        while (m.find()) {
            String term = FoldedText.foldAll(m.group(1) != null ? m.group(1) : m.group(2)).strip().replaceAll("\\s+", " ");
            if (!term.isEmpty() && !terms.contains(term)) {
                terms.add(term);
            }
        }
        return new SearchQuery(text == null ? "" : text, List.copyOf(terms));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public String text() {
        return text;
    }

    /** The folded terms: words and phrases. */
    public List<String> terms() {
        return terms;
    }

    /** True when every term occurs in the folded text. */
    public boolean matches(String foldedText) {
        for (String term : terms) {
            if (!foldedText.contains(term)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the terms occur in {@code text}, as {start, end} ranges of the original text, sorted
     * and merged, for highlighting the matched words.
     */
    public List<int[]> highlights(String text) {
        FoldedText folded = FoldedText.of(text);
        List<int[]> ranges = new ArrayList<>();
        for (String term : terms) {
            int at = folded.folded().indexOf(term);
            while (at >= 0) {
                ranges.add(folded.originalRange(at, at + term.length()));
                at = folded.folded().indexOf(term, at + term.length());
            }
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        return merged;
    }
}
