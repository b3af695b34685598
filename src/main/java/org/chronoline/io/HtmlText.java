package org.chronoline.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronoline.text.Markup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML from another program (TimelineJS headlines and texts) as plain text, through jsoup's HTML
 * parser: paragraphs and line breaks are kept, list items become lines starting with a bullet,
 * links keep their words and are collected with their addresses, and everything else (scripts,
 * styles, frames, event handlers, comments, unknown tags) is dropped. Nothing is ever rendered as
 * HTML, so the result can only ever be text.
 */
public final class HtmlText {
    /** Elements whose content is never text for a reader. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "object", "embed",
            "svg", "math", "head", "title", "select", "textarea", "button", "canvas", "audio", "video");
    /** Elements that start and end a paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside", "blockquote",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "table", "tr", "pre", "figure", "figcaption", "hr",
            "address", "main", "nav");

    /** A link found in the HTML: its words and its address (as written; callers decide whether it may be opened). */
    public record Link(String text, String href) {
    }

    /** Plain text, paragraphs separated by a blank line, and the links in order. */
    public record Result(String text, List<Link> links) {
    }

    private HtmlText() {
    }

    /** The text of an HTML fragment, with paragraphs; null for null. */
    public static Result convert(String html) {
        if (html == null) {
            return new Result(null, List.of());
        }
        Document document = Jsoup.parseBodyFragment(html);
        return convert(document.body());
    }

    /** The text of a parsed element, with paragraphs. */
    static Result convert(Element root) {
        Collector collector = new Collector();
        for (Node child : root.childNodes()) {
            collector.walk(child);
        }
        // A reference to half a character (&#xD800;) is U+FFFD, as HTML's own parser makes it: written back, it became "?".
        return new Result(TextChecks.wholeCharacters(collector.text()),
                collector.links.stream().map(l -> new Link(TextChecks.wholeCharacters(l.text()), TextChecks.wholeCharacters(l.href()))).toList());
    }

    /** One line of text, for a headline: paragraphs and line breaks become spaces. */
    public static String line(String html) {
        String text = convert(html).text();
        return text == null ? null : text.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    /** Text as HTML paragraphs, escaped: the way back for an export. */
    public static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    /** Text with the five characters that mean something in HTML escaped. */
    public static String escape(String text) {
        return Markup.escape(text);
    }

    /** Walks the tree, writing text and paragraph breaks. */
    private static final class Collector {
        private final StringBuilder out = new StringBuilder();
        private final List<Link> links = new ArrayList<>();
        /** A break is owed before the next text: 0 none, 1 a line, 2 a paragraph. */
        private int pendingBreak;

        void walk(Node node) {
            if (node instanceof TextNode text) {
                write(text.getWholeText());
                return;
            }
            if (!(node instanceof Element element)) {
                return; // comments, doctype, data of scripts
            }
            String tag = element.normalName();
            if (DROPPED.contains(tag)) {
                return;
            }
            if (tag.equals("br")) {
                breakAtLeast(1);
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) {
                breakAtLeast(2);
            }
            if (tag.equals("li")) {
                breakAtLeast(1);
                write("\u2022 ");
            }
            int before = out.length();
            for (Node child : element.childNodes()) {
                walk(child);
            }
            if (tag.equals("a") && element.hasAttr("href")) {
                String words = out.substring(before).strip();
                links.add(new Link(words, element.attr("href").strip()));
            }
            if (block) {
                breakAtLeast(2);
            } else if (tag.equals("li") || tag.equals("td") || tag.equals("th")) {
                breakAtLeast(tag.equals("li") ? 1 : 0);
                if (!tag.equals("li")) {
                    write(" ");
                }
            }
        }

        private void breakAtLeast(int kind) {
            pendingBreak = Math.max(pendingBreak, kind);
        }

        private void write(String text) {
            // Whitespace in HTML is one space, as a browser shows it.
            String collapsed = text.replaceAll("[\\s\\u00A0]+", " ");
            if (collapsed.isBlank()) {
                if (!collapsed.isEmpty() && out.length() > 0 && pendingBreak == 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                return;
            }
            if (out.length() > 0 && pendingBreak > 0) {
                trimTrailingSpace();
                out.append(pendingBreak == 2 ? "\n\n" : "\n");
                collapsed = collapsed.stripLeading();
            } else if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                collapsed = collapsed.stripLeading();
            } else if (out.charAt(out.length() - 1) == ' ' && collapsed.startsWith(" ")) {
                collapsed = collapsed.substring(1);
            }
            pendingBreak = 0;
            out.append(collapsed);
        }

        private void trimTrailingSpace() {
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        String text() {
            trimTrailingSpace();
            return out.toString().strip();
        }
    }
}
