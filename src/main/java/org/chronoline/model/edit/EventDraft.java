package org.chronoline.model.edit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chronoline.model.Category;
import org.chronoline.model.DateInput;
import org.chronoline.model.Dating;
import org.chronoline.model.EventIds;
import org.chronoline.model.EventImage;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;

/**
 * An event as a person types it, before it is one: every field as text, the rules that decide
 * whether it can become an event, and the event it becomes. The event form, the spreadsheet
 * import, the TimelineJS import and the command line (through those imports) all use these
 * rules, so an event is refused for the same reason, in the same words, wherever it comes from.
 *
 * <p>The rules: a title; a start date in a form {@link DateInput} reads; an end, if any, not
 * before the start; a picture inside the timeline's folder; sources with a title, a full web
 * address and a readable date; an id no other event has; a category typed by name is that
 * category, or a new one.
 */
public final class EventDraft {
    /** One source as typed. */
    public record SourceText(String title, String url, String publisher, String date, HistoricalDate gives, String language,
                             ExtraFields extras) {
        public SourceText {
            extras = extras == null ? ExtraFields.NONE : extras;
        }

        public SourceText(String title, String url, String publisher, String date, ExtraFields extras) {
            this(title, url, publisher, date, null, null, extras);
        }

        public static SourceText of(Source source) {
            return new SourceText(source.title(), source.url(), source.publisher(), source.date() == null ? null : source.date().toIso(),
                    source.gives(), source.language(), source.extras());
        }

        public boolean isBlank() {
            return isBlankText(title) && isBlankText(url) && isBlankText(publisher) && isBlankText(date) && isBlankText(language);
        }

        /**
         * What is wrong with the language typed ("Russian" for ru), or null: a warning, as in a file, which keeps it and
         * does not use it. A file's own such value refused the whole form until it was mended (a review).
         */
        public String languageWarning() {
            return isBlankText(language) || Source.isLanguageTag(language.strip()) ? null : Messages.get("form.source.badLanguage");
        }

        /** A source's fields, to say which one holds its problem. */
        public enum Field { TITLE, URL, DATE }

        /** Why this source cannot be kept, or null. A blank source has no problem: it is left out. */
        public String problem() {
            Field field = problemField();
            if (field == null) {
                return null;
            }
            return switch (field) {
                case TITLE -> Messages.get("form.source.needsTitle");
                case URL -> Messages.get("form.source.badUrl");
                case DATE -> Messages.get("form.source.badDate", dateReason(date));
            };
        }

        /** The field that keeps this source from being kept (the first, in the order they are typed), or null. */
        public Field problemField() {
            if (isBlank()) {
                return null;
            }
            if (isBlankText(title)) {
                return Field.TITLE;
            }
            if (!isBlankText(url) && !isWebAddress(url)) {
                return Field.URL;
            }
            return isBlankText(date) || dateReason(date) == null ? null : Field.DATE;
        }

        Source toSource() {
            return new Source(title.strip(), blankToNull(url), blankToNull(publisher), isBlankText(date) ? null : DateInput.parse(date),
                    gives, blankToNull(language), extras);
        }
    }

    /** What a draft becomes: the event, and the category it brings with it when its category is new (or null). */
    public record Result(TimelineEvent event, Category newCategory) {
    }

    private String title = "";
    private String start = "";
    private String end = "";
    private boolean approximate;
    private String category = "";
    private List<String> tags = List.of();
    private List<String> actors = List.of();
    private String location = "";
    private String summary = "";
    private String description = "";
    private List<SourceText> sources = List.of();
    private List<RelatedLink> related = List.of();
    /** How sure the date is, as typed; null keeps the edited event's. */
    private Dating dating;
    private String picture = "";
    private String pictureCaption = "";
    private String pictureCredit = "";
    /** The picture the edited event has in its file, or null: kept as it is, it is no reason not to apply the rest. */
    private String pictureInFile;

    /** A draft holding an existing event's values, as the form shows them for editing. */
    public static EventDraft of(TimelineEvent event, List<Category> categories) {
        EventDraft draft = new EventDraft()
                .title(event.title())
                .start(event.start().toIso())
                .end(event.end() == null ? "" : event.end().toIso())
                .approximate(event.approximate())
                .tags(event.tags())
                .actors(event.actors())
                .location(event.location())
                .summary(event.summary())
                .description(event.description())
                .sources(event.sources().stream().map(SourceText::of).toList())
                .related(event.related());
        categories.stream().filter(c -> c.id().equals(event.category())).findFirst()
                .ifPresentOrElse(c -> draft.category(c.name()), () -> draft.category(event.category()));
        if (event.image() != null) {
            draft.picture(event.image().path(), event.image().caption(), event.image().credit());
        }
        return draft.pictureInFile(event);
    }

    // ---- the rules, each usable alone while a person types -------------------------------------

    /** Why a title cannot be an event's, or null. */
    public static String titleProblem(String title) {
        return isBlankText(title) ? Messages.get("form.title.required") : null;
    }

