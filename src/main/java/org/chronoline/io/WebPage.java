package org.chronoline.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.chronoline.model.Category;
import org.chronoline.model.DateInput;
import org.chronoline.model.DateText;
import org.chronoline.model.Dating;
import org.chronoline.model.DatingWords;
import org.chronoline.model.DisplayText;
import org.chronoline.model.Era;
import org.chronoline.model.EventImage;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.SavedView;
import org.chronoline.model.Source;
import org.chronoline.model.SourceLanguage;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.text.Messages;

/**
 * A timeline published as one web page that needs nothing: the viewer's script and style
 * ({@code src/main/web}), the timeline's data and its pictures, all inside one HTML file that opens
 * from a USB stick or an e-mail attachment with no network.
 *
 * <p>Safety: the data goes in as JSON in a {@code type="application/json"} block, with every
 * {@code <}, {@code >}, {@code &}, {@code =} and {@code '} escaped (Gson's HTML-safe mode), so no
 * text of the timeline can close the block; the viewer sets every text with {@code textContent}.
 * The page's Content-Security-Policy allows its own style and script only, by their SHA-256
 * hashes, pictures only as {@code data:} addresses, and no connection of any kind. Pictures are
 * those the window would show ({@link ImageFiles}), reduced to 2,048 pixels when larger.
 */
public final class WebPage {
    /** Study words the window says and the page never does (it has its own, web.study.*): 750 bytes of every page. */
    static final Set<String> WINDOW_STUDY_WORDS = Set.of("study.order.prompt", "study.when.prompt", "study.cards.front", "study.keys",
            "study.progress.kept", "study.progress.practise.help", "study.started", "study.saveFailed", "study.when.none");

    private static final String RESOURCES = "/org/chronoline/web/";
    /** Pictures above this many bytes are embedded as the reduced copy the window shows, as PNG. */
    private static final long LARGEST_EMBEDDED_ORIGINAL = 1_500_000;
    private static final int PICTURE_SIDE = 2048;
    private static final Gson GSON = new GsonBuilder().disableJdkUnsafe().serializeNulls().create();

    /**
     * What was published: the page's size, its events, the pictures inside it, and one sentence for
     * each picture the page is without, saying which event's and why.
     */
    public record Published(long bytes, int events, int pictures, List<String> picturesLeftOut) {
    }

    private WebPage() {
    }

    /**
     * Writes the page through the safe writer (never over one of {@code inputs}).
     *
     * @param folder    the timeline file's folder, where its pictures are; null when it has none
     * @param startTour the id of the tour the page presents by default, or null
     */
    public static Published write(Path target, Collection<Path> inputs, TimelineDocument document, Path folder, String startTour)
            throws SaveFailedException {
        SafeFileWriter.checkTarget(target, inputs);
        Page page = page(document, folder, startTour);
        byte[] bytes = page.html().getBytes(StandardCharsets.UTF_8);
        new SafeFileWriter().export(target, SafeFileWriter.Content.of(bytes), inputs);
        return new Published(bytes.length, document.events().size(), page.pictures(), page.picturesLeftOut());
    }

    /** The page, how many pictures went into it, and why each of the others did not. */
    public record Page(String html, int pictures, List<String> picturesLeftOut) {
    }

    /** The pictures of the events as they are put in: counted, and those left out said. */
    static final class Embedding {
        private int count;
        private final List<String> leftOut = new ArrayList<>();
    }

    public static Page page(TimelineDocument document, Path folder, String startTour) {
        String template = resource("page.html");
        String style = withoutCommentLines(resource("viewer.css"));
        String script = withoutCommentLines(resource("viewer.js"));
        for (String part : List.of(style, script)) {
            if (part.contains("</") || part.contains("<!--")) {
                throw new IllegalStateException("the viewer's script or style contains text that would end its element");
            }
        }
        Embedding pictures = new Embedding();
        JsonObject data = data(document, folder, startTour, pictures);
        String csp = "default-src 'none'; img-src data:; style-src " + hash(style) + "; script-src " + hash(script)
                + "; base-uri 'none'; form-action 'none'";
        Map<String, String> values = new LinkedHashMap<>();
        values.put("LANG", language());
        // The browser's tab and history show it without the page's own cleaning: an override would reverse it there.
        values.put("TITLE", escapeHtml(DisplayText.line(document.title())));
        values.put("CSP", csp);
        values.put("STYLE", style);
        values.put("SCRIPT", script);
        values.put("DATA", GSON.toJson(data));
        return new Page(fill(template, values), pictures.count, List.copyOf(pictures.leftOut));
    }

