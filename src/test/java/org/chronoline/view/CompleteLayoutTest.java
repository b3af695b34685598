package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.Category;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NodeList;

/**
 * "The whole timeline" means every lane at the height its rows need and every event with its whole
 * title, never a cluster, for any timeline: the kinds that once lost lanes and events in exports
 * (a crowded lane, many lanes, thousands of years, titles in any script) are laid out here and
 * drawn as SVG, and every event is found exactly once, whole.
 */
class CompleteLayoutTest {
    private static final FixedWidthMeasurer MEASURER = new FixedWidthMeasurer(7);
    private static final String[] SCRIPTS = {"Договор о ракетах средней и меньшей дальности", "Συνθήκη για τις συμβατικές δυνάμεις",
        "中距離核戦力全廃条約の署名", "معاهدة القوات التقليدية في أوروبا", "Treaty signed 🇪🇺✍️ in Paris 😀", "Traktat o siłach zbrojnych"};

    static Stream<Arguments> timelines() {
        return Stream.of(
                Arguments.of("the bundled timeline", new TimelineFileReader().read(Path.of("data/events.json")).document()),
                Arguments.of("150 events in 8 lanes", generated(150, 8, "1950", 70, 1)),
                Arguments.of("80 events in one lane within two years", generated(80, 1, "2007", 2, 2)),
                Arguments.of("BCE to today", generated(60, 4, "-3000", 5025, 3)),
                Arguments.of("titles in many scripts", generated(48, 3, "1900", 120, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timelines")
    void everyEventOnceWithItsWholeTitleAndNoClusters(String name, TimelineDocument document) {
        TimelineContent content = new TimelineContent(document);
        for (LayoutMode mode : LayoutMode.values()) {
            for (double width : new double[] {800, 1600, 3200}) {
                TimeScale all = TimeScale.fitting(content.extent()[0], content.extent()[1], width, TimelineRenderer.FIT_MARGIN);
                TimelineLayout layout = TimelineLayouter.layout(content, mode, all, width, MEASURER, MEASURER,
                        LayoutMetrics.forLineHeight(16), Packing.complete());

                assertThat(layout.clusters()).as("%s, %s, %s px", name, mode, width).isEmpty();
                Map<String, Integer> seen = new HashMap<>();
                for (ItemBox item : layout.items()) {
                    seen.merge(item.event().id(), 1, Integer::sum);
                    assertWholeOrShortenedOnlyForWantOfRoom(item, width);
                    assertThat(item.y() + item.height()).as("inside its lane").isLessThanOrEqualTo(layout.contentHeight());
                }
                assertThat(seen.keySet()).as("%s, %s, %s px", name, mode, width)
                        .containsExactlyInAnyOrderElementsOf(document.events().stream().map(TimelineEvent::id).toList());
                assertThat(seen.values()).allMatch(n -> n == 1);
                assertNoOverlapInRows(layout);
            }
        }
    }

    /**
     * A picture ends at its edges: every label lies within them, whole, unless its title fits on
     * neither side of its marker; then it ends in an ellipsis, on the side with more room.
     */
    private static void assertWholeOrShortenedOnlyForWantOfRoom(ItemBox item, double width) {
        String title = org.chronoline.model.DisplayText.line(item.event().title());
        assertThat(item.labelX()).as("%s starts in the picture", item.event().id()).isGreaterThanOrEqualTo(0);
        assertThat(item.labelX() + item.labelWidth()).as("%s ends in the picture", item.event().id()).isLessThanOrEqualTo(width);
        if (title.equals(item.label())) {
            return;
        }
        double gap = LayoutMetrics.forLineHeight(16).labelGap();
        double before = item.x0() - 2 * gap;
        double after = width - item.x1() - 2 * gap;
        assertThat(MEASURER.width(title)).as("%s could have been whole", item.event().id()).isGreaterThan(Math.max(before, after));
        if (item.label() == null) {
            assertThat(Math.max(before, after)).as("%s had room for a letter", item.event().id())
                    .isLessThan(MEASURER.width("x" + TextMeasurer.ELLIPSIS));
            return;
        }
        assertThat(item.label()).as("%s shortened", item.event().id()).endsWith(TextMeasurer.ELLIPSIS);
        assertThat(MEASURER.width(item.label())).as("%s shortened where there is more room", item.event().id())
                .isLessThanOrEqualTo(Math.max(before, after) + 1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timelines")
    void theSvgIsWellFormedAndHoldsEveryTitleAsText(String name, TimelineDocument document) throws Exception {
        String svg = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            return renderer.svg(renderer.whole(new TimelineContent(document), LayoutMode.BY_CATEGORY, 1600, Marks.NONE));
        });

        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("script").getLength()).isZero();
        NodeList texts = xml.getElementsByTagName("text");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
        }
        for (TimelineEvent event : document.events()) {
            assertThat(shown).as("%s: %s", name, event.id()).contains(org.chronoline.model.DisplayText.line(event.title()));
        }
    }

    /** A lane's name is shown as titles are: without direction overrides or control characters, and within the picture. */
    @org.junit.jupiter.api.Test
    void laneNamesAreCleanedAndEndWithinThePicture() throws Exception {
        String reversing = "Lane \u202Edesrever\u202C x\u0007y";
        String long_ = "Arms control and disarmament ".repeat(12).strip();
        TimelineDocument document = new TimelineDocument(1, "Lanes", null,
                List.of(new Category("a", reversing, null), new Category("b", long_, null)), List.of(),
                List.of(new TimelineEvent("e1", "One", IsoDates.parse("1990"), null, false, "a", List.of(), List.of(), null, null,
                        null, List.of(), List.of(), null, ExtraFields.NONE),
                        new TimelineEvent("e2", "Two", IsoDates.parse("1995"), null, false, "b", List.of(), List.of(), null, null,
                        null, List.of(), List.of(), null, ExtraFields.NONE)), List.of(), ExtraFields.NONE);
        String svg = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            return renderer.svg(renderer.whole(new TimelineContent(document), LayoutMode.BY_CATEGORY, 600, Marks.NONE));
        });

        assertThat(svg).contains("Lane desrever x\uFFFDy").doesNotContain("\u202E").doesNotContain("\u0007");
        assertThat(svg).doesNotContain(long_).contains("Arms control and disarmament Arms control");
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = xml.getElementsByTagName("text");
        boolean shortened = false;
        for (int i = 0; i < texts.getLength(); i++) {
            shortened |= texts.item(i).getTextContent().startsWith("Arms control") && texts.item(i).getTextContent().endsWith(TextMeasurer.ELLIPSIS);
        }
        assertThat(shortened).as("the long name ends in an ellipsis").isTrue();
    }

