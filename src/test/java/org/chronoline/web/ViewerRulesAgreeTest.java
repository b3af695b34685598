package org.chronoline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.io.WebPage;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.chronoline.view.AxisPlan;
import org.chronoline.view.LayoutMetrics;
import org.chronoline.view.LayoutMode;
import org.chronoline.view.LeastLabel;
import org.chronoline.view.Packing;
import org.chronoline.view.TextMeasurer;
import org.chronoline.view.TickUnit;
import org.chronoline.view.TimeScale;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineLayout;
import org.chronoline.view.TimelineLayouter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page's viewer ports the window's rules (axis ticks, rows, labels, clusters) to JavaScript.
 * Both sides lay out the bundled timeline at the same views with the same fixed-width text, and
 * must agree: the same tick unit and labels, and every event in the same lane, at the same place,
 * with the same label or none, and the same clusters.
 */
class ViewerRulesAgreeTest {
    private static final double CHAR = 7;
    private static final double LINE = 16;
    private static final TextMeasurer FIXED = new TextMeasurer() {
        @Override
        public double width(String text) {
            return text.length() * CHAR;
        }

        @Override
        public double lineHeight() {
            return LINE;
        }
    };

    @TempDir
    static Path dir;
    static ChromeDriver browser;
    static TimelineDocument bundled;

    @BeforeAll
    static void open() throws Exception {
        bundled = new TimelineFileReader().read(Path.of("data/events.json")).document();
        Path page = dir.resolve("page.html");
        WebPage.write(page, List.of(), bundled, null, null);
        browser = Browser.start(dir.resolve("profile"));
        showPage(page);
    }

