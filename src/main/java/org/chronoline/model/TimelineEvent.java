package org.chronoline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.chronoline.text.Messages;

/**
 * One event: a point in time ({@code end} is null) or a span. Optional text fields are null when
 * absent; lists are empty when absent.
 *
 * @param category the id of a {@link Category}, or null
 * @param related  ids of other events this one links to
 * @param dating   how sure its date is beyond its precision ({@link Dating#STATED} for as stated)
 */
public record TimelineEvent(
        String id,
        String title,
        HistoricalDate start,
        HistoricalDate end,
        boolean approximate,
        String category,
        List<String> tags,
        List<String> actors,
        String location,
        String summary,
        String description,
        List<Source> sources,
        List<RelatedLink> related,
        EventImage image,
        ExtraFields extras,
        Dating dating) {

    public TimelineEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        if (end != null && end.endsBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        tags = List.copyOf(tags);
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        Objects.requireNonNull(extras, "extras");
        Objects.requireNonNull(dating, "dating");
        if (dating.is(Dating.BETWEEN) && end == null) {
            throw new IllegalArgumentException("\"between\" needs an end: the latest date it may have been");
        }
    }

    /** An event whose date is as stated. */
    public TimelineEvent(String id, String title, HistoricalDate start, HistoricalDate end, boolean approximate, String category,
                         List<String> tags, List<String> actors, String location, String summary, String description,
                         List<Source> sources, List<RelatedLink> related, EventImage image, ExtraFields extras) {
        this(id, title, start, end, approximate, category, tags, actors, location, summary, description, sources, related, image,
                extras, Dating.STATED);
    }

    /** Events in time: by start, then end, then title (the published page's order of its events). */
    public static final Comparator<TimelineEvent> IN_TIME = Comparator.comparingLong(TimelineEvent::startSecond)
            .thenComparingLong(TimelineEvent::endSecond).thenComparing(TimelineEvent::title);

    /** A point event with only the required fields, for tests and new events. */
    public static TimelineEvent point(String id, String title, HistoricalDate start) {
        return new TimelineEvent(id, title, start, null, false, null, List.of(), List.of(), null, null, null,
                List.of(), List.of(), null, ExtraFields.NONE);
    }

    /** Whether it lasted from its start to its end; an event dated "between" two dates is a moment in that range, not a span. */
    public boolean isSpan() {
        return end != null && !dating.is(Dating.BETWEEN);
    }

    /** The first second the event may cover, taking the start's precision into account. */
    public long startSecond() {
        return start.startSecond();
    }

    /** The first second after the event, taking the precision of its last date into account. */
    public long endSecond() {
        return (end != null ? end : start).endSecond();
    }

    /**
     * {@link #dateText()} as read in text that wraps on screen: a day kept on its month's line, a year with the words
     * that mark it ({@link DateText#unbroken}). Files, the clipboard and search take {@link #dateText()}.
     */
    public String dateOnScreen() {
        return DateText.unbroken(dateText());
    }

    /**
     * Its date as people read it: "19 November 1990", "1973 – 1989", "c. 1990", "c. 1990 (± 5
     * years)", "before March 1992", "between 1973 and 1975", "14 July 2007 or 13 July 2007; sources differ" (its own date first).
     */
    public String dateText() {
        if (dating.is(Dating.BETWEEN)) {
            return Messages.get("date.between", DateText.format(start), DateText.format(end), byDay(start));
        }
        String text = DateText.formatSpan(start, end);
        if (dating.is(Dating.BEFORE)) {
            return Messages.get("date.before", text, byDay(start));
        }
        if (dating.is(Dating.AFTER)) {
            return Messages.get("date.after", text, byDay(start));
        }
        List<HistoricalDate> dates = disputedDates();
        if (dates.size() > 1 && !isSpan()) {
            // The date it is drawn at first, then the others: "13 July 2007 or 14 July 2007" read as if the first were the date.
            List<String> each = new ArrayList<>(List.of(DateText.format(start)));
            dates.stream().filter(d -> !d.equals(start)).map(DateText::format).forEach(each::add);
            return Messages.get("date.disputed", String.join(", ", each.subList(0, each.size() - 1)), each.get(each.size() - 1));
        }
        String shown = approximate && dating.margin() != null ? Messages.get("date.approximate.margin", text, dating.margin())
                : approximate ? Messages.get("date.approximate", text) : text;
        if (dates.size() > 1) {
            // A span whose sources give other starts: "12 – 15 June 2007" alone, its heading and a citation's, told a student
            // who typed NATO's 11 June that it was right, "it was 12 – 15 June 2007" (student's walk-through).
            String others = dates.stream().filter(d -> !d.equals(start)).map(DateText::format).collect(Collectors.joining(", "));
            return Messages.get("date.disputedStart", shown, others);
        }
        return shown;
    }

    /** The finer of the start's and the end's precision. */
    public Precision finestPrecision() {
        return end != null && end.precision().isFinerThan(start.precision()) ? end.precision() : start.precision();
    }

    /** "day" for a date to the day or finer, which some languages say with an article ("vor dem 14. Juli"); "other" otherwise. */
    private static String byDay(HistoricalDate date) {
        return date.precision().compareTo(Precision.DAY) >= 0 ? "day" : "other";
    }

    /**
     * The dates the sources give, when they differ ({@link Dating#DISPUTED}): the start and every
     * other date a source gives, earliest first; just the start otherwise.
     */
    public List<HistoricalDate> disputedDates() {
        if (!dating.is(Dating.DISPUTED)) {
            return List.of(start);
        }
        TreeSet<HistoricalDate> dates = new TreeSet<>(Comparator.comparingLong(HistoricalDate::startSecond)
                .thenComparing(HistoricalDate::precision));
        dates.add(start);
        for (Source s : sources) {
            if (s.gives() != null) {
                dates.add(s.gives());
            }
        }
        return List.copyOf(dates);
    }

    /**
     * When it may have happened, in seconds since 1970: from the earliest possible moment to the
     * first moment after the latest, taking its precision, margin, "before", "after", "between" and
     * the dates sources dispute into account. What is drawn as the event's band of uncertainty.
     */
    public long[] possibleSeconds() {
        long from = startSecond();
        long to = endSecond();
        if (dating.is(Dating.BEFORE)) {
            return new long[] {from - dating.marginSeconds(Dating.DEFAULT_REACH_YEARS), from};
        }
        if (dating.is(Dating.AFTER)) {
            return new long[] {to, to + dating.marginSeconds(Dating.DEFAULT_REACH_YEARS)};
        }
        for (HistoricalDate d : disputedDates()) {
            from = Math.min(from, d.startSecond());
            to = Math.max(to, d.endSecond());
        }
        if (approximate && dating.margin() != null) {
            long margin = dating.marginSeconds(0);
            return new long[] {from - margin, to + margin};
        }
        return new long[] {from, to};
    }

    /** The earliest moment it may have happened: where sorting by "earliest possible date" puts it. */
    public long earliestSecond() {
        return possibleSeconds()[0];
    }

    public TimelineEvent withDating(Dating newDating) {
        return new TimelineEvent(id, title, start, end, approximate, category, tags, actors, location, summary, description, sources,
                related, image, extras, newDating);
    }

    /**
     * This event moved by about {@code seconds}, snapped to whole units of its start's precision
     * (a day-precision event moves by whole days); a span keeps its length. Returns this event when
     * the move rounds to nothing or would leave the supported years.
     */
    public TimelineEvent movedBy(double seconds) {
        long units = Math.round(seconds / start.unitSeconds());
        HistoricalDate newStart = start.plusUnits(units);
        if (newStart == null || newStart.equals(start)) {
            return this;
        }
        HistoricalDate newEnd = null;
        if (end != null) {
            long shift = newStart.startSecond() - start.startSecond();
            newEnd = HistoricalDate.containing(end.startSecond() + shift, end.precision());
            if (newEnd == null) {
                return this;
            }
        }
        return withDates(newStart, newEnd);
    }

    /**
     * This span with its end moved by about {@code seconds}, snapped to whole units of the end's
     * precision and never before the start. A point gets an end one unit after its start.
     */
    public TimelineEvent withEndMovedBy(double seconds) {
        HistoricalDate last = end != null ? end : start;
        HistoricalDate newEnd = last.plusUnits(Math.round(seconds / last.unitSeconds()));
        if (newEnd == null || newEnd.endsBefore(start) || newEnd.equals(end)) {
            return this;
        }
        return withDates(start, newEnd);
    }

    public TimelineEvent withDates(HistoricalDate newStart, HistoricalDate newEnd) {
        return new TimelineEvent(id, title, newStart, newEnd, approximate, category, tags, actors, location, summary,
                description, sources, related, image, extras, dating);
    }

    public TimelineEvent withCategory(String newCategory) {
        return new TimelineEvent(id, title, start, end, approximate, newCategory, tags, actors, location, summary,
                description, sources, related, image, extras, dating);
    }

    public TimelineEvent withTags(List<String> newTags) {
        return new TimelineEvent(id, title, start, end, approximate, category, newTags, actors, location, summary,
                description, sources, related, image, extras, dating);
    }

    /** The ids of the events this one links to, whatever the links mean. */
    public List<String> relatedIds() {
        return related.stream().map(RelatedLink::id).toList();
    }

    public TimelineEvent withRelated(List<RelatedLink> newRelated) {
        return new TimelineEvent(id, title, start, end, approximate, category, tags, actors, location, summary,
                description, sources, newRelated, image, extras, dating);
    }

    public TimelineEvent withId(String newId) {
        return new TimelineEvent(newId, title, start, end, approximate, category, tags, actors, location, summary,
                description, sources, related, image, extras, dating);
    }
}
