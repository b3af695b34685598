package org.chronoline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrawCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ChronolineCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void drawsThePeriodAskedForAtTheSizeAskedForWithoutADisplay(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("cfe.png");

        int exit = run("--export-png", "data/events.json", "--out", png.toString(), "--width", "1024", "--height", "600",
                "--from", "1989", "--to", "1993");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(png + ": 1024 x 600 pixels");
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(distinctColours(image)).as("a drawing, not a blank page").isGreaterThan(20);
    }

    @Test
    void anSvgTooCanBeDrawnAtTheHeightAskedForItsLanesCountingIntoClustersWhatDoesNotFit(@TempDir Path dir) throws Exception {
        Path tall = dir.resolve("tall.svg");
        Path slide = dir.resolve("slide.svg");

        assertThat(run("--export-svg", "data/events.json", "--out", tall.toString(), "--width", "1024")).isZero();
        assertThat(run("--export-svg", "data/events.json", "--out", slide.toString(), "--width", "1024", "--height", "400")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains(slide + ": 1024 x 400");
        String drawing = Files.readString(slide);
        assertThat(drawing).contains("width=\"1024\"").contains("height=\"400\"");
        assertThat(svgHeight(Files.readString(tall))).as("without --height, as tall as every whole title needs").isGreaterThan(400);
        assertThat(drawing.split("<text", -1).length).as("fewer titles drawn, the rest counted").isLessThan(Files.readString(tall).split("<text", -1).length);
    }

    /**
     * Clusters side by side are drawn apart at any text size. Their pills were 2 px apart: at 200%
     * their round ends met and a slide's row of counts read as one bar ("2 16 4 10 14 2 11 2").
     */
    @Test
    void clustersSideBySideAreDrawnApartAtLargeText(@TempDir Path dir) throws Exception {
        Path slide = dir.resolve("slide.svg");
        assertThat(run("--export-svg", "data/events.json", "--out", slide.toString(), "--width", "1024", "--height", "768",
                "--text-size", "200%", "--theme", "projector")).isZero();

        // A pill: a rectangle whose corners are half its height.
        Matcher m = Pattern.compile(
                "<rect x=\"([\\d.]+)\" y=\"([\\d.]+)\" width=\"([\\d.]+)\" height=\"([\\d.]+)\" rx=\"([\\d.]+)\"").matcher(Files.readString(slide));
        List<double[]> pills = new ArrayList<>();
        while (m.find()) {
            double height = Double.parseDouble(m.group(4));
            if (Math.abs(Double.parseDouble(m.group(5)) * 2 - height) < 0.01) {
                pills.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), height});
            }
        }
        pills.sort(Comparator.<double[]>comparingDouble(p -> p[1]).thenComparingDouble(p -> p[0]));
        int sideBySide = 0;
        for (int i = 1; i < pills.size(); i++) {
            double[] left = pills.get(i - 1);
            double[] right = pills.get(i);
            double gap = right[0] - (left[0] + left[2]);
            if (left[1] == right[1] && gap < right[3]) {
                sideBySide++;
                assertThat(gap).as("the gap between two clusters %s px tall", right[3]).isGreaterThanOrEqualTo(right[3] / 8);
            }
        }
        assertThat(sideBySide).as("clusters side by side").isGreaterThanOrEqualTo(3);
    }

    private static int svgHeight(String svg) {
        Matcher m = Pattern.compile("<svg[^>]*\\sheight=\"(\\d+)").matcher(svg);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /**
     * A picture with no height asked for is as tall as what it draws. 700 events of one day need more
     * rows than a picture is given (64), and the rest are counted into a cluster: the picture was 16,384
     * pixels tall, a "700" at its top and grid lines below. (All 700 were the cluster, in a picture under 400
     * pixels, while a picture counted a crowded lane bucket by bucket, as the window does.)
     */
    @Test
    void aPictureTooCrowdedForItsRowsIsAsTallAsWhatItDraws(@TempDir Path dir) throws Exception {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            events.append(i == 0 ? "" : ",").append("{\"id\": \"e").append(i).append("\", \"title\": \"Event ").append(i)
                    .append("\", \"start\": \"1990-01-01\"}");
        }
        Path file = Files.writeString(dir.resolve("day.json"), "{\"version\": 1, \"title\": \"A crowded day\", \"events\": [" + events + "]}");
        Path png = dir.resolve("day.png");

        assertThat(run("--export-png", file.toString(), "--out", png.toString())).isZero();

        var image = ImageIO.read(png.toFile());
        assertThat(image.getHeight()).as("as tall as its axis, its 64 rows and their cluster").isBetween(64 * 20, 2_000);
    }

    @Test
    void selectDrawsTheEventsLinksAsLabelledArrowsThatRunOverNoTitle(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("decree.svg");

        int exit = run("--export-svg", "data/events.json", "--out", svg.toString(), "--width", "1366", "--from", "2007-01", "--to",
                "2008-03", "--select", "putin-cfe-decree");

        assertThat(exit).isZero();
        String drawing = Files.readString(svg);
        assertThat(drawing.split("<path d=\"M", -1)).as("five links, five curves").hasSize(6);
        assertThat(drawing).contains(">in response to</text>").contains("stroke-dasharray").as("see also is dashed");
        assertThat(drawing.split(">led to</text>", -1)).as("three led to").hasSize(4);

        assertThat(run("--export-svg", "data/events.json", "--out", svg.toString(), "--select", "nowhere")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--select: there is no event with the id nowhere");
    }

    @Test
    void reportsAnInvalidFileWithItsProblemsAndExitCodeOne(@TempDir Path dir) {
        int exit = run("--export-png", "src/test/resources/files/bad-date.json", "--out", dir.resolve("x.png").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bad-date.json:6:45: error: events[1].start");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void refusesBadOptionsWithAUsageMessage(@TempDir Path dir) {
        assertThat(run("--export-png", "data/events.json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--export-png needs --out OUT.png");
        assertThat(run("--export-png", "data/events.json", "--out", "x.png", "--width", "ten")).isEqualTo(2);
        assertThat(run("--export-png", "data/events.json", "--out", "x.png", "--from", "2008", "--to", "2007")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--to is before --from");
    }

    /**
     * A picture for a slide had the window's 13-pixel type in the light theme, unreadable from the
     * back of a room: --text-size and --theme draw it larger and in the projector's colours.
     */
    @Test
    void aSlideCanHaveLargerTypeInAnotherThemesColours(@TempDir Path dir) throws Exception {
        Path usual = dir.resolve("usual.svg");
        Path slide = dir.resolve("slide.svg");

        assertThat(run("--export-svg", "data/events.json", "--out", usual.toString(), "--width", "1366", "--height", "768",
                "--from", "2007-01", "--to", "2008-03")).isZero();
        assertThat(run("--export-svg", "data/events.json", "--out", slide.toString(), "--width", "1366", "--height", "768",
                "--from", "2007-01", "--to", "2008-03", "--text-size", "200%")).isZero();
        Path dark = dir.resolve("dark.svg");
        assertThat(run("--export-svg", "data/events.json", "--out", dark.toString(), "--width", "1366", "--height", "768",
                "--from", "2007-01", "--to", "2008-03", "--theme", "projector-dark")).isZero();

        String before = Files.readString(usual);
        assertThat(fontSizeOf(Files.readString(slide), "Putin’s speech at the Munich Security Conference"))
                .isCloseTo(2 * fontSizeOf(before, "Putin’s speech at the Munich Security Conference"), org.assertj.core.data.Offset.offset(0.05));
        assertThat(background(before)).isEqualTo("#ffffff");
        assertThat(brightness(background(Files.readString(dark)))).as("white on black for a darkened room").isLessThan(0.1);
    }

    /**
     * Every month on a slide's axis is named, all shortened where a whole name has no room: on a 1024-pixel
     * projector in large type September and November went unnamed between October and December, and
     * the day numbers under them read as the month before's (a teacher's walk-through).
     */
    @Test
    void everyMonthOnASlidesAxisIsNamedShortenedWhereItMustBe(@TempDir Path dir) throws Exception {
        Path slide = dir.resolve("slide.svg");
        assertThat(run("--export-svg", "data/events.json", "--out", slide.toString(), "--width", "1024", "--height", "400",
                "--from", "1999-08-15", "--to", "2000-02-10", "--text-size", "150%")).isZero();
        String svg = Files.readString(slide);
        for (String month : List.of("Sep", "Oct", "Nov", "Dec")) {
            assertThat(svg).as("every month, all shortened alike").contains(">" + month + " 1999<");
        }
        assertThat(svg).doesNotContain(">October 1999<");
        Path wide = dir.resolve("wide.svg");
        assertThat(run("--export-svg", "data/events.json", "--out", wide.toString(), "--width", "1920", "--height", "400",
                "--from", "1999-08-15", "--to", "2000-02-10")).isZero();
        assertThat(Files.readString(wide)).as("whole where every name has room").contains(">September 1999<", ">November 1999<");
        // A month begun at the right edge, with no room for its name, leaves the others whole: judged by it, the row
        // changed from whole to short names and back while panning (review).
        Path edge = dir.resolve("edge.svg");
        assertThat(run("--export-svg", "data/events.json", "--out", edge.toString(), "--width", "1920", "--height", "400",
                "--from", "1999-08-15", "--to", "2000-02-03")).isZero();
        assertThat(Files.readString(edge)).contains(">September 1999<", ">November 1999<");
    }

    /**
     * A slide of a period leaves out the lanes with nothing in it, and its events take their room: the
     * README's back-row slide of 2007 gave three empty lanes a row each, while the year's suspensions
     * were a dot without a title and a "2" (a teacher's walk-through).
     */
    @Test
    void aSlideOfAPeriodGivesItsEventsTheRoomOfLanesWithNothingInIt(@TempDir Path dir) throws Exception {
        Path slide = dir.resolve("slide.svg");
        assertThat(run("--export-svg", "data/events.json", "--out", slide.toString(), "--width", "1920", "--height", "1080",
                "--from", "2007-01", "--to", "2008-03", "--theme", "projector", "--text-size", "200%")).isZero();
        String svg = Files.readString(slide);
        assertThat(svg).doesNotContain(">Treaties signed<", ">Entry into force<", ">Missile defence and deployments<");
        assertThat(svg).contains(">Suspensions, withdrawals and expiries<", ">State Duma passes the CFE suspension law<",
                ">Putin signs the law suspending the CFE Treaty<", ">Russia\u2019s CFE suspension takes effect<");
    }

    @Test
    void aThemeOrTextSizeItDoesNotKnowIsRefusedWithWhatItTakes(@TempDir Path dir) {
        assertThat(run("--export-png", "data/events.json", "--out", dir.resolve("x.png").toString(), "--theme", "sepia")).isEqualTo(2);
        assertThat(run("--export-png", "data/events.json", "--out", dir.resolve("x.png").toString(), "--text-size", "20%")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--theme sepia: write light, dark, high-contrast, projector or projector-dark")
                .contains("--text-size 20%: write a percentage from 50% to 400%");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    /** The size of the text drawn for a title. */
    private static double fontSizeOf(String svg, String title) {
        Matcher text = Pattern.compile("font-size=\"([0-9.]+)\"[^>]*>" + Pattern.quote(
                title.replace("'", "&#39;")) + "<").matcher(svg);
        assertThat(text.find()).as(title + " drawn whole").isTrue();
        return Double.parseDouble(text.group(1));
    }

    /** The fill of the picture's first rectangle, its background. */
    private static String background(String svg) {
        Matcher first = Pattern.compile("<rect x=\"0\" y=\"0\"[^>]* fill=\"(#[0-9a-f]{6})\"").matcher(svg);
        assertThat(first.find()).isTrue();
        return first.group(1);
    }

    private static double brightness(String hex) {
        java.awt.Color c = java.awt.Color.decode(hex);
        return (c.getRed() + c.getGreen() + c.getBlue()) / (3 * 255.0);
    }

    private static int distinctColours(java.awt.image.BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