    /** Opens a published page in the browser, once its viewer is ready (a large one takes a while). */
    private static void showPage(Path page) {
        browser.get(page.toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                browser.executeScript("return !!window.ChronolineViewer")));
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"START I", "\"START I\"", "INF", "inf", "war", "Hofdi", "Höfði", "krak", "CFE",
        "lavrov moscow", "i", "\"two-plus-two\"", "1990", "Vienna Document 1992", "ОБСЕ", "-1A", "\"", "ДОГОВОР", "MIRV", "ICBM", "SS", "1999", "November 1990", "2007",
        "moscow treaty", "Moscow  Treaty (SORT) signed ", "\"moscow treaty\"", "start i"})
    @SuppressWarnings("unchecked")
    void searchFindsAndRanksWhatTheWindowFindsAndRanks(String typed) {
        // Over the events in the page's order (it writes them in time order): the order within each rank is the one given.
        List<String> inPageOrder = (List<String>) browser.executeScript("return window.ChronolineViewer.searchMatches('')");
        List<org.chronoline.model.TimelineEvent> given = inPageOrder.stream().map(id -> bundled.events().stream()
                .filter(e -> e.id().equals(id)).findFirst().orElseThrow()).toList();
        List<String> java = new org.chronoline.model.find.EventSearch().ranked(org.chronoline.model.find.SearchQuery.parse(typed),
                given).stream().map(org.chronoline.model.TimelineEvent::id).toList();

        List<String> page = (List<String>) browser.executeScript("return window.ChronolineViewer.searchMatches(arguments[0])", typed);

        assertThat(page).isEqualTo(java);
    }

    /** Why a result matched: the page shows the words, and names the field, that the window does, for every event. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"putin", "cfe", "lavrov moscow", "missile", "vienna", "\"two-plus-two\"", "nato", "1990", "treaty"})
    @SuppressWarnings("unchecked")
    void aResultSaysWhyItMatchedAsTheWindowSays(String typed) {
        org.chronoline.model.find.SearchQuery query = org.chronoline.model.find.SearchQuery.parse(typed);
        int named = 0;
        for (org.chronoline.model.TimelineEvent e : bundled.events()) {
            org.chronoline.model.find.MatchSnippet.Snippet java = org.chronoline.model.find.MatchSnippet.of(e, query);
            Map<String, Object> page = (Map<String, Object>) browser.executeScript(
                    "return window.ChronolineViewer.matchSnippet(arguments[0], arguments[1])", e.id(), typed);
            if (java == null) {
                assertThat(page).as(e.id()).isNull();
            } else {
                assertThat(page).as(e.id()).containsEntry("text", java.text())
                        .containsEntry("field", java.field().name().toLowerCase(Locale.ROOT));
                named += java.field() == org.chronoline.model.find.MatchSnippet.Field.TEXT ? 0 : 1;
            }
        }
        if (typed.equals("putin")) {
            assertThat(named).as("some from sources and people").isPositive();
        }
    }

    /** Words end and capitals are told as the window tells them: "CO" finds "CO₂" in both; "XIXᵉ" is not in capitals. */
    @Test
    void searchReadsWordsAndCapitalsAsTheWindowDoes() {
        List<String> texts = List.of("CO\u2082 emissions", "H\u2082O", "the XIX\u1d49 century", "Pages \u00bd and 2", "\ud835\udc00\ud835\udc01 treaty",
                "Stage I\u2160 talks", "ОБСЕ\u00b2 meeting");
        List<String> typed = List.of("CO", "H", "XIX\u1d49", "\u00bd", "2", "\ud835\udc00\ud835\udc01", "I\u2160", "ОБСЕ", "xix");
        for (String text : texts) {
            for (String query : typed) {
                assertThat(browser.executeScript("return ChronolineViewer.matchesText(arguments[0], arguments[1])", text, query))
                        .as("%s in %s", query, text)
                        .isEqualTo(org.chronoline.model.find.SearchQuery.parse(query).matches(org.chronoline.model.find.FoldedText.foldAll(text)));
            }
        }
        for (String query : typed) {
            assertThat(browser.executeScript("return ChronolineViewer.searchTerms(arguments[0]).map(t => t.whole)", query)).as(query)
                    .isEqualTo(org.chronoline.model.find.SearchQuery.parse(query).terms().stream().map(t -> t.whole()).toList());
        }
    }

    /** A no-break space typed or pasted around a word is part of it in both (JavaScript's trim took it, Java's strip keeps it). */
    @Test
    void searchWordsEndWhereTheWindowsEnd() {
        for (String typed : List.of("Moskow\u00a0", "\u00a0moskow", "lavrov\u202f", "\u2003cfe\u2003", "\u001fcfe", "\"\u00a0cfe\"")) {
            assertThat(browser.executeScript("return ChronolineViewer.searchTerms(arguments[0]).map(t => t.text)", typed)).as(typed)
                    .isEqualTo(org.chronoline.model.find.SearchQuery.parse(typed).terms().stream().map(t -> t.text()).toList());
            assertThat(browser.executeScript("return window.ChronolineViewer.searchSuggestion(arguments[0])", typed)).as(typed)
                    .isEqualTo(org.chronoline.model.find.SearchSuggestion.of(bundled.events(), new org.chronoline.model.find.EventSearch())
                            .suggest(typed));
        }
    }

    /** "Did you mean": the page offers what the window offers, and nothing where it offers nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Moskow", "CFE Moskow", "Gorbachov", "Gorbatch", "Brezhenv", "inspecting", "deploying",
        "\"Paris\" Moskow", "Moscow Paris", "zzzzqqq", "19999", "xq", "\"treaty of moskow\"", "MOSKOW", "Krakuw", "Hofdy",
        "Reykjavík Gorbachov", "ДОГОВОРЫ", "moratorum  suspention", "tready", "Wasington", "warsaw pakt", "pakt warsaw", "Eltsin", "withdrawl", "INFF", "Novembre 1990", "Kraków Moskow"})
    void searchSuggestsWhatTheWindowSuggests(String typed) {
        String java = org.chronoline.model.find.SearchSuggestion.of(bundled.events(), new org.chronoline.model.find.EventSearch()).suggest(typed);

        Object page = browser.executeScript("return window.ChronolineViewer.searchSuggestion(arguments[0])", typed);

        assertThat(page).isEqualTo(java);
    }

    /** A line of text from the file is shown as the window shows it: controls, overrides, invisible breaks, stacks of marks. */
    @org.junit.jupiter.api.Test
    void aLineOfTextIsTheWindows() {
        String zalgo = "T" + "\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308".repeat(5) + "itle";
        for (String text : List.of("CFE Treaty signed in Paris", "Zero\u200Bwidth\u2060test\u00ADsoft\uFEFF end", zalgo,
                "Vi\u1EC7t Nam \u0928\u092E\u0938\u094D\u0924\u0947", "a\u202Eb\u2066c\tline\nbreak\u0001", "family \uD83D\uDC68\u200D\uD83D\uDC69",
                "x" + "\uD83A\uDCD0".repeat(7) + "y", "x\u0301\u0302\u0303\uD834\uDD67\u0304\u0305\u0306y", // marks outside the BMP, and mixed
                "Pa\u0308rnu\u0308 and Ve\u0301ro\u0301na, q\u0303", "\u1100\u1161\u11A8 \u0915\u094D\u0937", // accents typed apart
                "\u212B \u2126 \uF900 \u1F71", "\u212B \u2126 \uF900 \u1F71 e\u0301", "\u2126 \uD83C\uDF89")) { // singletons: as the window
            assertThat(browser.executeScript("return ChronolineViewer.line(arguments[0])", text)).as(text)
                    .isEqualTo(org.chronoline.model.DisplayText.line(text));
        }
        assertThat(org.chronoline.model.DisplayText.line(zalgo)).isEqualTo("T\u0301\u0302\u0303\u0304itle");
    }

    /** Who took part reads as in the window: Arabic names joined by Arabic's comma, any others by a comma. */
    @org.junit.jupiter.api.Test
    void namesAreJoinedAsTheWindowJoinsThem() {
        String russia = "\u0631\u0648\u0633\u064a\u0627";
        for (List<String> names : List.of(List.of("Russia", "NATO"), List.of(russia, "\u0627\u0644\u0646\u0627\u062a\u0648"),
                List.of("1990 " + russia, "NATO"), List.of("\u05e8\u05d5\u05e1\u05d9\u05d4", "\u05e0\u05d8\u05d5"), List.of("NATO", russia),
                List.of("a\u202Eb", "c\nd"), List.of("\uD83D\uDE80", "2"), List.of("Solo"))) {
            assertThat(browser.executeScript("return ChronolineViewer.names(arguments[0])", names)).as(names.toString())
                    .isEqualTo(org.chronoline.model.DisplayText.names(names));
        }
    }

    /** A title pinned at the timeline's left edge has its arrow back to its event on the same side as in the window. */
    @org.junit.jupiter.api.Test
    void aPinnedTitlePointsBackAsInTheWindow() {
        for (String title : List.of("Moscow Treaty (SORT) signed", "\u0645\u0639\u0627\u0647\u062f\u0629 CFE", "1990 \u05d0\u05de\u05e0\u05d4",
                "CFE \u0645\u0639\u0627\u0647\u062f\u0629", "2002", "\uD83D\uDE80 Launch", "", " ", "\uD83A\uDD00\uD83A\uDD01")) {
            assertThat(browser.executeScript("return ChronolineViewer.pointingBack(arguments[0])", title)).as(title)
                    .isEqualTo(org.chronoline.model.DisplayText.pointingBack(title));
        }
    }

    /**
     * An address is a link on the page when it is one in the window and the handout, to the same
     * place: one with a quoted phrase was a link on the page only, and a mailto address in the window only.
     */
    @org.junit.jupiter.api.Test
    void anAddressIsALinkWhereTheWindowMakesOne() {
        for (String address : List.of("https://www.osce.org/node/58665", "https://example.org/search?q=\"CFE\"&x=<b>",
                "https://example.org/a{b}`c", "https://example.org/a b", "javascript:alert(1)", "https://user:pw@example.org/",
                "https://example.org/\u202Egpj.exe", "  http://example.org/a?b=c#d  ", "https://россия.example/",
                "mailto:press@osce.org", "MAILTO:Press@OSCE.org?subject=CFE%20Treaty", "mailto:", "mailto:press", "mailto:a@b@c",
                "mailto:a%40b@c", "mailto:press@osce.org?subject=a b", "mailto:press@osce.org?subject=\"CFE\"", "mailto:a%zz@b",
                "mailto:пресса@россия.example", "mailto:a@b#x", "mailto:a@b#x#y", "mailto:a@b%0A", "mailto:a\u202E@b",
                "mailto:?to=a@b", "mailto:a@b?cc=c@d", "mailto:%F0%9F%9A%80@b", "mailto:\uD83D\uDE80@b", "mailto:%FF@b",
                "mailto:a%C2%A0b@c", "mailto:e\u0301@b", "mailto:a@b?x=%C2%85", "mailto:a%09b@c", "mailto:a@b?x=%0A")) {
            Object page = browser.executeScript("return ChronolineViewer.openedAddress(arguments[0])", address);
            assertThat(page).as(address).isEqualTo(org.chronoline.model.Links.openable(address).map(org.chronoline.model.Links::target).orElse(null));
        }
    }

    /** Copy Citation on the page copies what the window's copies, for every event (sources with and without publisher, date, address). */
    @org.junit.jupiter.api.Test
    void aCitationIsTheWindows() {
        for (org.chronoline.model.TimelineEvent e : bundled.events()) {
            assertThat(browser.executeScript("return ChronolineViewer.citation(arguments[0])", e.id())).as(e.id())
                    .isEqualTo(org.chronoline.model.find.Citation.of(e, bundled.title()));
        }
    }

    @ParameterizedTest(name = "{0} to {1} in {2} px")
    @CsvSource({"1970, 2027, 1366", "1970, 2027, 360", "1985, 1995, 1024", "2007-01, 2008-01, 1920", "2007-12-01, 2007-12-31, 800",
        "1989-11, 1990-12, 600", "1500, 2500, 1366", "2007-10-12, 2007-10-14, 1366",
        "2007-06-01, 2007-07-31, 1000", "2011-11-10, 2011-12-05, 800", "1986-09-10, 1986-09-30, 700",
        "1988-01, 1992-09, 1024", "2000, 2012-06, 600", "2001-12-20, 2002-01-10, 300"})
    @SuppressWarnings("unchecked")
    void theAxisAndTheLayoutAreTheWindows(String from, String to, int width) {
        double start = IsoDates.parse(from).startSecond();
        double spp = (IsoDates.parse(to).endSecond() - start) / width;
        TimeScale scale = new TimeScale(start, spp);

        for (TickUnit.Field finest : new TickUnit.Field[] {TickUnit.Field.MINUTE, TickUnit.Field.DAY}) {
            AxisPlan javaAxis = AxisPlan.plan(scale, width, FIXED, finest);
            Map<String, Object> pageAxis = (Map<String, Object>) browser.executeScript(
                    "return ChronolineViewer.axisPlan(arguments[0], arguments[1], arguments[2], t => 7 * t.length, arguments[3])",
                    start, spp, width, finest.name());
            assertThat(pageAxis.get("unit")).as("finest %s", finest).isEqualTo(javaAxis.unit().toString());
            assertThat(ticks((List<Map<String, Object>>) pageAxis.get("lower"))).isEqualTo(javaTicks(javaAxis.lower()));
            assertThat(ticks((List<Map<String, Object>>) pageAxis.get("upper"))).isEqualTo(javaTicks(javaAxis.upper()));
            assertThat(ticks((List<Map<String, Object>>) pageAxis.get("oneRow"))).as("the overview's labels")
                    .isEqualTo(javaTicks(javaAxis.oneRowLabels(FIXED)));
        }

        TimelineLayout java = TimelineLayouter.layout(new TimelineContent(bundled), LayoutMode.BY_CATEGORY, scale, width, FIXED, FIXED,
                LayoutMetrics.forLineHeight(LINE));
        Map<String, Object> page = (Map<String, Object>) browser.executeScript(
                "return ChronolineViewer.layout(arguments[0], arguments[1], arguments[2], t => 7 * t.length, 16)", start, spp, width);
        assertThat(page.get("axisUnit")).as("the axis of a timeline dated in days").isEqualTo(java.axis().unit().toString());
        assertSameLayout(java, page);
    }

    /**
     * The selected event is kept out of the clusters on the page as in the window: each event the view counts into a
     * cluster, selected, is drawn as itself, and every other event where the window draws it (TimelineLayouter.keeping).
     */
    @ParameterizedTest(name = "{0} to {1} in {2} px")
    @CsvSource({"1970, 2027, 1024", "1960, 2040, 1366", "1970, 2027, 600"})
    @SuppressWarnings("unchecked")
    void theSelectedEventIsKeptOutOfTheClustersAsInTheWindow(String from, String to, int width) {
        double start = IsoDates.parse(from).startSecond();
        double spp = (IsoDates.parse(to).endSecond() - start) / width;
        TimeScale scale = new TimeScale(start, spp);
        TimelineContent content = new TimelineContent(bundled);
        TimelineLayout natural = TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, scale, width, FIXED, FIXED,
                LayoutMetrics.forLineHeight(LINE));
        List<String> counted = bundled.events().stream().filter(e -> scale.xOf(e.start().midSecond()) > 0
                && scale.xOf(e.start().midSecond()) < width && natural.item(e.id()) == null).map(org.chronoline.model.TimelineEvent::id).toList();
        assertThat(counted).as("events this view counts into clusters").hasSizeGreaterThan(3);
        for (String id : counted) {
            TimelineLayout java = TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, scale, width, FIXED, FIXED,
                    LayoutMetrics.forLineHeight(LINE), Packing.forScreen(LayoutMode.BY_CATEGORY).asSlideOf(null).keeping(id));
            assertThat(java.item(id)).as("%s selected", id).isNotNull();
            Map<String, Object> page = (Map<String, Object>) browser.executeScript("return ChronolineViewer.layout(arguments[0],"
                    + " arguments[1], arguments[2], t => 7 * t.length, 16, 'BY_CATEGORY', false, null, null, arguments[3])", start, spp, width, id);
            assertSameLayout(java, page);
        }
    }

    /**
     * A slide is laid out alike too: era rows of its own period, nothing of an event left of it (the
     * window's slides and the page's drew the titles of earlier events at their left edge, as of the period shown).
     */
    @ParameterizedTest(name = "{0} to {1} in {2} px")
    @CsvSource({"2010, 2019, 1024", "1970, 1984, 1366", "1995, 2004, 800", "2007-06, 2008-02, 1024"})
    void aSlideIsLaidOutAsTheWindowsSlide(String from, String to, int width) {
        Slide slide = Slide.between(from, to, width);
        TimelineLayout java = slide.inWindow(bundled, slide.packed(Packing.forScreen(LayoutMode.COMPACT)));
        Map<String, Object> page = slide.onPage(null);
        assertThat(java.items()).as("nothing of an event left of the slide").allSatisfy(i -> assertThat(i.x1()).isGreaterThan(0));
        assertSameLayout(java, page);
    }

    /**
     * A slide with fewer rows than its events take, as on a projector at the largest type, counts the
     * rest into the same clusters as the window's (the page's slide scrolled its lanes instead, and cut
     * their last row at the foot).
     */
    @ParameterizedTest(name = "{0} to {1} in {2} px, {3} rows")
    @CsvSource({"1970, 1984, 1366, 1", "1985, 1992, 800, 1", "2000, 2012, 1024, 1", "1990, 2000, 600, 2"})
    void aSlideWithFewRowsIsLaidOutAsTheWindowsSlide(String from, String to, int width, int rows) {
        Slide slide = Slide.between(from, to, width);
        TimelineLayout java = slide.inWindow(bundled, slide.packed(Packing.forScreenAtMost(rows)));
        Map<String, Object> page = slide.onPage(rows);
        assertThat(java.clusters()).as("some events counted into clusters").isNotEmpty();
        assertSameLayout(java, page);
    }

    /**
     * A slide's step that its few rows would count into a cluster takes its row first, in the page as in the window
     * (Packing.pinning): the page's lanes scrolled to it instead, and the slide was no longer fitted to the room.
     */
    @ParameterizedTest(name = "{0} to {1} in {2} px, {3} rows")
    @CsvSource({"1970, 1984, 1366, 1", "1985, 1992, 800, 1", "2000, 2012, 1024, 1", "1990, 2000, 600, 2"})
    void aSlidesStepTakesItsRowFirstAsInTheWindow(String from, String to, int width, int rows) {
        Slide slide = Slide.between(from, to, width);
        Packing packing = slide.packed(Packing.forScreenAtMost(rows));
        List<String> clustered = slide.clustered(bundled, packing);
        assertThat(clustered).as("events counted into clusters").isNotEmpty();
        String step = clustered.get(clustered.size() - 1);
        TimelineLayout java = slide.inWindow(bundled, packing.pinning(Set.of(step)));
        Map<String, Object> page = slide.onPage(rows, step);
        assertThat(java.item(step)).as("the step drawn as itself").isNotNull();
        assertThat(java.item(step).label()).as("its title whole").isEqualTo(java.item(step).event().title());
        assertSameLayout(java, page);
    }

    /**
     * A slide's next step, which its rows would count into a cluster, takes a row after the step's, its title whole, in
     * the page as in the window (Packing.pinningStep): a tour's arrow to it pointed at a bare marker. With one row, the
     * step keeps it.
     */
    @ParameterizedTest(name = "{0} to {1} in {2} px, {3} rows")
    @CsvSource({"1985, 1992, 800, 2", "2000, 2012, 1024, 2", "1990, 2000, 600, 3", "1985, 1992, 800, 1"})
    void aSlidesNextStepTakesARowAfterTheStepsAsInTheWindow(String from, String to, int width, int rows) {
        Slide slide = Slide.between(from, to, width);
        Packing packing = slide.packed(Packing.forScreenAtMost(rows));
        // The first and the last events in the slide that its rows count into a cluster: the next step, and the step.
        List<String> clustered = slide.clustered(bundled, packing);
        assertThat(clustered).as("events counted into clusters").hasSizeGreaterThan(1);
        String next = clustered.get(0);
        String step = clustered.get(clustered.size() - 1);
        TimelineLayout java = slide.inWindow(bundled, packing.pinningStep(step, next));
        assertThat(java.item(step).label()).as("the step's title whole").isEqualTo(java.item(step).event().title());
        if (rows > 1) {
            assertThat(java.item(next)).as("the next step drawn as itself").isNotNull();
            assertThat(java.item(next).label()).as("its title whole").isEqualTo(java.item(next).event().title());
        }
        assertSameLayout(java, slide.onPage(rows, step, next));
    }

    /**
     * A slide's step that its rows draw whole below the top row keeps that row when its next step's title is given one,
     * in the page as in the window (TimelineLayouter.packed): pinning the next step too moved the step to the top row,
     * and the events around it swapped rows from one slide to the next (a review).
     */
    @ParameterizedTest(name = "{0} to {1} in {2} px, {3} rows")
    @CsvSource({"1985, 1992, 800, 2", "2000, 2012, 1024, 2", "1990, 2000, 600, 3"})
    void aSlidesStepKeepsItsRowWhenItsNextStepIsGivenOne(String from, String to, int width, int rows) {
        Slide slide = Slide.between(from, to, width);
        Packing packing = slide.packed(Packing.forScreenAtMost(rows));
        TimelineLayout unpinned = slide.inWindow(bundled, packing);
        double top = unpinned.items().stream().mapToDouble(TimelineLayout.ItemBox::y).min().orElseThrow();
        TimelineLayout.ItemBox below = unpinned.items().stream()
                .filter(i -> i.y() > top && i.x0() > 0 && i.event().title().equals(i.label())).findFirst().orElse(null);
        List<String> clustered = slide.clustered(bundled, packing);
        assertThat(below).as("an event drawn whole below the top row").isNotNull();
        assertThat(clustered).as("an event counted into a cluster").isNotEmpty();
        String step = below.event().id();
        String next = clustered.get(0);
        TimelineLayout java = slide.inWindow(bundled, packing.pinningStep(step, next));
        assertThat(java.item(step).y()).as("the step in its row").isEqualTo(below.y());
        assertThat(java.item(step).label()).isEqualTo(below.label());
        assertSameLayout(java, slide.onPage(rows, step, next));
    }

    /**
     * A slide's step that its rows draw whole already, below the top row, stays where it is, in the page as in the
     * window (TimelineLayouter.packed): the page moved every step to its lane's top row, and the events around it
     * swapped rows from one step to the next.
     */
    @ParameterizedTest(name = "{0} to {1} in {2} px")
    @CsvSource({"1970, 1984, 1366", "1985, 1992, 800", "2000, 2012, 1024"})
    @SuppressWarnings("unchecked")
    void aSlidesStepDrawnWholeKeepsItsRowAsInTheWindow(String from, String to, int width) {
        Slide slide = Slide.between(from, to, width);
        Packing packing = slide.packed(Packing.forScreen(LayoutMode.COMPACT));
        TimelineLayout unpinned = slide.inWindow(bundled, packing);
        double top = unpinned.items().stream().mapToDouble(TimelineLayout.ItemBox::y).min().orElseThrow();
        TimelineLayout.ItemBox below = unpinned.items().stream()
                .filter(i -> i.y() > top && i.x0() > 0 && i.event().title().equals(i.label())).findFirst().orElse(null);
        assertThat(below).as("an event drawn whole below the top row").isNotNull();
        String step = below.event().id();
        TimelineLayout java = slide.inWindow(bundled, packing.pinning(Set.of(step)));
        Map<String, Object> page = slide.onPage(null, step);
        assertThat(java.item(step).y()).as("the window keeps it in its row").isEqualTo(below.y());
        assertSameLayout(java, page);
        // Row by row too (one lane: a row is a height).
        List<Double> heights = java.items().stream().map(TimelineLayout.ItemBox::y).distinct().sorted().toList();
        Map<String, Integer> javaRows = new java.util.HashMap<>();
        java.items().forEach(i -> javaRows.put(i.event().id(), heights.indexOf(i.y())));
        Map<String, Integer> pageRows = new java.util.HashMap<>();
        ((List<Map<String, Object>>) page.get("items")).forEach(i -> pageRows.put((String) i.get("id"), number(i.get("row")).intValue()));
        assertThat(pageRows).as("each event's row").isEqualTo(javaRows);
    }

    /**
     * A slide's step in a lane too crowded to be packed event by event (laid out bucket by bucket) is drawn as itself,
     * in the page as in the window: the page counted it into its bucket's cluster.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aCrowdedSlidesStepIsDrawnAsInTheWindow() throws Exception {
        Path file = dir.resolve("crowded.json");
        org.chronoline.bench.SyntheticTimeline.write(file, 5_000, 7);
        TimelineDocument crowded = new TimelineFileReader().read(file).document();
        onPageOf(crowded, "crowded.html", () -> {
            Slide slide = Slide.between("1900", "1909", 1024);
            TimeScale scale = slide.scale();
            Packing packing = slide.packed(Packing.forScreenAtMost(2));
            TimelineLayout unpinned = slide.inWindow(crowded, packing);
            // More events starting in view than LanePacker packs one by one (150 at this width): bucket by bucket.
            assertThat(crowded.events().stream().filter(e -> scale.xOf(e.startSecond()) >= 0 && scale.xOf(e.startSecond()) <= slide.width())
                    .count()).as("events in view, one lane").isGreaterThan(150);
            String step = null;
            for (org.chronoline.model.TimelineEvent e : crowded.events()) {
                double x = scale.xOf(e.startSecond());
                if (step == null && x > 300 && x < 700 && unpinned.item(e.id()) == null) {
                    step = e.id();
                }
            }
            assertThat(step).as("an event counted into a cluster").isNotNull();
            TimelineLayout java = slide.inWindow(crowded, packing.pinning(Set.of(step)));
            assertThat(java.item(step)).as("the step drawn as itself").isNotNull();
            assertSameLayout(java, slide.onPage(2, step));
        });
    }

    /**
     * In a lane with too many events in view to draw one by one, the selected event is kept out of the clusters too, on
     * the page as in the window: it was counted into its bucket's cluster (a review).
     */
    @Test
    @SuppressWarnings("unchecked")
    void aCrowdedLanesSelectedEventIsKeptOutOfTheClustersAsInTheWindow() throws Exception {
        Path file = dir.resolve("crowded-selected.json");
        org.chronoline.bench.SyntheticTimeline.write(file, 5_000, 7);
        TimelineDocument crowded = new TimelineFileReader().read(file).document();
        onPageOf(crowded, "crowded-selected.html", () -> {
            Slide view = Slide.between("1900", "1909", 1024);
            TimeScale scale = view.scale();
            TimelineContent content = new TimelineContent(crowded);
            Packing screen = Packing.forScreen(LayoutMode.COMPACT).asSlideOf(null);
            TimelineLayout natural = TimelineLayouter.layout(content, LayoutMode.COMPACT, scale, view.width(), FIXED, FIXED,
                    LayoutMetrics.forLineHeight(LINE), screen);
            String chosen = crowded.events().stream().filter(e -> scale.xOf(e.startSecond()) > 300 && scale.xOf(e.startSecond()) < 700
                    && natural.item(e.id()) == null).map(org.chronoline.model.TimelineEvent::id).findFirst().orElseThrow();
            TimelineLayout java = TimelineLayouter.layout(content, LayoutMode.COMPACT, scale, view.width(), FIXED, FIXED,
                    LayoutMetrics.forLineHeight(LINE), screen.keeping(chosen));
            assertThat(java.item(chosen)).as("the selected event drawn as itself").isNotNull();
            Map<String, Object> page = (Map<String, Object>) browser.executeScript("return ChronolineViewer.layout(arguments[0],"
                    + " arguments[1], arguments[2], t => 7 * t.length, 16, 'COMPACT', false, null, null, arguments[3])",
                    view.start(), view.spp(), view.width(), chosen);
            assertSameLayout(java, page);
        });
    }

    /**
     * A slide's step put in its kept row after an event before it in time but drawn after it (dated to a year, drawn
     * mid-year) leaves that event its title, in the page as in the window: the page cut it to nothing, and the row's end
     * moved back to the step's, under the year's title.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aYearDrawnAfterASlidesStepKeepsItsTitleAsInTheWindow() throws Exception {
        Path file = dir.resolve("year.json");
        java.nio.file.Files.writeString(file, "{\"version\": 1, \"title\": \"Year\", \"events\": ["
                + "{\"id\": \"year\", \"title\": \"Dated to a year\", \"start\": \"1990\"},"
                + "{\"id\": \"step\", \"title\": \"Step\", \"start\": \"1990-02-01\"},"
                + "{\"id\": \"b\", \"title\": \"B\", \"start\": \"1990-02-01\"},"
                + "{\"id\": \"c\", \"title\": \"C\", \"start\": \"1990-02-01\"},"
                + "{\"id\": \"later\", \"title\": \"Later\", \"start\": \"1990-09-01\"}]}");
        TimelineDocument years = new TimelineFileReader().read(file).document();
        onPageOf(years, "year.html", () -> {
            Slide slide = new Slide(IsoDates.parse("1989").startSecond(), 3 * 365.25 * 86_400 / 1200, 1200);
            TimelineLayout java = slide.inWindow(years, slide.packed(Packing.forScreenAtMost(1)).pinning(Set.of("step")));
            assertThat(java.item("year").label()).as("the window's").isEqualTo("Dated to a year");
            assertThat(java.item("year").y()).as("in the step's row").isEqualTo(java.item("step").y());
            assertSameLayout(java, slide.onPage(1, "step"));
        });
    }

    /** A slide of {@code width} pixels from {@code start}, {@code spp} seconds a pixel, laid out in the window and on the page. */
    private record Slide(double start, double spp, int width) {
        /** From the start of {@code from} to the end of {@code to}. */
        static Slide between(String from, String to, int width) {
            double start = IsoDates.parse(from).startSecond();
            return new Slide(start, (IsoDates.parse(to).endSecond() - start) / width, width);
        }

        TimeScale scale() {
            return new TimeScale(start, spp);
        }

        /** Packed as {@code screen} packs, as a slide of this period. */
        Packing packed(Packing screen) {
            return screen.asSlideOf(Packing.Period.shownBy(scale(), width));
        }

        /** The events starting in this slide that {@code packing} counts into clusters, in time order. */
        List<String> clustered(TimelineDocument document, Packing packing) {
            TimelineLayout unpinned = inWindow(document, packing);
            return document.events().stream().filter(e -> scale().xOf(e.startSecond()) > 0 && scale().xOf(e.startSecond()) < width
                    && unpinned.item(e.id()) == null).map(org.chronoline.model.TimelineEvent::id).toList();
        }

        TimelineLayout inWindow(TimelineDocument document, Packing packing) {
            return TimelineLayouter.layout(new TimelineContent(document), LayoutMode.COMPACT, scale(), width, FIXED, FIXED,
                    LayoutMetrics.forLineHeight(LINE), packing);
        }

        /**
         * The page's layout of this slide, with {@code rows} rows at most (null: as for the screen) and {@code steps}
         * pinned, the step and then the next (none: nothing pinned).
         */
        @SuppressWarnings("unchecked")
        Map<String, Object> onPage(Integer rows, String... steps) {
            return (Map<String, Object>) browser.executeScript("return ChronolineViewer.layout(arguments[0], arguments[1], arguments[2],"
                    + " t => 7 * t.length, 16, 'COMPACT', true, arguments[3], arguments[4])", start, spp, width, rows,
                    steps.length == 0 ? null : List.of(steps));
        }
    }

    /** Runs {@code checks} on the page published from {@code document} as {@code name}, then shows the bundled page again. */
    private static void onPageOf(TimelineDocument document, String name, Runnable checks) throws Exception {
        Path page = dir.resolve(name);
        WebPage.write(page, List.of(), document, null, null);
        try {
            showPage(page);
            checks.run();
        } finally {
            showPage(dir.resolve("page.html"));
        }
    }


    @SuppressWarnings("unchecked")
    private static void assertSameLayout(TimelineLayout java, Map<String, Object> page) {
        List<String> javaItems = new ArrayList<>();
        java.items().forEach(i -> javaItems.add(item(i.event().id(), i.lane(), i.x0(), i.x1(), i.label(), i.label() == null ? 0 : i.labelX())));
        List<String> pageItems = new ArrayList<>();
        for (Map<String, Object> i : (List<Map<String, Object>>) page.get("items")) {
            pageItems.add(item((String) i.get("id"), number(i.get("lane")).intValue(), number(i.get("x0")).doubleValue(),
                    number(i.get("x1")).doubleValue(), (String) i.get("label"), i.get("label") == null ? 0 : number(i.get("labelX")).doubleValue()));
        }
        assertThat(pageItems).as("events: lane, place, label").containsExactlyInAnyOrderElementsOf(javaItems);
        List<String> javaClusters = java.clusters().stream().map(c -> cluster(c.lane(), c.x0(), c.x1(), c.count())).toList();
        List<String> pageClusters = ((List<Map<String, Object>>) page.get("clusters")).stream()
                .map(c -> cluster(number(c.get("lane")).intValue(), number(c.get("x0")).doubleValue(), number(c.get("x1")).doubleValue(),
                        number(c.get("count")).intValue())).toList();
        assertThat(pageClusters).as("clusters").containsExactlyInAnyOrderElementsOf(javaClusters);
        List<String> javaEras = java.eras().stream().map(e -> era(e.era().title(), e.row(), e.label(), e.labelX(), e.outside())).toList();
        List<String> pageEras = ((List<Map<String, Object>>) page.get("eras")).stream()
                .map(e -> era((String) e.get("title"), number(e.get("row")).intValue(), (String) e.get("label"),
                        number(e.get("labelX")).doubleValue(), (Boolean) e.get("outside"))).toList();
        assertThat(pageEras).as("era ribbons and their names").isEqualTo(javaEras);
    }

    private static String era(String title, int row, String label, double labelX, boolean outside) {
        return String.format(Locale.ROOT, "%s row %d: %s @%.2f%s", title, row, label, labelX, outside ? " beside" : "");
    }

    /**
     * In the page's light and dark themes every era's name reads on its band at 4.5:1 or more (the
     * page drew the bands at 55% whatever the theme: on the dark one a light era colour made a
     * mid-grey band neither light nor dark text reads on), by the window's rule (TextColours); and
     * the cluster counts, labels, axis and lane names read on what they are drawn on (the dark
     * theme's cluster counts were white on mid-grey, 3.1:1).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"light", "dark"})
    @SuppressWarnings("unchecked")
    void eraNamesAndTheTimelinesTextsReadInEachTheme(String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        try {
            // The page restyles on the scheme's change event: wait until it draws on the scheme's background.
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> {
                Map<String, Object> now = (Map<String, Object>) browser.executeScript("return ChronolineViewer.eraColours()");
                double light = luminance((List<Object>) now.get("background"));
                return scheme.equals("dark") ? light < 0.1 : light > 0.8;
            });
            List<Map<String, Object>> eras = (List<Map<String, Object>>) ((Map<String, Object>) browser.executeScript(
                    "return ChronolineViewer.eraColours()")).get("eras");
            assertThat(eras).hasSize(bundled.eras().size());
            for (Map<String, Object> era : eras) {
                double ratio = contrast((List<Object>) era.get("text"), (List<Object>) era.get("band"));
                assertThat(ratio).as("%s: \"%s\"", scheme, era.get("title")).isGreaterThanOrEqualTo(4.5);
                assertThat(contrast((List<Object>) era.get("beside"), (List<Object>) ((Map<String, Object>) browser.executeScript(
                        "return ChronolineViewer.eraColours()")).get("background")))
                        .as("%s: \"%s\" beside its ribbon", scheme, era.get("title")).isGreaterThanOrEqualTo(4.5);
            }
            // The timeline's other texts on what they are drawn on, from the canvas's own tokens.
            for (String[] pair : new String[][] {{"cluster-text", "cluster-fill"}, {"label-text", "background"},
                {"axis-text", "axis-background"}, {"lane-header-text", "background"}}) {
                List<Object> text = (List<Object>) browser.executeScript(TOKEN_RGB, "--tl-" + pair[0]);
                List<Object> on = (List<Object>) browser.executeScript(TOKEN_RGB, "--tl-" + pair[1]);
                assertThat(contrast(text, on)).as("%s: %s on %s", scheme, pair[0], pair[1]).isGreaterThanOrEqualTo(4.5);
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /** Presenting, the page takes the projector's contrast, as the window's projector theme does: era names beside their ribbons at 7:1. */
    @Test
    @SuppressWarnings("unchecked")
    void presentingEraNamesBesideTheirRibbonsReadAtTheProjectorsContrast() {
        browser.findElement(org.openqa.selenium.By.id("cl-present")).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(browser.executeScript(
                    "return !document.getElementById('cl-present-view').hidden")));
            Map<String, Object> colours = (Map<String, Object>) browser.executeScript("return ChronolineViewer.eraColours('present')");
            for (Map<String, Object> era : (List<Map<String, Object>>) colours.get("eras")) {
                assertThat(contrast((List<Object>) era.get("beside"), (List<Object>) colours.get("background")))
                        .as("\"%s\" beside its ribbon, presenting", era.get("title")).isGreaterThanOrEqualTo(7);
            }
        } finally {
            browser.findElement(org.openqa.selenium.By.id("cl-present-view")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        }
    }

    /** A timeline token of the canvas as [r, g, b] from 0 to 1 (the browser resolves it to rgb()). */
    private static final String TOKEN_RGB = "const probe = document.createElement('span');"
            + " probe.style.color = getComputedStyle(document.getElementById('cl-canvas')).getPropertyValue(arguments[0]).trim();"
            + " document.body.append(probe); const rgb = getComputedStyle(probe).color.match(/[\\d.]+/g).slice(0, 3).map(v => v / 255);"
            + " probe.remove(); return rgb;";

    private static double contrast(List<Object> a, List<Object> b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(List<Object> rgb) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double v = number(rgb.get(i)).doubleValue();
            sum += weights[i] * (v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    /** Labels are shortened between characters as a reader sees them, on the page as in the window. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"\ud835\udd04BM Treaty \ud83c\uddfa\ud83c\udde6 signed \ud83d\udc69\ud83c\udffd\u200d\ud83d\udd2c ok",
        "Cre\u0301dit agricole e\u0301te\u0301 accord",
        "Putin\u2019s\u00a0decree x with\u00a0no-break\u202fspaces\u00a0 and\u2003others",
        "\u0645\u0639\u0627\u0647\u062f\u0629 \u0641\u064a \u0645\u0648\u0633\u0643\u0648 1972"})
    void labelsAreShortenedAsInTheWindow(String text) {
        for (int width = 7; width <= 7 * text.length() + 7; width += 3) {
            Object page = browser.executeScript("return ChronolineViewer.fit(arguments[0], arguments[1], t => 7 * t.length)", text, width);
            assertThat(page).as("%s in %d px", text, width).isEqualTo(FIXED.fit(text, width));
        }
    }

    /** A shortened label keeps as much of its title on the page as in the window: its first word, or two, or eight characters. */
    @ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Putin\u2019s decree suspending the CFE Treaty", "US withdrawal from the ABM Treaty",
        "SALT I", "Istanbul", "R\u00fcstungskontrollabkommen unterzeichnet", "\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u6210\u7acb\u5927\u4f1a",
        "Kyiv\u00a0talks open", "A\u2003B\u2003C", "\ud83d\udc69\ud83c\udffd\u200d\ud83d\udd2c at work today", "e\u0301te\u0301 accord sign\u00e9",
        "\u0645\u0639\u0627\u0647\u062f\u0629 \u0641\u064a \u0645\u0648\u0633\u0643\u0648", "", "  two  spaces", "Tab\tseparated words", "\u0915\u094d\u0937\u093f \u0938\u0902\u0927\u093f"})
    void aShortenedLabelKeepsWhatTheWindowKeeps(String title) {
        assertThat(browser.executeScript("return ChronolineViewer.least(arguments[0])", title)).as(title).isEqualTo(LeastLabel.of(title));
    }

    /**
     * "When was it?" on the page takes a typed date as the window does: the same forms, every
     * language's month and era words, the same span; what the window refuses, the page refuses.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1990", "  1990 ", "-500", "-44", "-5", "-0", "-1000", "-12 000", "-1,000", "-480 BCE", "-0480", "480 BCE", "480 v. Chr.", "12 000", "July 2007", "july 2007", "Jul 2007",
        "12 October 2007", "October 12, 2007", "12. Oktober 2007", "12 października 2007", "lipiec 2007", "12 октября 2007 г.",
        "мая 1990", "2007-10", "2007-10-12", "+2007-10-12", "29 February 2007", "2007-13", "2007-02-30", "Ju 2007", "Mar 2007",
        "1990 AD", "0 BCE", "October", "hello", "12 13 2007", "juillet 2007", "1er juillet 2007", "2007-00", "2007-10-00",
        "0 October 2007", "12000-01", "+12000-01", "-0000-05", "-0479-03", "+2007", "-0000", "2007-1-5", "1234567890",
        "19.11.1990", "19. 11. 1990", "19/11/1990", "11/19/1990", "5/6/1990", "5/5/1990", "19.13.1990", "31.04.1990", "11.1990",
        "7/2007", "19th November 1990", "November 19th, 1990", "1st May 1990", "2nd May 1990", "23rd May 1990", "2007 July",
        "2007 July 14", "2007 Jul.", "1990 BCE", "19.11.90", "19/11/90", "9 November", "November 19th", "1st", "80er", "12 października", "October 12", "March 44 BC", "March 44", "Juli 07", "19.11.480 BCE", "12.000", "19thNovember 1990", "7 2007", "North 1990"})
    @SuppressWarnings("unchecked")
    void aTypedDateIsReadAsTheWindowReadsIt(String typed) {
        Map<String, Object> page = (Map<String, Object>) browser.executeScript("return ChronolineViewer.typedDate(arguments[0])", typed);
        org.chronoline.model.HistoricalDate java;
        try {
            java = org.chronoline.model.DateInput.parse(typed);
        } catch (org.chronoline.model.InvalidDateException e) {
            java = null;
        }
        if (java == null) {
            assertThat(page).as("refused on the page too").isNull();
            return;
        }
        assertThat(page).as("read on the page too").isNotNull();
        assertThat(number(page.get("from")).doubleValue()).as("from").isEqualTo(java.startSecond());
        assertThat(number(page.get("to")).doubleValue()).as("to").isEqualTo(java.endSecond());
        assertThat(page.get("field")).as("precision").isEqualTo(java.precision().name());
    }

    /**
     * The page writes a date as the window does in every language: "19. November 1990", "19 ноября
     * 1990 г.", not the English order and the month's name alone ("19 ноябрь 1990" on the axis and in
     * "When was it?"), and a sentence that ends with such a date ends with its full stop.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "de", "fr", "ru", "pl"})
    void datesAreWrittenAsTheWindowWritesThemInEveryLanguage(String language) throws Exception {
        Locale was = org.chronoline.text.Messages.locale();
        try {
            org.chronoline.text.Messages.use(Locale.forLanguageTag(language));
            Path page = dir.resolve("page-" + language + ".html");
            WebPage.write(page, List.of(), bundled, null, null);
            showPage(page);
            for (String iso : List.of("1990-11-19", "2007-07-01", "1990", "-0479-03-05", "-0479-03", "-0479", "+12000-02-29", "0001-01-01")) {
                org.chronoline.model.HistoricalDate date = IsoDates.parse(iso);
                String java = org.chronoline.model.DateText.format(date);
                Object onPage = browser.executeScript("return ChronolineViewer.dateText(arguments[0], arguments[1])",
                        date.startSecond(), date.precision().name());
                assertThat(onPage).as("%s in %s", iso, language).isEqualTo(java);
                // Kept whole where a line must not break it, on screen: "19.\u00a0November", "1990\u00a0г."
                assertThat(browser.executeScript("return ChronolineViewer.unbrokenDate(arguments[0])", java)).as("%s unbroken in %s", iso, language)
                        .isEqualTo(org.chronoline.model.DateText.unbroken(java));
                assertThat(browser.executeScript("return ChronolineViewer.message('study.when.youChose', arguments[0])", java))
                        .isEqualTo(org.chronoline.text.Messages.get("study.when.youChose", java));
            }
            // Numbers given to a sentence, grouped as the window's MessageFormat groups them where a sentence is written in it
            // (the page wrote "Pytanie 1000 · 52 500 punktów", the window "Pytanie 1 000 · 52 500 punktów"), and put in as they are
            // where it is not, as the window's Messages puts them.
            for (String literal : List.of("study.when.tally", "study.cards.counter")) {
                assertThat(browser.executeScript("return ChronolineViewer.message(arguments[0], 1000, 12345, 2, 5)", literal))
                        .as("%s in %s", literal, language).isEqualTo(org.chronoline.text.Messages.get(literal, 1000, 12345, 2, 5));
            }
            for (List<Integer> tally : List.of(List.of(5, 210, 4, 53), List.of(1000, 52_500, 999, 52), List.of(12_345, 1, 1, 1_000_000),
                    List.of(2, 1_000, 1_000, 1))) {
                assertThat(browser.executeScript("return ChronolineViewer.message('study.when.tally.soFar', ...arguments[0])", tally))
                        .as("%s in %s", tally, language).isEqualTo(org.chronoline.text.Messages.get("study.when.tally.soFar", tally.toArray()));
            }
            // What a screen reader says of each step's tile while presenting: one full stop after a date that ends with one
            // (it read "11 – 12 октября 1986 г.. Reagan").
            browser.findElement(org.openqa.selenium.By.id("cl-present")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElement(org.openqa.selenium.By.id("cl-present-view")).isDisplayed());
            browser.findElement(org.openqa.selenium.By.id("cl-present-view")).sendKeys("g");
            List<String> tiles = browser.findElements(org.openqa.selenium.By.cssSelector(".present-tile")).stream()
                    .map(tile -> tile.getAttribute("aria-label")).toList();
            assertThat(tiles).as("tiles in %s", language).isNotEmpty().noneMatch(label -> label.contains(".."));
        } finally {
            org.chronoline.text.Messages.use(was);
            showPage(dir.resolve("page.html"));
        }
    }

    /**
     * A number typed while presenting goes to the same step on the page as in the window: 60 tours of
     * the bundled events, 14 numbers that are steps' numbers, years or neither.
     */
    @Test
    void aYearTypedWhilePresentingGoesWhereTheWindowGoes() {
        java.util.Random random = new java.util.Random(40);
        List<org.chronoline.model.TimelineEvent> events = bundled.events();
        for (int round = 0; round < 60; round++) {
            List<org.chronoline.model.TimelineEvent> steps = new ArrayList<>(events);
            java.util.Collections.shuffle(steps, random);
            steps = steps.subList(0, 3 + random.nextInt(30)); // a tour's own order
            org.chronoline.view.PresentationSteps java = org.chronoline.view.PresentationSteps.ofTour(
                    new org.chronoline.model.Tour("t", "T", steps.stream().map(org.chronoline.model.TimelineEvent::id).toList(),
                            org.chronoline.model.ExtraFields.NONE), id -> events.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null));
            List<String> ids = java.steps().stream().map(org.chronoline.model.TimelineEvent::id).toList();
            for (int year : List.of(1, 5, 1960, 1971, 1972, 1980, 1989, 1990, 1991, 2007, 2019, 2026, 2027, 2100)) {
                List<?> page = (List<?>) browser.executeScript("return ChronolineViewer.stepNearestYear(arguments[0], arguments[1])", ids, year);
                assertThat(page.stream().map(n -> ((Number) n).longValue()).toList()).as("%d in %s", year, ids)
                        .containsExactly((long) java.stepNearestYear(year), java.years()[0], java.years()[1]);
                assertThat(((Number) browser.executeScript("return ChronolineViewer.stepTyped(arguments[0], arguments[1])", ids, year))
                        .longValue()).as("%d typed in %s", year, ids).isEqualTo(java.stepTyped(year));
            }
        }
    }

    /**
     * A card's front hides the same years on the page as in the window, every bundled title's and some made to trip it,
     * of events in 1990 and in 800.
     */
    @Test
    void aCardHidesTheYearsTheWindowHides() {
        List<org.chronoline.model.TimelineEvent> events = new ArrayList<>(bundled.events());
        for (String date : List.of("1990-06", "0800", "-0489")) {
            for (String title : List.of("1990", "Treaty 1990\u20131991", "12345 troops, 999 tanks, 12 guns", "Year 0800 and 20071",
                    "\u0661\u0669\u0669\u0660 signed", "From 600 to 1000 and 1789", "1790 or 1791", "Marathon, 490 BC")) {
                events.add(org.chronoline.model.TimelineEvent.point("made", title, IsoDates.parse(date)));
            }
        }
        for (org.chronoline.model.TimelineEvent e : events) {
            assertThat(browser.executeScript("return ChronolineViewer.withYearsHidden({startSecond: arguments[0]}, arguments[1])",
                    e.startSecond(), e.title())).as("%s in %s", e.title(), e.start())
                    .isEqualTo(org.chronoline.model.study.WhenAnswer.withYearsHidden(e, e.title()));
        }
        assertThat(org.chronoline.model.study.WhenAnswer.withYearsHidden(events.get(events.size() - 10), "From 600 to 1000 and 1789"))
                .as("in 800").isEqualTo("From \u2026 to \u2026 and 1789");
        assertThat(org.chronoline.model.study.WhenAnswer.withYearsHidden(events.get(events.size() - 1), "Marathon, 490 BC"))
                .as("in 490 BC").isEqualTo("Marathon, \u2026 BC");
    }

    /** A card known waits in its box as long on the page as in the window: its days written twice, as 2 ** (box - 1). */
    @Test
    void aCardWaitsInItsBoxAsLongAsInTheWindow() {
        for (int box = 0; box <= org.chronoline.model.study.StudyProgress.BOXES + 1; box++) {
            assertThat(((Number) browser.executeScript("return ChronolineViewer.daysInBox(arguments[0])", box)).longValue()).as("box %d", box)
                    .isEqualTo(org.chronoline.model.study.StudyProgress.daysInBox(box));
        }
    }

    /**
     * Put in Order and When Was It? are scored alike on the page: 300 arrangements of five to eight
     * of the bundled events (one card moved, two swapped, shuffled), and every event answered with
     * years and months around it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void studyAnswersAreScoredAsTheWindowScoresThem() {
        java.util.Random random = new java.util.Random(14);
        List<org.chronoline.model.TimelineEvent> events = bundled.events();
        for (int round = 0; round < 300; round++) {
            List<org.chronoline.model.TimelineEvent> cards = new ArrayList<>(events);
            java.util.Collections.shuffle(cards, random);
            cards = new ArrayList<>(cards.subList(0, 5 + random.nextInt(4)));
            if (round % 3 != 2) {
                cards.sort(java.util.Comparator.comparingLong(org.chronoline.model.TimelineEvent::startSecond));
                if (round % 3 == 0) {
                    cards.add(0, cards.remove(cards.size() - 1)); // the latest put first
                } else {
                    java.util.Collections.swap(cards, 1, 3);
                }
            }
            List<String> ids = cards.stream().map(org.chronoline.model.TimelineEvent::id).toList();
            List<String> java = org.chronoline.model.study.OrderRound.check(cards).placements().stream()
                    .map(p -> p.right() + " " + (p.before() == null ? null : p.before().id()) + " " + (p.after() == null ? null : p.after().id()))
                    .toList();
            List<Map<String, Object>> page = (List<Map<String, Object>>) browser.executeScript("return ChronolineViewer.checkOrder(arguments[0])", ids);
            assertThat(page.stream().map(p -> p.get("right") + " " + p.get("before") + " " + p.get("after")).toList()).as("%s", ids)
                    .isEqualTo(java);
        }
        for (org.chronoline.model.TimelineEvent e : events) {
            int year = e.start().year();
            for (String answer : List.of(year + "", (year - 1) + "", (year + 3) + "", String.format(Locale.ROOT, "%04d-07", year),
                    String.format(Locale.ROOT, "%04d-01", year + 1))) {
                org.chronoline.model.HistoricalDate date = IsoDates.parse(answer);
                org.chronoline.model.study.WhenAnswer java = org.chronoline.model.study.WhenAnswer.score(e, date.startSecond(), date.endSecond());
                Map<String, Object> page = (Map<String, Object>) browser.executeScript("return ChronolineViewer.scoreWhen(arguments[0], arguments[1], arguments[2])",
                        e.id(), date.startSecond(), date.endSecond());
                assertThat(number(page.get("points")).intValue() + " " + number(page.get("off")).longValue() + " " + page.get("early"))
                        .as("%s answered %s", e.id(), answer).isEqualTo(java.points() + " " + java.off() + " " + java.early());
                org.chronoline.model.study.WhenAnswer typedJava = org.chronoline.model.study.WhenAnswer.scoreTyped(e, date);
                Map<String, Object> typedPage = (Map<String, Object>) browser.executeScript(
                        "return ChronolineViewer.scoreTyped(arguments[0], arguments[1])", e.id(), answer);
                assertThat(number(typedPage.get("points")).intValue() + " " + number(typedPage.get("off")).longValue() + " "
                        + typedPage.get("early") + " " + typedPage.get("yearOnly")).as("%s typed %s", e.id(), answer)
                        .isEqualTo(typedJava.points() + " " + typedJava.off() + " " + typedJava.early() + " " + typedJava.yearOnly());
            }
        }
    }

    private static List<String> javaTicks(List<AxisPlan.Tick> ticks) {
        return ticks.stream().map(t -> tick(t.x(), t.label() + " | " + t.shortLabel())).toList();
    }

    private static List<String> ticks(List<Map<String, Object>> ticks) {
        return ticks.stream().map(t -> tick(number(t.get("x")).doubleValue(), t.get("label") + " | " + t.get("shortLabel"))).toList();
    }

    private static String tick(double x, String label) {
        return String.format(Locale.ROOT, "%.2f %s", x, label);
    }

    private static String item(String id, int lane, double x0, double x1, String label, double labelX) {
        return String.format(Locale.ROOT, "%s lane %d %.2f-%.2f %s @%.2f", id, lane, x0, x1, label, labelX);
    }

    private static String cluster(int lane, double x0, double x1, int count) {
        return String.format(Locale.ROOT, "lane %d %.2f-%.2f x%d", lane, x0, x1, count);
    }

    private static Number number(Object value) {
        return (Number) value;
    }
}
