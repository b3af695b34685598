package org.chronoline.model.find;

import org.chronoline.model.DateText;
import org.chronoline.model.Source;
import org.chronoline.model.SourceLanguage;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;

/**
 * An event and its sources as plain text a student can paste into an essay: the event with its
 * date, then one line per source (publisher, "title", date published, address).
 */
public final class Citation {
    private Citation() {
    }

    public static String of(TimelineEvent event, String timelineTitle) {
        StringBuilder text = new StringBuilder();
        text.append(Messages.get("citation.event", event.title(), event.dateText(), timelineTitle)).append('\n');
        if (event.sources().isEmpty()) {
            text.append(Messages.get("citation.noSources")).append('\n');
            return text.toString();
        }
        text.append(Messages.get("citation.sources")).append('\n');
        for (Source s : event.sources()) {
            text.append("- ").append(source(s)).append('\n');
        }
        return text.toString();
    }

    /** One source: Publisher. "Title." Date. Address. (each part only when known). */
    public static String source(Source s) {
        String line = sourceWithoutAddress(s);
        return s.url() == null ? line : line + ' ' + s.url();
    }

    /**
     * One source without its address: Publisher. "Title." (its language) Date. For a handout, which prints the address on
     * lines of its own; it had quoted titles its own way, in English marks in every language.
     */
    public static String sourceWithoutAddress(Source s) {
        StringBuilder line = new StringBuilder();
        if (s.publisher() != null) {
            line.append(s.publisher()).append(". ");
        }
        line.append(quotedTitle(s.title()));
        String language = SourceLanguage.note(s);
        if (language != null) {
            // "(in Polish)": a student citing Onet's title did not say that the article is in Polish (a walk-through).
            line.append(' ').append(Messages.get("citation.language", language));
        }
        if (s.date() != null) {
            line.append(' ').append(DateText.format(s.date())).append('.');
        }
        return line.toString();
    }

    /** Double quotation marks a title may quote with, in any language's way: English, German and Polish, French and Russian, typewriter. */
    private static final String DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\"";

    /**
     * A source's title in the quotation marks of the citation's language ("citation.title"), the
     * double marks of a quotation within it, whichever they are, made the inner ones
     * ("citation.innerQuotes"), paired in order: RIA Novosti's title, which quotes the decree, read
     * “… (“The July 14 presidential decree”; …).” with one pair inside the same pair (a student's walk-through).
     */
    static String quotedTitle(String title) {
        String inner = Messages.get("citation.innerQuotes");
        StringBuilder nested = new StringBuilder(title.length() + 1);
        int marks = 0;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (DOUBLE_QUOTES.indexOf(c) >= 0) {
                nested.append(marks++ % 2 == 0 ? inner.charAt(0) : inner.charAt(inner.length() - 1));
            } else {
                nested.append(c);
            }
        }
        return Messages.get("citation.title", nested.append(title.endsWith(".") ? "" : ".").toString());
    }
}
