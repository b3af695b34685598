package org.chronoline.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineDocument;
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
    private static final String RESOURCES = "/org/chronoline/web/";
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

    public static Page page(TimelineDocument document, Path folder, String startTour) {
        String template = resource("page.html");
        String style = withoutCommentLines(resource("viewer.css"));
        String script = withoutCommentLines(resource("viewer.js"));
        for (String part : List.of(style, script)) {
            if (part.contains("</") || part.contains("<!--")) {
                throw new IllegalStateException("the viewer's script or style contains text that would end its element");
            }
        }
        WebPagePictures pictures = new WebPagePictures(folder);
        JsonObject data = WebPageData.of(document, startTour, pictures);
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
        return new Page(fill(template, values), pictures.count(), pictures.leftOut());
    }

    /** The language of the page's sentences: the one the messages are in. */
    static String language() {
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
