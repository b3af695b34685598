package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every text a theme sets on a background reads: the WCAG 2 contrast ratio of each text token on
 * each background it is drawn on is at least 4.5:1 (7:1 in the high-contrast theme and on the
 * projector), with translucent backgrounds composed over the page. The categories' palette stays
 * apart for people with the common red-green colour-vision deficiencies.
 */
class ThemeContrastTest {
    /** Text tokens and the backgrounds they are drawn on, as the stylesheets use them. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"-color-fg-default", "-color-bg-default"},
            new String[] {"-color-fg-default", "-color-bg-subtle"},
            new String[] {"-color-fg-default", "-color-bg-inset"},
            new String[] {"-color-fg-muted", "-color-bg-default"},
            new String[] {"-color-fg-muted", "-color-bg-subtle"},
            new String[] {"-color-fg-default", "-color-selection-fill"},
            new String[] {"-color-fg-default", "-color-accent-subtle"},
            new String[] {"-color-fg-default", "-color-attention-muted"},
            new String[] {"-color-fg-on-emphasis", "-color-accent-emphasis"},
            new String[] {"-color-fg-on-emphasis", "-color-neutral-emphasis"},
            new String[] {"-color-accent-fg", "-color-bg-default"},
            new String[] {"-color-danger-fg", "-color-bg-default"},
            new String[] {"-color-attention-fg", "-color-bg-default"},
            // The warnings' chip and a refused picture's note, a CSV import's problem rows.
            new String[] {"-color-attention-fg", "-color-attention-subtle"},
            new String[] {"-color-fg-muted", "-color-attention-subtle"},
            new String[] {"-color-danger-fg", "-color-danger-subtle"});

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextReadsOnEveryBackgroundItIsDrawnOn(Theme theme) throws IOException {
        Map<String, String> tokens = tokens(theme);
        double required = theme == Theme.HIGH_CONTRAST || theme == Theme.PROJECTOR || theme == Theme.PROJECTOR_DARK ? 7 : 4.5;
        double[] page = rgba(tokens.get("-color-bg-default"));
        for (String[] pair : PAIRS) {
            double[] text = rgba(tokens.get(pair[0]));
            double[] background = over(rgba(tokens.get(pair[1])), page);
            double ratio = contrast(text, background);
            // The high-contrast theme promises 7:1 for every text, its coloured ones too (the CSV import's problem rows were 6.8).
            boolean coloured = pair[0].equals("-color-fg-on-emphasis") || pair[0].endsWith("accent-fg") || pair[0].endsWith("danger-fg")
                    || pair[0].endsWith("attention-fg");
            assertThat(ratio).as("%s: %s on %s", theme, pair[0], pair[1]).isGreaterThanOrEqualTo(
                    coloured && theme != Theme.HIGH_CONTRAST ? 4.5 : required);
        }
    }

    /**
     * Grid lines are seen on the timeline (3:1, as a line needs) and are not the labels' colour: in
     * the high-contrast theme they were black, as heavy as the text, and read as strokes of the
     * letters they cross ("Vienna Doc|ument").
     */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void gridLinesAreSeenAndAreNotTheLabelsColour(Theme theme) throws Exception {
        RenderStyle style = FxThread.call(() -> theme.timelineStyle());
        for (javafx.scene.paint.Color line : List.of(style.grid(), style.gridMajor())) {
            if (theme == Theme.HIGH_CONTRAST) {
                assertThat(TextColours.contrast(line, style.background())).as("%s: seen", theme).isGreaterThanOrEqualTo(3);
            }
            assertThat(TextColours.contrast(line, style.labelText())).as("%s: apart from the labels", theme).isGreaterThanOrEqualTo(3);
        }
    }