    /** The language of the page's sentences: the one the messages are in. */
    private static String language() {
        return Messages.has("web.lang") ? Messages.get("web.lang") : "en";
    }

    /**
     * The template with each {@code {{NAME}}} replaced by its value, in one pass over the template:
     * a value is never searched for placeholders, so a title such as "{{DATA}} in Handlebars" is
     * only text (filled one after another, it made a second {{DATA}} and no page).
     */
    static String fill(String template, Map<String, String> values) {
        StringBuilder page = new StringBuilder(template.length() + values.values().stream().mapToInt(String::length).sum());
        Set<String> filled = new HashSet<>();
        int from = 0;
        for (int at = template.indexOf("{{"); at >= 0; at = template.indexOf("{{", from)) {
            int end = template.indexOf("}}", at);
            String name = end < 0 ? null : template.substring(at + 2, end);
            if (name == null || !values.containsKey(name) || !filled.add(name)) {
                throw new IllegalStateException("the page template must hold each of " + values.keySet() + " once, and nothing else in {{ }}");
            }
            page.append(template, from, at).append(values.get(name));
            from = end + 2;
        }
        if (!filled.equals(values.keySet())) {
            throw new IllegalStateException("the page template must hold each of " + values.keySet() + " once");
        }
        return page.append(template, from, template.length()).toString();
    }

    // ---- the data ------------------------------------------------------------------------------