    /**
     * Why typed text is not a date, as a sentence ("Not a date: there is no month 13; …"), or null when it is (or is
     * blank and not {@code required}). The reason alone, under the field, began in lower case and did
     * not say what was wrong.
     */
    public static String dateProblem(String text, boolean required) {
        if (isBlankText(text)) {
            return required ? Messages.get("form.start.required") : null;
        }
        try {
            DateInput.parse(text);
            return null;
        } catch (InvalidDateException e) {
            return e.sentence();
        }
    }

    /** Why typed text is not a date, in a few words to follow a field's name ("there is no month 13; …"), or null. */
    private static String dateReason(String text) {
        try {
            DateInput.parse(text);
            return null;
        } catch (InvalidDateException e) {
            return e.reason();
        }
    }

    /** Why the typed end cannot go with the typed start, or null (a blank end is fine). */
    public static String endProblem(String startText, String endText) {
        String problem = dateProblem(endText, false);
        if (problem != null || isBlankText(endText) || dateProblem(startText, true) != null) {
            return problem;
        }
        return endsBeforeStart(DateInput.parse(startText), DateInput.parse(endText)) ? Messages.get("form.end.beforeStart") : null;
    }

    /** Why a typed margin cannot be one, or null (blank is no margin): a number of years above 0 and at most 10,000. */
    public static String marginProblem(String text) {
        if (isBlankText(text)) {
            return null;
        }
        try {
            double years = Double.parseDouble(text.strip().replace(',', '.'));
            return Dating.isMargin(years) ? null : Messages.get("form.margin.invalid");
        } catch (NumberFormatException e) {
            return Messages.get("form.margin.invalid");
        }
    }

    /** Why this dating cannot go with the typed end, or null: "between" needs the latest date, the end. */
    public static String datingProblem(String kind, String endText) {
        return Dating.BETWEEN.equals(kind) && isBlankText(endText) ? Messages.get("form.dating.needsEnd") : null;
    }

    /** Whether an end comes before its start: an event cannot end before it begins. */
    public static boolean endsBeforeStart(HistoricalDate start, HistoricalDate end) {
        // By what each covers, as TimelineEvent checks it: "November 1990" ends after 19 November 1990 begins.
        return start != null && end != null && end.endsBefore(start);
    }