    /**
     * A title whose first letter is Hebrew reads right to left in the SVG as in the window (a browser
     * otherwise lays it out left to right, its words in the wrong order), anchored at its left edge
     * where the layout put it; a Latin title is left as it is.
     */
    @org.junit.jupiter.api.Test
    void rightToLeftTitlesReadRightToLeftInTheSvg() throws Exception {
        String hebrew = "\u05d0\u05de\u05e0\u05ea INF \u05e0\u05d7\u05ea\u05de\u05d4 \u05d1-1987";
        TimelineDocument document = new TimelineDocument(1, "Directions", null, List.of(), List.of(),
                List.of(TimelineEvent.point("he", hebrew, IsoDates.parse("1987")), TimelineEvent.point("en", "INF Treaty signed",
                        IsoDates.parse("1990"))), List.of(), ExtraFields.NONE);
        String svg = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            return renderer.svg(renderer.whole(new TimelineContent(document), LayoutMode.COMPACT, 1200, Marks.NONE));
        });
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = xml.getElementsByTagName("text");
        Map<String, org.w3c.dom.Element> byText = new HashMap<>();
        for (int i = 0; i < texts.getLength(); i++) {
            byText.put(texts.item(i).getTextContent(), (org.w3c.dom.Element) texts.item(i));
        }
        assertThat(byText.get(hebrew).getAttribute("direction")).isEqualTo("rtl");
        assertThat(byText.get(hebrew).getAttribute("text-anchor")).as("its left edge at x").isEqualTo("end");
        assertThat(byText.get("INF Treaty signed").getAttribute("direction")).isEmpty();
        assertThat(byText.get("INF Treaty signed").getAttribute("text-anchor")).isEmpty();
    }

    static void assertNoOverlapInRows(TimelineLayout layout) {
        List<ItemBox> items = layout.items();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                ItemBox a = items.get(i);
                ItemBox b = items.get(j);
                if (a.lane() == b.lane() && a.y() == b.y()) {
                    assertThat(a.right() < b.left() || b.right() < a.left()).as("%s and %s overlap", a.event().id(), b.event().id()).isTrue();
                }
            }
        }
    }

    /** {@code count} events over {@code years} years from {@code from}, in {@code lanes} categories, some of them spans. */
    static TimelineDocument generated(int count, int lanes, String from, double years, long seed) {
        Random random = new Random(seed);
        List<Category> categories = new ArrayList<>();
        for (int c = 0; c < lanes; c++) {
            categories.add(new Category("c" + c, "Lane " + c, Category.paletteColor(c)));
        }
        double start = IsoDates.parse(from).startSecond();
        double span = years * 365.25 * 86_400;
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HistoricalDate at = HistoricalDate.containing(start + random.nextDouble() * span, org.chronoline.model.Precision.DAY);
            String title = seed == 4 ? SCRIPTS[i % SCRIPTS.length] + " " + i : "Event number " + i + " with a title of some length";
            HistoricalDate end = random.nextInt(4) == 0
                    ? HistoricalDate.containing(at.startSecond() + random.nextDouble() * span / 10, org.chronoline.model.Precision.DAY) : null;
            events.add(new TimelineEvent("e" + i, title, at, end, false, "c" + random.nextInt(lanes), List.of(), List.of(), null, null,
                    null, List.of(), List.of(), null, ExtraFields.NONE));
        }
        return new TimelineDocument(1, "Generated", null, categories, List.of(), events, List.of(), ExtraFields.NONE);
    }
}