    static JsonObject data(TimelineDocument document, Path folder, String startTour, Embedding pictures) {
        JsonObject data = new JsonObject();
        data.addProperty("lang", language());
        data.addProperty("title", document.title());
        data.addProperty("description", document.description());
        JsonObject messages = new JsonObject();
        Messages.withPrefix("web.").forEach(messages::addProperty);
        Messages.withPrefix("links.").forEach(messages::addProperty);
        // The same words for studying as the window's, but for its own: its keys, its progress file and its status line.
        Messages.withPrefix("study.").forEach((key, text) -> {
            if (!WINDOW_STUDY_WORDS.contains(key)) {
                messages.addProperty(key, text);
            }
        });
        Messages.withPrefix("date.").forEach(messages::addProperty); // and dates in the same order and forms
        Messages.withPrefix("month.of.").forEach(messages::addProperty);
        Messages.withPrefix("citation.").forEach(messages::addProperty); // a citation as the window copies it (Citation)
        // The window's words for what the page has too: the timeline's count, its citation button, and the filter's fields.
        for (String key : List.of("details.stats", "details.copyCitation", "details.citationCopied", "filter.tags", "filter.tags.any", "filter.actors",
                "filter.actors.any", "filter.dates", "filter.from.prompt", "filter.to.prompt", "form.end.beforeStart",
                "present.jump", "present.jump.hint", "present.jump.year", "present.counterEnd", "present.jump.none", "present.grid.title", "present.grid.hint",
                "present.typeSize", "present.typeSize.largest", "present.typeSize.smallest", "a11y.timeline.period")) {
            messages.addProperty(key, Messages.get(key));
        }
        data.add("messages", messages);
        JsonArray months = new JsonArray();
        JsonArray shortMonths = new JsonArray();
        for (int m = 1; m <= 12; m++) {
            months.add(DateText.monthName(m));
            shortMonths.add(DateText.shortMonthName(m));
        }
        data.add("monthNames", months);
        data.add("shortMonthNames", shortMonths);
        data.add("dateWords", dateWords());
        JsonArray categories = new JsonArray();
        for (Category c : document.categories()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", c.id());
            o.addProperty("name", c.name());
            o.addProperty("color", c.color());
            categories.add(o);
        }
        data.add("categories", categories);
        JsonArray eras = new JsonArray();
        for (Era e : document.eras()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.id());
            o.addProperty("title", e.title());
            o.addProperty("startSecond", e.start().startSecond());
            o.addProperty("endSecond", e.end().endSecond());
            o.addProperty("color", e.color());
            o.addProperty("dateText", DateText.formatSpan(e.start(), e.end()));
            eras.add(o);
        }
        data.add("eras", eras);
        Set<String> ids = document.events().stream().map(TimelineEvent::id).collect(Collectors.toSet());
        List<TimelineEvent> ordered = new ArrayList<>(document.events());
        ordered.sort(TimelineEvent.IN_TIME);
        JsonArray events = new JsonArray();
        for (TimelineEvent e : ordered) {
            events.add(event(e, ids, folder, pictures));
        }
        data.add("events", events);
        JsonArray tours = new JsonArray();
        for (Tour t : document.tours()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", t.id());
            o.addProperty("title", t.title());
            o.add("steps", strings(t.steps().stream().filter(ids::contains).toList()));
            tours.add(o);
        }
        data.add("tours", tours);
        JsonArray views = new JsonArray();
        for (SavedView v : document.views()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", v.id());
            o.addProperty("title", v.title());
            o.add("hideCategories", strings(v.filter().hiddenCategories().stream().sorted().toList()));
            o.add("tags", strings(v.filter().tags().stream().sorted().toList()));
            o.add("actors", strings(v.filter().actors().stream().sorted().toList()));
            o.addProperty("fromSecond", v.filter().from() == null ? null : v.filter().from().startSecond());
            o.addProperty("toSecond", v.filter().to() == null ? null : v.filter().to().endSecond());
            views.add(o);
        }
        data.add("views", views);
        boolean tourExists = startTour != null && document.tours().stream().anyMatch(t -> t.id().equals(startTour));
        data.addProperty("startTour", tourExists ? startTour : null);
        return data;
    }

    private static JsonObject event(TimelineEvent e, Set<String> ids, Path folder, Embedding pictures) {
        HistoricalDate start = e.start();
        JsonObject o = new JsonObject();
        o.addProperty("id", e.id());
        o.addProperty("title", e.title());
        o.addProperty("startSecond", e.startSecond());
        o.addProperty("endSecond", e.endSecond());
        long[] possible = e.possibleSeconds();
        // Where the marker goes: a moment "between" two dates in the middle of them (TimelineLayouter.geometry).
        o.addProperty("midSecond", e.dating().is(Dating.BETWEEN) ? (possible[0] + possible[1]) / 2.0 : start.midSecond());
        o.addProperty("startMid", start.midSecond());
        // Fields that are null or false are left out (the viewer reads them as absent): 5 KB of the bundled page.
        if (e.end() != null) {
            o.addProperty("endMid", e.end().midSecond());
            o.addProperty("endStart", e.end().startSecond());
        }
        o.addProperty("possibleFrom", possible[0]);
        o.addProperty("possibleTo", possible[1]);
        List<HistoricalDate> givenDates = e.disputedDates();
        if (!e.isSpan() && givenDates.size() > 1) {
            // The moments of the dates its sources give, each drawn as a ring (TimelineLayouter.ringCentres).
            JsonArray given = new JsonArray();
            givenDates.forEach(d -> given.add(d.midSecond()));
            o.add("givenMids", given);
        }
        o.addProperty("startEnd", start.endSecond());
        if (e.isSpan()) {
            o.addProperty("span", true);
        }
        o.addProperty("precision", start.precision().name());
        if (e.finestPrecision().hasTime()) {
            // The axis shows hours or minutes only for timelines whose dates name them (TimelineContent.finestTick).
            o.addProperty("timePrecision", e.finestPrecision().name());
        }
        if (e.approximate()) {
            o.addProperty("approximate", true);
        }
        o.addProperty("dateText", e.dateText());
        if (e.dating().is(Dating.DISPUTED)) {
            o.addProperty("ownDateText", DateText.formatSpan(e.start(), e.end())); // the date it is drawn at, alone
        }
        List<String> says = DatingWords.whoSaysWhat(e);
        if (!says.isEmpty()) {
            o.add("datingSays", strings(says));
        }
        o.addProperty("category", e.category());
        o.add("tags", strings(e.tags()));
        o.add("actors", strings(e.actors()));
        o.addProperty("location", e.location());
        o.addProperty("summary", e.summary());
        o.addProperty("description", e.description());
        JsonArray sources = new JsonArray();
        for (Source s : e.sources()) {
            JsonObject source = new JsonObject();
            source.addProperty("title", s.title());
            source.addProperty("url", s.url());
            source.addProperty("publisher", s.publisher());
            if (s.date() != null) {
                source.addProperty("dateText", DateText.format(s.date()));
            }
            if (s.locale() != null) {
                // Its title is marked as in its language (a screen reader says it so), and "in German" told to all.
                source.addProperty("language", s.locale().toLanguageTag());
                source.addProperty("languageNote", SourceLanguage.note(s));
            }
            sources.add(source);
        }
        o.add("sources", sources);
        JsonArray related = new JsonArray();
        for (RelatedLink link : e.related()) {
            if (ids.contains(link.id())) {
                JsonObject l = new JsonObject();
                l.addProperty("id", link.id());
                l.addProperty("kind", link.kind() == null ? "related" : link.kind());
                related.add(l);
            }
        }
        o.add("related", related);
        String picture = e.image() == null ? null : picture(folder, e.image(), why -> pictures.leftOut.add(
                Messages.get("picture.ofEvent", DisplayText.line(e.title()), why)));
        if (picture != null) {
            JsonObject image = new JsonObject();
            image.addProperty("src", picture);
            image.addProperty("caption", e.image().caption());
            image.addProperty("credit", e.image().credit());
            o.add("image", image);
            pictures.count++;
        }
        return o;
    }

    /**
     * The picture as a {@code data:} address, when the window would show it; null otherwise, and
     * {@code leftOut} is told why in the window's words. A picture that is large, or not PNG, JPEG
     * or GIF, goes in as the window's reduced copy, as PNG.
     */
    static String picture(Path folder, EventImage image, Consumer<String> leftOut) {
        ImageFiles.Lookup lookup = ImageFiles.find(folder, image.path());
        if (lookup.file() == null) {
            leftOut.accept(lookup.refusal());
            return null;
        }
        try {
            ImageFiles.Decoded decoded = ImageFiles.decode(lookup.file(), image.path(), PICTURE_SIDE);
            byte[] original = Files.size(lookup.file()) <= LARGEST_EMBEDDED_ORIGINAL ? Files.readAllBytes(lookup.file()) : null;
            String type = original == null || decoded.isReduced() ? null : webType(original);
            if (type == null) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                PngWriter.write(png, decoded.width(), decoded.height(), decoded.argb());
                original = png.toByteArray();
                type = "image/png";
            }
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(original);
        } catch (ImageFiles.UnreadablePictureException e) {
            leftOut.accept(e.getMessage());
            return null;
        } catch (IOException e) {
            leftOut.accept(Messages.get("image.refused.unreadable", image.path()));
            return null;
        }
    }

    /** The picture's type by its first bytes, when every browser shows it as it is; null otherwise. */
    private static String webType(byte[] bytes) {
        if (TextEncoding.startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (TextEncoding.startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (TextEncoding.startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        return null;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    // ---- helpers -------------------------------------------------------------------------------

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = WebPage.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the web viewer's " + name + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words a typed date may use (DateInput's, every language's), for the page's "When was it?" field. */
    private static JsonObject dateWords() {
        JsonObject words = new JsonObject();
        JsonObject monthWords = new JsonObject();
        DateInput.monthWords().forEach(monthWords::addProperty);
        JsonObject eraWords = new JsonObject();
        DateInput.eraWords().forEach(eraWords::addProperty);
        JsonArray yearWords = new JsonArray();
        DateInput.yearWords().forEach(yearWords::add);
        words.add("months", monthWords);
        words.add("eras", eraWords);
        words.add("yearWords", yearWords);
        JsonArray approximateMarks = new JsonArray();
        DateInput.approximateMarks().forEach(approximateMarks::add);
        words.add("approximateMarks", approximateMarks);
        return words;
    }

    /**
     * The viewer's script and style as the page carries them: without the lines that hold only a
     * comment (a fifth of the script and a quarter of the style, which are written to be read in the
     * project; the page stays under its size budget) or nothing, and without the indentation of the
     * others. Only whole lines go, and spaces before the first character: neither has text that spans lines.
     */
    static String withoutCommentLines(String script) {
        List<String> kept = new ArrayList<>();
        boolean inBlock = false;
        for (String line : script.split("\n", -1)) {
            String text = line.strip();
            if (inBlock) {
                inBlock = !text.endsWith("*/");
            } else if (text.startsWith("/*")) {
                int end = text.indexOf("*/", 2);
                inBlock = end < 0;
                if (end >= 0 && end + 2 < text.length()) {
                    kept.add(line.stripLeading()); // code after the comment: the line stays whole
                }
            } else if (!text.startsWith("//") && !text.isEmpty()) {
                kept.add(line.stripLeading());
            }
        }
        return String.join("\n", kept);
    }
}