    /**
     * Why a picture's path cannot be shown, or null: it must be relative and stay inside the
     * timeline's folder, so that a timeline passed on with its folder shows its pictures, and a
     * timeline from elsewhere cannot make Chronoline read files outside it.
     */
    public static String pictureProblem(String path) {
        if (isBlankText(path)) {
            return null;
        }
        // Read as text, the same way on every system: a timeline written on Windows is opened on Linux.
        String p = path.strip().replace('\\', '/');
        if (p.startsWith("/") || p.matches("(?i)^[a-z]:.*") || p.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            return Messages.get("form.image.outside");
        }
        int depth = 0;
        for (String part : p.split("/")) {
            if (part.equals("..")) {
                depth--;
                if (depth < 0) {
                    return Messages.get("form.image.outside");
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return null;
    }

    /**
     * Whether {@code path} is the picture the event already has in its file ({@code inFile}), left as it was. One outside
     * the timeline's folder ("/home/…/paris.jpg", a web address) is not shown, but it is the file's: refusing it kept
     * every other field of the event from being edited, its title too (an editor's walk-through).
     */
    public static boolean isKeptPicture(String path, String inFile) {
        return inFile != null && !isBlankText(path) && path.strip().equals(inFile.strip());
    }

    /** Whether a source's address is a full web address (with its scheme). */
    public static boolean isWebAddress(String url) {
        try {
            return new URI(url.strip()).getScheme() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** An id for a new event, from its title and start, that no event of {@code document} has. */
    public static String newId(String title, HistoricalDate start, TimelineDocument document) {
        return EventIds.generate(title, start, Edits.eventIds(document));
    }

    // ---- the draft -----------------------------------------------------------------------------

    /** Every reason this draft cannot become an event yet, in the order of the form; empty when it can. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        addIfAny(problems, titleProblem(title));
        addIfAny(problems, dateProblem(start, true));
        addIfAny(problems, endProblem(start, end));
        if (!isKeptPicture(picture, pictureInFile)) {
            addIfAny(problems, pictureProblem(picture));
        }
        sources.forEach(s -> addIfAny(problems, s.problem()));
        return problems;
    }

    /**
     * The event this draft describes, replacing {@code original} in {@code document} (or new, when
     * {@code original} is null: then its id comes from what was typed). Only for a draft without
     * {@linkplain #problems() problems}.
     */
    public Result build(TimelineDocument document, TimelineEvent original) {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
        Category newCategory = null;
        String categoryId = null;
        if (keepsUndefinedCategory(original, category, document.categories())) {
            categoryId = original.category();
        } else if (!isBlankText(category)) {
            Category named = Category.named(category, document.categories());
            if (!document.categories().contains(named)) {
                newCategory = named;
            }
            categoryId = named.id();
        }
        HistoricalDate startDate = DateInput.parse(start);
        HistoricalDate endDate = isBlankText(end) ? null : DateInput.parse(end);
        ExtraFields pictureExtras = original == null || original.image() == null ? ExtraFields.NONE : original.image().extras();
        EventImage image = isBlankText(picture) ? null
                : new EventImage(picture.strip(), blankToNull(pictureCaption), blankToNull(pictureCredit), pictureExtras);
        List<Source> kept = sources.stream().filter(s -> !s.isBlank()).map(SourceText::toSource).toList();
        String id = original == null ? newId(title.strip(), startDate, document) : original.id();
        // How sure the date is comes with the event; an event "between" two dates whose end was cleared has a date as stated.
        Dating dating = this.dating != null ? this.dating : original == null ? Dating.STATED : original.dating();
        if (dating.is(Dating.BETWEEN) && endDate == null) {
            dating = new Dating(null, dating.margin());
        }
        TimelineEvent event = new TimelineEvent(id, asWas(title, original == null ? null : original.title()), startDate, endDate,
                approximate, categoryId, tags, actors, asWas(location, original == null ? null : original.location()),
                asWas(summary, original == null ? null : original.summary()),
                asWas(description, original == null ? null : original.description()), kept, related, image,
                original == null ? ExtraFields.NONE : original.extras(), dating);
        return new Result(event, newCategory);
    }

    public EventDraft title(String value) {
        title = nullToEmpty(value);
        return this;
    }

    public EventDraft start(String value) {
        start = nullToEmpty(value);
        return this;
    }

    public EventDraft end(String value) {
        end = nullToEmpty(value);
        return this;
    }

    /** How sure the date is: a kind ({@link Dating#KINDS}, another word kept, or blank for as stated) and a margin in years. */
    public EventDraft dating(String kind, String margin) {
        String k = isBlankText(kind) ? null : kind.strip();
        Double years = isBlankText(margin) || marginProblem(margin) != null ? null : Double.valueOf(margin.strip().replace(',', '.'));
        dating = new Dating(k, years);
        return this;
    }

    public EventDraft approximate(boolean value) {
        approximate = value;
        return this;
    }

    /** The category's name (or id), as typed; blank for none. */
    public EventDraft category(String value) {
        category = nullToEmpty(value);
        return this;
    }

    public EventDraft tags(List<String> values) {
        tags = List.copyOf(values);
        return this;
    }

    public EventDraft actors(List<String> values) {
        actors = List.copyOf(values);
        return this;
    }

    public EventDraft location(String value) {
        location = nullToEmpty(value);
        return this;
    }

    public EventDraft summary(String value) {
        summary = nullToEmpty(value);
        return this;
    }

    public EventDraft description(String value) {
        description = nullToEmpty(value);
        return this;
    }

    public EventDraft sources(List<SourceText> values) {
        sources = List.copyOf(values);
        return this;
    }

    public EventDraft related(List<RelatedLink> links) {
        related = List.copyOf(links);
        return this;
    }

    /**
     * Whether {@code typed} is the category {@code original} names in its file without the file defining it (a warning),
     * shown by its id: applied, it is left alone, not made a new category of the file's (an edit of the title made it one).
     */
    public static boolean keepsUndefinedCategory(TimelineEvent original, String typed, List<Category> categories) {
        return original != null && original.category() != null && original.category().equals(typed == null ? null : typed.strip())
                && categories.stream().noneMatch(c -> c.id().equals(original.category()));
    }

    /** The picture {@code original} has in its file, which may be kept as it is; none for a new event. */
    public EventDraft pictureInFile(TimelineEvent original) {
        pictureInFile = original == null || original.image() == null ? null : original.image().path();
        return this;
    }

    public EventDraft picture(String path, String caption, String credit) {
        picture = nullToEmpty(path);
        pictureCaption = nullToEmpty(caption);
        pictureCredit = nullToEmpty(credit);
        return this;
    }

    public String title() {
        return title;
    }

    public String start() {
        return start;
    }

    public String end() {
        return end;
    }

    public boolean isApproximate() {
        return approximate;
    }

    public String category() {
        return category;
    }

    public List<String> tags() {
        return tags;
    }

    public List<String> actors() {
        return actors;
    }

    public String location() {
        return location;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public List<SourceText> sources() {
        return sources;
    }

    public List<RelatedLink> related() {
        return related;
    }

    public String picture() {
        return picture;
    }

    public String pictureCaption() {
        return pictureCaption;
    }

    public String pictureCredit() {
        return pictureCredit;
    }

    private static void addIfAny(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    private static boolean isBlankText(String text) {
        return text == null || text.isBlank();
    }

    private static String nullToEmpty(String text) {
        return Objects.requireNonNullElse(text, "");
    }

    private static String blankToNull(String text) {
        return isBlankText(text) ? null : text.strip();
    }

    /**
     * A text as typed, without the spaces around it; or, when it is the event's own text unchanged, that text as it
     * was: an edit of the title took the spaces from around a summary and the last line break from a description.
     */
    private static String asWas(String typed, String original) {
        return original != null && typed.equals(original) ? original : blankToNull(typed);
    }
}
