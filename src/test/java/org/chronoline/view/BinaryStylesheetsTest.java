package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Every JavaFX stylesheet of Chronoline's has a binary twin (.bss) beside it on the class path, made by the
 * build (pom.xml, binary-stylesheets), and the twin says exactly what the text says. JavaFX reads the twin
 * wherever the .css is asked for, so a twin left behind by an edit of the text would style the window
 * with the old rules.
 */
class BinaryStylesheetsTest {
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    @Test
    void eachStylesheetHasABinaryTwinThatSaysTheSame() throws IOException {
        List<Path> stylesheets = stylesheets();
        assertThat(stylesheets).as("the app's, the timeline's and the themes'")
                .contains(RESOURCES.resolve("org/chronoline/app/chronoline.css"), RESOURCES.resolve("org/chronoline/view/timeline-view.css"),
                        RESOURCES.resolve("org/chronoline/theme/light.css"));
        for (Path text : stylesheets) {
            String name = RESOURCES.relativize(text).toString().replace('\\', '/');
            URL twin = getClass().getResource("/" + name.substring(0, name.length() - ".css".length()) + ".bss");
            assertThat(twin).as("the binary twin of %s", name).isNotNull();

            CssParser.errorsProperty().clear();
            Stylesheet parsed = new CssParser().parse(getClass().getResource("/" + name));
            // The build's Css2Bin leaves out a rule it cannot parse and says so only in the build's log; the window,
            // reading the twin, would never say it either.
            assertThat(CssParser.errorsProperty()).as("what JavaFX cannot read in %s", name).isEmpty();
            Stylesheet read = Stylesheet.loadBinary(twin);
            assertThat(read).as("%s read", twin).isNotNull();
            assertThat(rules(read)).as("the rules of %s", twin).isNotEmpty().isEqualTo(rules(parsed));
            assertThat(read.getFontFaces()).as("the font faces of %s", twin).hasSameSizeAs(parsed.getFontFaces());
        }
    }

    /** The web page's stylesheet is a browser's: JavaFX never reads it, and its parser would not understand it. */
    @Test
    void theWebPagesStylesheetHasNone() {
        assertThat(getClass().getResource("/org/chronoline/web/viewer.css")).isNotNull();
        assertThat(getClass().getResource("/org/chronoline/web/viewer.bss")).isNull();
    }

    private static List<Path> stylesheets() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(file -> file.toString().endsWith(".css"))
                    .filter(file -> !file.startsWith(RESOURCES.resolve("org/chronoline/web")))
                    .sorted()
                    .toList();
        }
    }

    /** Each rule's selectors and declarations (a rule read from a .bss decodes its declarations when first asked). */
    private static List<String> rules(Stylesheet stylesheet) {
        return stylesheet.getRules().stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations()).toList();
    }
}
