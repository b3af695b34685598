package org.chronoline.model.find;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a student typed in the search field: words and "quoted phrases", each of which must occur
 * (in any order, ignoring case and accents). A word matches the start of a word: "krak" finds
 * "Kraków", "war" finds "Warsaw" but not "towards". A phrase in quotes, a single letter or digit,
 * and a word typed in capitals ("INF", "START") match whole words only, so that "INF" does not
 * find "information", nor "START I" every text with a word in "i".
 */
public final class SearchQuery {
    /** A "quoted phrase" (group 1) or a word (group 2), as typed. */
    static final Pattern TERM = Pattern.compile("\"([^\"]*)\"?|(\\S+)");

    /** A folded word or phrase, and whether it must match whole words. */
    public record Term(String text, boolean whole) {
    }

    private final String text;
    private final List<Term> terms;

    private SearchQuery(String text, List<Term> terms) {
        this.text = text;
        this.terms = terms;
    }

    public static SearchQuery parse(String text) {
        List<Term> terms = new ArrayList<>();
        Matcher m = TERM.matcher(text == null ? "" : text);
        while (m.find()) {
            boolean quoted = m.group(1) != null;
            String typed = quoted ? m.group(1) : m.group(2);
            String folded = FoldedText.foldAll(typed).strip().replaceAll("\\s+", " ");
            Term term = new Term(folded, quoted || folded.codePointCount(0, folded.length()) == 1 || isCapitals(typed));
            if (!folded.isEmpty() && !terms.contains(term)) {
                terms.add(term);
            }
        }
        return new SearchQuery(text == null ? "" : text, List.copyOf(terms));
    }

    /** A query of terms of others ("Did you mean" tries each word on its own, and with others). */
    static SearchQuery of(List<Term> terms) {
        return new SearchQuery(String.join(" ", terms.stream().map(Term::text).toList()), List.copyOf(terms));
    }

    /** A word of two letters or more, none of them small: an abbreviation ("INF", "CFE-1A", "ОБСЕ"). */
    static boolean isCapitals(String typed) {
        // By code point, as the page's \p{Lowercase} and \p{Uppercase} read them ("XIXᵉ" has a small letter).
        if (typed.codePoints().anyMatch(Character::isLowerCase)) {
            return false;
        }
        return typed.codePoints().filter(Character::isUpperCase).count() >= 2;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public String text() {
        return text;
    }

    /** The folded terms: words and phrases. */
    public List<Term> terms() {
        return terms;
    }

    /** The same query without the terms that occur in any of {@code texts} (as shown, not folded): what they leave unexplained. */
    public SearchQuery without(String... texts) {
        List<Term> left = new ArrayList<>(terms);
        for (String shown : texts) {
            String folded = FoldedText.foldAll(shown);
            left.removeIf(term -> find(folded, term, 0) >= 0);
        }
        return left.size() == terms.size() ? this : new SearchQuery(text, List.copyOf(left));
    }

    /** True when every term occurs in the folded text. */
    public boolean matches(String foldedText) {
        for (Term term : terms) {
            if (find(foldedText, term, 0) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code term} occurs in {@code folded} from {@code from} on, starting a word (and ending
     * one, when it must match whole), or -1. A term that starts or ends with something other than
     * a letter or digit ("-1a", "c.") needs no word's edge there.
     */
    static int find(String folded, Term term, int from) {
        String t = term.text();
        for (int at = folded.indexOf(t, from); at >= 0; at = folded.indexOf(t, at + 1)) {
            int end = at + t.length();
            if (term.whole() && t.length() > 1 && end < folded.length() && folded.charAt(end) == 's'
                    && isWordChar(t.charAt(t.length() - 1)) && (end + 1 == folded.length() || !isWordChar(folded.charAt(end + 1)))) {
                end++; // a plural: "MIRV" finds "MIRVs", "CFE" "CFEs"; a single letter does not ("I" is not "is")
            }
            boolean starts = at == 0 || !isWordChar(t.charAt(0)) || !isWordChar(folded.charAt(at - 1));
            boolean ends = !term.whole() || end == folded.length() || !isWordChar(t.charAt(t.length() - 1))
                    || !isWordChar(folded.charAt(end));
            if (starts && ends) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /**
     * Where the terms occur in {@code text}, as {start, end} ranges of the original text, sorted
     * and merged, for highlighting the matched words.
     */
    public List<int[]> highlights(String text) {
        FoldedText folded = FoldedText.of(text);
        List<int[]> ranges = new ArrayList<>();
        for (Term term : terms) {
            int at = find(folded.folded(), term, 0);
            while (at >= 0) {
                ranges.add(folded.originalRange(at, at + term.text().length()));
                at = find(folded.folded(), term, at + term.text().length());
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
