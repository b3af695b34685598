package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.chronoline.model.EventImage;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published page's envelope: what goes in, how it is sealed, and which pictures it carries. */
class WebPageTest {
    @TempDir
    Path dir;

    private static TimelineDocument withPictures(String... paths) {
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < paths.length; i++) {
            events.add(new TimelineEvent("e" + i, "Event " + i, IsoDates.parse("199" + i), null, false, null, List.of(), List.of(), null,
                    null, null, List.of(), List.of(), new EventImage(paths[i], "Caption", null, ExtraFields.NONE), ExtraFields.NONE));
        }
        return new TimelineDocument(1, "Pictures", null, List.of(), List.of(), events, List.of(), ExtraFields.NONE);
    }

    private static JsonObject data(String html) {
        Matcher json = Pattern.compile("<script type=\"application/json\" id=\"chronoline-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(json.find()).isTrue();
        return JsonParser.parseString(json.group(1)).getAsJsonObject();
    }

    @Test
    void thePolicyAllowsExactlyTheInlineScriptAndStyleAndNoConnection() throws Exception {
        TimelineDocument bundled = new TimelineFileReader().read(Path.of("data/events.json")).document();
        String html = WebPage.page(bundled, null, "cfe-story").html();

        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        assertThat(style.find()).isTrue();
        assertThat(html).contains("default-src 'none'; img-src data:; style-src " + sha(style.group(1)) + "; script-src "
                + sha(script.group(1)) + "; base-uri 'none'; form-action 'none'");
        assertThat(script.find()).as("one script").isFalse();
        JsonObject data = data(html);
        assertThat(data.getAsJsonArray("events")).hasSize(77);
        assertThat(data.get("startTour").getAsString()).isEqualTo("cfe-story");
        assertThat(data.getAsJsonObject("messages").get("web.present").getAsString()).isEqualTo("Present");
        assertThat(data.getAsJsonArray("monthNames").get(10).getAsString()).isEqualTo("November");
    }

    /** A title about templates is text: filled one placeholder after another, "{{DATA}}" in it made a second one and no page. */
    @Test
    void aTitleThatLooksLikeThePagesPlaceholdersIsOnlyText() {
        String title = "Handlebars: {{DATA}}, {{CSP}}, {{STYLE}}, {{SCRIPT}}, {{TITLE}}, {{LANG}} and {{";
        TimelineDocument document = new TimelineDocument(1, title, "{{SCRIPT}}", List.of(), List.of(),
                List.of(TimelineEvent.point("x", "{{DATA}}", IsoDates.parse("1990"))), List.of(), ExtraFields.NONE);

        String html = WebPage.page(document, null, null).html();

        assertThat(html).contains("<title>" + title + "</title>");
        assertThat(data(html).get("title").getAsString()).isEqualTo(title);
        assertThat(data(html).getAsJsonArray("events").get(0).getAsJsonObject().get("title").getAsString()).isEqualTo("{{DATA}}");
        assertThat(html.split("Content-Security-Policy", -1)).as("one policy").hasSize(2);
        assertThat(html.split("<script>", -1)).as("one script").hasSize(2);
    }

    @Test
    void noTextOfTheTimelineCanLeaveItsBlock() {
        TimelineEvent hostile = TimelineEvent.point("x", "</script><script>alert(1)</script><!--", IsoDates.parse("1990"));
        TimelineDocument document = new TimelineDocument(1, "A & B <i>", null, List.of(), List.of(), List.of(hostile), List.of(),
                ExtraFields.NONE);

        String html = WebPage.page(document, null, null).html();

        assertThat(html).contains("<title>A &amp; B &lt;i&gt;</title>").doesNotContain("alert(1)</script>", "<!--\"");
        String reversing = WebPage.page(new TimelineDocument(1, "Lesson \u202Efdp.exe\u202C plan", null, List.of(), List.of(), List.of(hostile),
                List.of(), ExtraFields.NONE), null, null).html();
        assertThat(reversing).as("the tab's title without the override").contains("<title>Lesson fdp.exe plan</title>");
        assertThat(html.indexOf("</script>", html.indexOf("chronoline-data"))).as("the data block ends where the page ends it")
                .isEqualTo(html.indexOf("</script>\n<script>"));
        assertThat(data(html).getAsJsonArray("events").get(0).getAsJsonObject().get("title").getAsString())
                .isEqualTo("</script><script>alert(1)</script><!--");
    }

    @Test
    void onlyPicturesTheWindowWouldShowGoInAndLargeOnesAreReduced() throws Exception {
        Files.createDirectories(dir.resolve("images"));
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("images/small.png").toFile());
        ImageIO.write(new BufferedImage(3000, 200, BufferedImage.TYPE_INT_RGB), "bmp", dir.resolve("images/wide.bmp").toFile());
        Files.writeString(dir.resolve("images/fake.png"), "not a picture");
        Path outside = Files.createDirectories(dir.resolve("../outside-" + dir.getFileName()));
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", outside.resolve("secret.png").toFile());
        Path timeline = Files.createDirectories(dir.resolve("timeline"));
        Files.move(dir.resolve("images"), timeline.resolve("images"));

        WebPage.Page page = WebPage.page(withPictures("images/small.png", "images/wide.bmp", "images/fake.png",
                "../../outside-" + dir.getFileName() + "/secret.png", "https://example.org/x.png", "images/missing.png"), timeline, null);

        assertThat(page.pictures()).isEqualTo(2);
        var events = data(page.html()).getAsJsonArray("events");
        String small = events.get(0).getAsJsonObject().getAsJsonObject("image").get("src").getAsString();
        assertThat(small).startsWith("data:image/png;base64,");
        assertThat(Base64.getDecoder().decode(small.substring(small.indexOf(',') + 1)))
                .as("a small PNG as it is").isEqualTo(Files.readAllBytes(timeline.resolve("images/small.png")));
        String wide = events.get(1).getAsJsonObject().getAsJsonObject("image").get("src").getAsString();
        BufferedImage reduced = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(wide.substring(wide.indexOf(',') + 1))));
        assertThat(reduced.getWidth()).as("a BMP wider than 2,048 as the window's reduced PNG").isBetween(1000, 2048);
        for (int i = 2; i < 6; i++) {
            assertThat(events.get(i).getAsJsonObject().has("image")).as("picture %d left out", i).isFalse();
        }
        // Each one left out is said, with its event and the window's reason: they were dropped without a word.
        assertThat(page.picturesLeftOut()).hasSize(4);
        assertThat(page.picturesLeftOut().get(0)).startsWith("“Event 2”: ").contains("images/fake.png", "damaged");
        assertThat(page.picturesLeftOut().get(1)).startsWith("“Event 3”: ").contains("secret.png", "outside the timeline's folder");
        assertThat(page.picturesLeftOut().get(2)).startsWith("“Event 4”: ").contains("on the network");
        assertThat(page.picturesLeftOut().get(3)).startsWith("“Event 5”: ").contains("images/missing.png", "not found");
    }

    private static String sha(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    }

    /** The page carries the viewer without its comment lines (a fifth of it), blank lines and indentation, and nothing else of it changes. */
    @Test
    void thePageCarriesTheViewerWithoutItsCommentLines() {
        String script = String.join("\n", "/**", " * Reads the page.", " */", "const url = 'https://example.org/a'; // the address",
                "  // a note", "  /* one line */", "", "/* before */ const code = 1;", "const pattern = /\\/\\*/;", "  ", "function f(a, b) {",
                "  return a", "    * b;", "}", "");

        assertThat(WebPage.withoutCommentLines(script)).isEqualTo(String.join("\n", "const url = 'https://example.org/a'; // the address",
                "/* before */ const code = 1;", "const pattern = /\\/\\*/;", "function f(a, b) {", "return a", "* b;", "}"));
    }

    /** The window's own study words, left out of the page, are none the page says. */
    @Test
    void theStudyWordsLeftOutAreNoneThePageSays() throws IOException {
        String viewer = Files.readString(Path.of("src/main/web/viewer.js")) + Files.readString(Path.of("src/main/web/page.html"));
        assertThat(WebPageData.WINDOW_STUDY_WORDS).isNotEmpty().allSatisfy(key -> assertThat(viewer).doesNotContain("'" + key + "'", "\"" + key + "\""));
        assertThat(java.util.regex.Pattern.compile("'(?:web\\.)?study\\.[\\w.]*\\.'").matcher(viewer).find())
                .as("no study words built from pieces ('study.order.' + ...)").isFalse();
    }

    /** What lets the page leave out indentation: no text in the viewer (a template literal) goes on over a line. */
    @Test
    void noTextInTheViewerSpansLines() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/web/viewer.js"));
        for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i).strip();
            if (!code.startsWith("//") && !code.startsWith("*") && !code.startsWith("/*")) {
                assertThat(code.chars().filter(c -> c == '`').count() % 2).as("line %d: %s", i + 1, code).isZero();
            }
        }
    }

    /**
     * The page runs in the browsers students have, Safari before 16.4 on older iPads among them,
     * which refuse a whole script for one regular expression that looks behind.
     */
    @Test
    void theViewerLooksBehindInNoRegularExpression() throws IOException {
        String script = Files.readString(Path.of("src/main/web/viewer.js"));
        assertThat(script).doesNotContain("(?<!").doesNotContain("(?<=");
    }
}
