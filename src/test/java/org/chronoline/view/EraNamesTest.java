package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.IsoDates;
import org.chronoline.view.TimelineLayout.EraBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An era's name is read where its ribbon is too short for it: beside the ribbon, whole, where the
 * row has room (a presenting teacher has no pointer for the tooltip; "CFE negotiated", 1989-1990,
 * read "CF..." on the projector and nothing at 1024 pixels). Names never run into another ribbon or
 * name, nor past the picture's edges.
 */
class EraNamesTest {
    private static final FixedWidthMeasurer MEASURER = new FixedWidthMeasurer(7);

    @ParameterizedTest(name = "{0}-{1} in {2} px")
    @CsvSource({"1970, 2027, 1024", "1970, 2027, 600", "1970, 2027, 1920", "1985, 2012, 1366", "1988, 1992, 800", "2005, 2025, 500"})
    void aShortRibbonsNameIsBesideItWhereThereIsRoom(String from, String to, int width) {
        TimelineContent content = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());
        TimeScale scale = TimeScale.fitting(IsoDates.parse(from).startSecond(), IsoDates.parse(to).endSecond(), width, 0);
        TimelineLayout layout = TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, scale, width, MEASURER, MEASURER,
                LayoutMetrics.forLineHeight(16), Packing.forScreen(LayoutMode.BY_CATEGORY));

        List<EraBox> eras = layout.eras();
        for (EraBox era : eras) {
            if (era.label() == null) {
                continue;
            }
            assertThat(era.labelX()).as("%s starts in the picture", era.era().title()).isGreaterThanOrEqualTo(0);
            assertThat(era.labelX() + era.labelWidth()).as("%s ends in the picture", era.era().title()).isLessThanOrEqualTo(width);
            if (era.outside()) {
                assertThat(era.label()).as("beside its ribbon, whole").isEqualTo(era.era().title());
                assertThat(era.labelX() >= era.x1() || era.labelX() + era.labelWidth() <= era.x0()).as("beside, not on it").isTrue();
            }
        }
        for (int i = 0; i < eras.size(); i++) {
            for (int j = i + 1; j < eras.size(); j++) {
                EraBox a = eras.get(i);
                EraBox b = eras.get(j);
                if (a.row() == b.row()) {
                    assertThat(a.right() <= b.left() || b.right() <= a.left()).as("%s and %s", a.era().title(), b.era().title()).isTrue();
                }
            }
        }
        EraBox negotiated = eras.stream().filter(e -> e.era().title().equals("CFE negotiated")).findFirst().orElse(null);
        if (negotiated != null && negotiated.x0() >= 0 && negotiated.x1() <= width) {
            assertThat(negotiated.label()).as("the short era's name, whole").isEqualTo("CFE negotiated");
        }
    }

    /**
     * An era's name is measured in the axis's font, which draws it: measured as a title (bolder, and
     * larger on a projector), "CFE Treaty applied by all parties", which fitted the 366 px of its
     * ribbon in view, was put before it, over 1991 (a teacher's walk-through, presenting 1990).
     */
    @org.junit.jupiter.api.Test
    void aNameIsMeasuredInTheFontThatDrawsIt() {
        TimelineContent content = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());
        int width = 1366;
        TimeScale scale = TimeScale.fitting(IsoDates.parse("1990-04").startSecond(), IsoDates.parse("1993-04").endSecond(), width, 0);
        FixedWidthMeasurer titles = new FixedWidthMeasurer(12); // the bold titles of a projector
        FixedWidthMeasurer axis = new FixedWidthMeasurer(8);
        TimelineLayout layout = TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, scale, width, titles, axis,
                LayoutMetrics.forLineHeight(24), Packing.forScreen(LayoutMode.BY_CATEGORY));

        EraBox applied = layout.eras().stream().filter(e -> e.era().title().equals("CFE Treaty applied by all parties")).findFirst().orElseThrow();
        assertThat(applied.x1()).as("running on past the right edge").isGreaterThan(width);
        assertThat(width - applied.x0()).as("its ribbon in view").isGreaterThan(axis.width(applied.era().title()) + 20);
        assertThat(applied.outside()).as("on its ribbon").isFalse();
        assertThat(applied.label()).isEqualTo("CFE Treaty applied by all parties");
        assertThat(applied.labelWidth()).isEqualTo(axis.width(applied.label()));
    }

    /**
     * A ribbon that runs on past the picture's right edge keeps its name on it, shortened if it
     * must be: put before it, the name stood over years the era does not cover. The handout's
     * picture of 19 November 1990 had "CFE Treaty applied by all parties" over 1990-1992, its
     * ribbon a sliver at the edge (a teacher's walk-through).
     */
    @ParameterizedTest(name = "{0}-{1} in {2} px")
    @CsvSource({"1988-01, 1992-09, 1024", "1989-06, 1992-08, 800", "1975, 1995-03, 1366", "2000, 2012-06, 600"})
    void aRibbonRunningOffTheRightEdgeKeepsItsNameOnIt(String from, String to, int width) {
        TimelineContent content = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());
        TimeScale scale = TimeScale.fitting(IsoDates.parse(from).startSecond(), IsoDates.parse(to).endSecond(), width, 0);
        TimelineLayout layout = TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, scale, width, MEASURER, MEASURER,
                LayoutMetrics.forLineHeight(16), Packing.forScreen(LayoutMode.BY_CATEGORY));

        List<EraBox> offTheEdge = layout.eras().stream().filter(e -> e.x1() > width && e.x0() > width / 2.0).toList();
        assertThat(offTheEdge).as("a ribbon beginning in the right half and running off the edge").isNotEmpty();
        for (EraBox era : offTheEdge) {
            assertThat(era.outside()).as("%s on its ribbon", era.era().title()).isFalse();
            if (era.label() != null) {
                assertThat(era.labelX()).as("%s on its ribbon", era.era().title()).isGreaterThanOrEqualTo(era.x0());
            }
        }
    }

    /** A name beside its ribbon is in the era's colour, so that it reads as the ribbon's, and reads as the theme promises. */
    @org.junit.jupiter.api.Test
    void aNameBesideItsRibbonIsInItsColourAndReads() throws Exception {
        for (Theme theme : Theme.values()) {
            RenderStyle style = FxThread.call(() -> theme.timelineStyle());
            for (String colour : new String[] {"#8250DF", "#F5D76E", "#DDEEFF", "#1A1A2E", "#CF222E", "#2E6DB4", "#FFFFFF"}) {
                javafx.scene.paint.Color era = javafx.scene.paint.Color.web(colour);
                javafx.scene.paint.Color name = TextColours.eraNameBeside(era, style);
                // The high-contrast and projector themes promise 7:1 (ThemeContrastTest): the back row reads the names too.
                double required = theme == Theme.HIGH_CONTRAST || theme == Theme.PROJECTOR || theme == Theme.PROJECTOR_DARK ? 7 : 4.5;
                assertThat(TextColours.contrast(name, style.background())).as("%s on %s", colour, theme).isGreaterThanOrEqualTo(required);
                if (TextColours.contrast(era, style.background()) >= required) {
                    assertThat(name).as("%s reads as it is on %s", colour, theme).isEqualTo(era);
                }
            }
        }
    }

    /**
     * A picture cannot scroll, so it packs only the eras of its own period: a handout step in May 1992,
     * when no era ran, began with an empty band two ribbon rows tall above its events. The window keeps
     * the whole file's rows, so that its ribbons stay put while it scrolls.
     */
    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"1992-04-10, 1992-06-15", "1970, 2027", "1988, 1992", "2006, 2008", "1972, 1974"})
    void aPictureHasNoEmptyEraRows(String from, String to) {
        TimelineContent content = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());
        int width = 800;
        TimeScale scale = TimeScale.fitting(IsoDates.parse(from).startSecond(), IsoDates.parse(to).endSecond(), width, 0);
        LayoutMetrics metrics = LayoutMetrics.forLineHeight(16);
        TimelineLayout picture = TimelineLayouter.layout(content, LayoutMode.COMPACT, scale, width, MEASURER, MEASURER, metrics,
                Packing.complete());
        long rowsWithRibbons = picture.eras().stream().mapToInt(EraBox::row).distinct().count();
        assertThat(picture.eraRows()).as("every era row of the picture holds a ribbon").isEqualTo((int) rowsWithRibbons);
        assertThat(picture.eras().stream().mapToInt(EraBox::row).allMatch(row -> row < picture.eraRows())).isTrue();

        TimelineLayout window = TimelineLayouter.layout(content, LayoutMode.COMPACT, scale, width, MEASURER, MEASURER, metrics,
                Packing.forScreen(LayoutMode.COMPACT));
        TimeScale whole = TimeScale.fitting(IsoDates.parse("1900").startSecond(), IsoDates.parse("2100").endSecond(), width, 0);
        TimelineLayout windowWhole = TimelineLayouter.layout(content, LayoutMode.COMPACT, whole, width, MEASURER, MEASURER, metrics,
                Packing.forScreen(LayoutMode.COMPACT));
        assertThat(window.eraRows()).as("the window's ribbon rows stay as they are while it scrolls").isEqualTo(windowWhole.eraRows());
    }
}