    /**
     * A field and a check box are found by their edges, drawn at 3:1 on every background of the
     * window (WCAG 1.4.11), as the window styles them: modena's were 1.4:1 on white, and the light
     * theme's search field and event form were pale outlines.
     */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void fieldsAndCheckBoxesAreSeenByTheirEdges(Theme theme) throws Exception {
        Map<String, String> tokens = tokens(theme);
        List<javafx.scene.paint.Color> edges = FxThread.call(() -> {
            javafx.scene.control.TextField field = new javafx.scene.control.TextField();
            javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox("x");
            javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.layout.VBox(field, box));
            scene.getStylesheets().addAll(theme.stylesheet(), ThemeContrastTest.class.getResource("/org/chronoline/app/chronoline.css").toExternalForm());
            scene.getRoot().applyCss();
            javafx.scene.layout.Region square = (javafx.scene.layout.Region) box.lookup(".box");
            javafx.scene.paint.Paint fieldEdge = field.getBackground().getFills().get(0).getFill();
            // The field's edge is a gradient from a little darker to the border colour: its lighter end counts.
            javafx.scene.paint.Color lighter = fieldEdge instanceof javafx.scene.paint.LinearGradient g
                    ? g.getStops().get(g.getStops().size() - 1).getColor() : (javafx.scene.paint.Color) fieldEdge;
            return List.of(lighter, (javafx.scene.paint.Color) square.getBackground().getFills().get(1).getFill());
        });
        for (String background : List.of("-color-bg-default", "-color-bg-subtle", "-color-bg-inset")) {
            if (tokens.containsKey(background)) {
                double[] under = rgba(tokens.get(background));
                for (javafx.scene.paint.Color edge : edges) {
                    double[] colour = {edge.getRed(), edge.getGreen(), edge.getBlue(), 1};
                    assertThat(contrast(colour, under)).as("%s: %s on %s", theme, edge, background).isGreaterThanOrEqualTo(3);
                }
            }
        }
    }

    /**
     * A list's selected row, with the keys elsewhere, is seen at 3:1 (a frame around it) and its text reads on
     * it: modena's pale grey alone was 1.5:1 on white, and a reader who tabbed on lost their place (a keyboard
     * walk-through). The list of events is a table, Put in Order and the dialogs' lists are lists.
     */
    @ParameterizedTest
    @EnumSource(Theme.class)
    @SuppressWarnings("unchecked")
    void aSelectedRowIsSeenWhenItsListHasNotTheKeys(Theme theme) throws Exception {
        double required = theme == Theme.HIGH_CONTRAST || theme == Theme.PROJECTOR || theme == Theme.PROJECTOR_DARK ? 7 : 4.5;
        List<double[]> rows = FxThread.call(() -> {
            javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(
                    javafx.collections.FXCollections.observableArrayList("one", "two", "three"));
            javafx.scene.control.TableView<String> table = new javafx.scene.control.TableView<>(
                    javafx.collections.FXCollections.observableArrayList("one", "two", "three"));
            javafx.scene.control.TableColumn<String, String> column = new javafx.scene.control.TableColumn<>("Title");
            column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue()));
            table.getColumns().add(column);
            list.getSelectionModel().select(1);
            table.getSelectionModel().select(1);
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(list, table);
            javafx.scene.Scene scene = new javafx.scene.Scene(box, 300, 400);
            scene.getStylesheets().addAll(theme.stylesheet(), ThemeContrastTest.class.getResource("/org/chronoline/app/chronoline.css").toExternalForm());
            for (int pass = 0; pass < 2; pass++) {
                box.applyCss();
                box.layout();
            }
            List<double[]> found = new java.util.ArrayList<>();
            List<javafx.scene.Node> cells = new java.util.ArrayList<>(list.lookupAll(".list-cell"));
            cells.addAll(box.lookupAll(".table-row-cell"));
            for (javafx.scene.Node node : cells) {
                javafx.scene.control.IndexedCell<String> cell = (javafx.scene.control.IndexedCell<String>) node;
                if (!cell.isSelected() || cell.isEmpty()) {
                    continue;
                }
                List<javafx.scene.layout.BackgroundFill> fills = cell.getBackground().getFills();
                // Unmarked, a row's fill is its only layer (a table row's has its grid line under it).
                javafx.scene.paint.Color mark = (javafx.scene.paint.Color) fills.get(Math.max(0, fills.size() - 2)).getFill();
                javafx.scene.paint.Color fill = (javafx.scene.paint.Color) fills.get(fills.size() - 1).getFill();
                javafx.scene.control.Labeled text = cell instanceof javafx.scene.control.TableRow<?> row
                        ? (javafx.scene.control.Labeled) row.lookup(".table-cell") : cell;
                javafx.scene.paint.Color ink = (javafx.scene.paint.Color) text.getTextFill();
                found.add(new double[] {mark.getRed(), mark.getGreen(), mark.getBlue(), fill.getRed(), fill.getGreen(), fill.getBlue(),
                        ink.getRed(), ink.getGreen(), ink.getBlue(), fills.get(fills.size() - 1).getInsets().getLeft()});
            }
            return found;
        });
        assertThat(rows).as("%s: the list's and the table's selected rows", theme).hasSize(2);
        double[] page = rgba(tokens(theme).get("-color-bg-default"));
        for (double[] row : rows) {
            double[] mark = {row[0], row[1], row[2], 1};
            double[] fill = {row[3], row[4], row[5], 1};
            double[] ink = {row[6], row[7], row[8], 1};
            assertThat(row[9]).as("%s: the fill leaves the frame its edge", theme).isGreaterThanOrEqualTo(2);
            assertThat(contrast(mark, page)).as("%s: the mark on the page", theme).isGreaterThanOrEqualTo(3);
            assertThat(contrast(ink, fill)).as("%s: the row's text on its fill", theme).isGreaterThanOrEqualTo(required);
            // Cells that draw their text in the theme's own colour (the list of events, the dialogs' lists): the dark theme's
            // light text stood on modena's light grey at 1.2:1 (a themes walk-through).
            assertThat(contrast(rgba(tokens(theme).get("-color-fg-default")), fill)).as("%s: the theme's text on the row's fill", theme)
                    .isGreaterThanOrEqualTo(required);
        }
    }

    /**
     * The button Enter presses (OK, Check) and the form's Apply read in every theme: the dark theme's OK was light text on
     * modena's pale blue (1.5:1) and looked disabled, the high-contrast Apply black on navy (1.9:1).
     */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void theButtonEnterPressesReads(Theme theme) throws Exception {
        double required = theme == Theme.HIGH_CONTRAST || theme == Theme.PROJECTOR || theme == Theme.PROJECTOR_DARK ? 7 : 4.5;
        List<javafx.scene.paint.Color[]> found = FxThread.call(() -> {
            javafx.scene.control.Button ok = new javafx.scene.control.Button("OK");
            ok.setDefaultButton(true);
            javafx.scene.control.Button apply = new javafx.scene.control.Button("Apply");
            apply.getStyleClass().add("accent");
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(ok, apply);
            javafx.scene.Scene scene = new javafx.scene.Scene(box);
            scene.getStylesheets().addAll(theme.stylesheet(), ThemeContrastTest.class.getResource("/org/chronoline/app/chronoline.css").toExternalForm());
            box.applyCss();
            List<javafx.scene.paint.Color[]> colours = new java.util.ArrayList<>();
            for (javafx.scene.control.Button button : List.of(ok, apply)) {
                javafx.scene.paint.Paint body = button.getBackground().getFills().get(button.getBackground().getFills().size() - 1).getFill();
                List<javafx.scene.paint.Color> stops = body instanceof javafx.scene.paint.LinearGradient g
                        ? g.getStops().stream().map(javafx.scene.paint.Stop::getColor).toList() : List.of((javafx.scene.paint.Color) body);
                for (javafx.scene.paint.Color stop : stops) {
                    colours.add(new javafx.scene.paint.Color[] {(javafx.scene.paint.Color) button.getTextFill(), stop});
                }
            }
            return colours;
        });
        for (javafx.scene.paint.Color[] pair : found) {
            assertThat(TextColours.contrast(pair[0], pair[1])).as("%s: %s on %s", theme, pair[0], pair[1])
                    .isGreaterThanOrEqualTo(required);
        }
    }

    /** A scroll bar's thumb is seen on its track, 3:1 (WCAG 1.4.11): the dark theme's was 1.45:1, and panels seemed not to scroll. */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void aScrollBarsThumbIsSeenOnItsTrack(Theme theme) throws Exception {
        javafx.scene.paint.Color[] found = FxThread.call(() -> {
            javafx.scene.control.ScrollBar bar = new javafx.scene.control.ScrollBar();
            bar.setOrientation(javafx.geometry.Orientation.VERTICAL);
            bar.setVisibleAmount(10);
            javafx.scene.layout.StackPane pane = new javafx.scene.layout.StackPane(bar);
            javafx.scene.Scene scene = new javafx.scene.Scene(pane, 50, 300);
            scene.getStylesheets().addAll(theme.stylesheet(), ThemeContrastTest.class.getResource("/org/chronoline/app/chronoline.css").toExternalForm());
            for (int pass = 0; pass < 2; pass++) { // the skin's parts are styled on the second pass
                pane.applyCss();
                pane.layout();
            }
            javafx.scene.layout.Region thumb = (javafx.scene.layout.Region) bar.lookup(".thumb");
            // What shows under the thumb: the track's background where it has one, else the bar's own.
            javafx.scene.layout.Region track = java.util.stream.Stream.of(bar.lookup(".track-background"), bar.lookup(".track"), bar)
                    .map(javafx.scene.layout.Region.class::cast).filter(r -> r.getBackground() != null && !r.getBackground().getFills().isEmpty())
                    .findFirst().orElseThrow();
            java.util.function.Function<javafx.scene.layout.Region, javafx.scene.paint.Color> last = r -> {
                javafx.scene.paint.Paint p = r.getBackground().getFills().get(r.getBackground().getFills().size() - 1).getFill();
                return p instanceof javafx.scene.paint.LinearGradient g ? g.getStops().get(0).getColor() : (javafx.scene.paint.Color) p;
            };
            return new javafx.scene.paint.Color[] {last.apply(thumb), last.apply(track)};
        });
        assertThat(TextColours.contrast(found[0], found[1])).as("%s: thumb %s on track %s", theme, found[0], found[1]).isGreaterThanOrEqualTo(3);
    }

    /**
     * A search's matches are told from the selected event on the timeline, and their titles read on their fill: in the
     * high-contrast theme both were the same solid yellow, the selection marked only by its thin outline (a themes
     * walk-through).
     */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void theMatchesAreToldFromTheSelection(Theme theme) throws Exception {
        RenderStyle style = FxThread.call(() -> theme.timelineStyle());
        double[] page = {style.background().getRed(), style.background().getGreen(), style.background().getBlue(), 1};
        javafx.scene.paint.Color selection = style.selectionFill();
        javafx.scene.paint.Color match = style.match();
        double[] selected = over(new double[] {selection.getRed(), selection.getGreen(), selection.getBlue(), selection.getOpacity()}, page);
        double[] matched = over(new double[] {match.getRed(), match.getGreen(), match.getBlue(), match.getOpacity()}, page);
        double apart = Math.abs(selected[0] - matched[0]) + Math.abs(selected[1] - matched[1]) + Math.abs(selected[2] - matched[2]);
        assertThat(apart).as("%s: the selection's fill %s and the matches' %s apart", theme, selection, match).isGreaterThan(0.25);
        javafx.scene.paint.Color label = style.labelText();
        assertThat(contrast(new double[] {label.getRed(), label.getGreen(), label.getBlue(), 1}, matched)).as("%s: a title on a match", theme)
                .isGreaterThanOrEqualTo(theme == Theme.HIGH_CONTRAST ? 7 : 4.5);
    }

    /** Era names on their bands, in the bundled timeline's era colours and the default one, in every theme. */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void eraNamesReadOnTheirBands(Theme theme) throws Exception {
        RenderStyle style = FxThread.call(() -> theme.timelineStyle());
        List<javafx.scene.paint.Color> colours = new java.util.ArrayList<>(List.of(style.eraDefault()));
        new org.chronoline.io.TimelineFileReader().read(java.nio.file.Path.of("data/events.json")).document().eras().stream()
                .filter(e -> e.color() != null).forEach(e -> colours.add(javafx.scene.paint.Color.web(e.color())));
        for (javafx.scene.paint.Color colour : colours) {
            double opacity = TextColours.eraOpacity(colour, style);
            javafx.scene.paint.Color band = TextColours.eraBand(colour, style, opacity);
            assertThat(TextColours.contrast(TextColours.eraTextOn(colour, style, opacity), band)).as("%s: an era in %s", theme, colour)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theCategoryPaletteStaysApartForProtanopiaAndDeuteranopia() {
        for (String deficiency : List.of("none", "protanopia", "deuteranopia")) {
            for (int a = 0; a < 8; a++) {
                for (int b = a + 1; b < 8; b++) {
                    double[] x = simulate(rgba(Category.paletteColor(a)), deficiency);
                    double[] y = simulate(rgba(Category.paletteColor(b)), deficiency);
                    assertThat(distance(x, y)).as("%s: palette colours %d and %d", deficiency, a, b).isGreaterThan(0.08);
                }
            }
        }
    }

    // ---- colour arithmetic -----------------------------------------------------------------------

    private static Map<String, String> tokens(Theme theme) throws IOException {
        String css;
        try (InputStream in = Theme.class.getResourceAsStream(theme.stylesheet().substring(theme.stylesheet().indexOf("/org/")))) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> tokens = new HashMap<>();
        Matcher m = Pattern.compile("(-color-[a-z-]+):\\s*(#[0-9a-fA-F]{6,8});").matcher(css);
        while (m.find()) {
            tokens.put(m.group(1), m.group(2));
        }
        return tokens;
    }

    static double[] rgba(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        int a = hex.length() > 7 ? Integer.parseInt(hex.substring(7, 9), 16) : 255;
        return new double[] {r / 255.0, g / 255.0, b / 255.0, a / 255.0};
    }

    private static double[] over(double[] top, double[] under) {
        double a = top[3];
        return new double[] {top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1};
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double luminance(double[] c) {
        return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
    }

    /** WCAG 2's contrast ratio. */
    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Machado, Oliveira and Fernandes (2009) at full severity, on linear RGB. */
    private static double[] simulate(double[] c, String deficiency) {
        double[][] m = switch (deficiency) {
            case "protanopia" -> new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
            case "deuteranopia" -> new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
            default -> new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        };
        double[] lin = {linear(c[0]), linear(c[1]), linear(c[2])};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(0, Math.min(1, m[i][0] * lin[0] + m[i][1] * lin[1] + m[i][2] * lin[2]));
        }
        return out;
    }

    /** Distance in linear RGB, which is enough to tell whether two colours collapse into one. */
    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
