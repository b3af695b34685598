package org.chronoline.model.find;

import org.chronoline.model.DateText;
import org.chronoline.model.Source;
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
        StringBuilder line = new StringBuilder();
        if (s.publisher() != null) {
            line.append(s.publisher()).append(". ");
        }
        line.append('\u201c').append(s.title()).append(s.title().endsWith(".") ? "" : ".").append('\u201d');
        if (s.date() != null) {
            line.append(' ').append(DateText.format(s.date())).append('.');
        }
        if (s.url() != null) {
            line.append(' ').append(s.url());
        }
        return line.toString();
    }
}
