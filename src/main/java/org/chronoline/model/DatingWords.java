package org.chronoline.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronoline.text.Messages;

/**
 * A disputed date in words, naming which source says what: "14 July 2007: Interfax, UPI" and
 * "13 July 2007: Onet", the date the event is drawn at first.
 */
public final class DatingWords {
    private DatingWords() {
    }

    /** One line per date the sources give, for a disputed event; nothing for any other. */
    public static List<String> whoSaysWhat(TimelineEvent e) {
        if (e.disputedDates().size() < 2) {
            return List.of();
        }
        Map<HistoricalDate, List<String>> byDate = new LinkedHashMap<>();
        byDate.put(e.start(), new ArrayList<>());
        for (Source s : e.sources()) {
            if (s.gives() != null) {
                byDate.computeIfAbsent(s.gives(), d -> new ArrayList<>()).add(DisplayText.line(s.name()));
            }
        }
        List<String> lines = new ArrayList<>();
        byDate.forEach((date, names) -> {
            if (!names.isEmpty()) {
                lines.add(Messages.get("details.dating.says", DateText.format(date), String.join(", ", names)));
            }
        });
        return lines;
    }
}
