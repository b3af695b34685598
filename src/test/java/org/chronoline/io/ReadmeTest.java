package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.Test;

/** The README is the product's front door: its example must open, and what it lists must be true. */
class ReadmeTest {
    private static final Path README = Path.of("README.md");

    @Test
    void theCompleteExampleOpensWithoutProblemsAndUsesEveryField() throws IOException {
        String example = codeBlock(readme(), "### A complete example", "json");

        LoadResult result = new TimelineFileReader().read(TimelineSource.of("README example", example.getBytes(StandardCharsets.UTF_8)),
                LoadMonitor.NONE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.status()).isEqualTo(LoadResult.Status.LOADED);
        for (ObjectSchema fields : ObjectSchema.ALL) {
            for (String name : fields.names()) {
                assertThat(example).as("the example uses %s", name).contains("\"" + name + "\":");
            }
        }
    }

    @Test
    void theReadmesTablesOfTheFormatAreTheSchema() throws IOException {
        String readme = readme();
        String format = readme.substring(readme.indexOf("## The file format"));
        for (ObjectSchema schema : ObjectSchema.ALL) {
            String heading = "### " + schema.heading() + "\n";
            assertThat(format).as("a section for %s", schema.heading()).contains(heading);
            String section = format.substring(format.indexOf(heading) + heading.length());
            section = section.substring(0, section.indexOf("\n### "));
            List<String> rows = new ArrayList<>();
            Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\| ([^|]+?) \\| (yes|no) \\|").matcher(section);
            while (row.find()) {
                rows.add(row.group(1) + " | " + row.group(2) + " | " + row.group(3));
            }
            List<String> described = schema.fields().stream()
                    .map(f -> f.name() + " | " + f.type() + " | " + (f.required() ? "yes" : "no")).toList();
            assertThat(rows).as("the README's table of %s: name, type, required, in order", schema.heading()).isEqualTo(described);
        }
    }

    @Test
    void listsEveryKeyboardAndMouseControl() throws IOException {
        String readme = readme();
        int from = 0;
        for (int i = 1; Messages.has("shortcut." + i + ".keys"); i++) {
            if (Messages.has("shortcut.section." + i)) {
                String heading = "**" + Messages.get("shortcut.section." + i) + "**";
                assertThat(readme.indexOf(heading, from)).as("README heading %s, after the rows before it", heading).isGreaterThanOrEqualTo(from);
                from = readme.indexOf(heading, from);
            }
            String row = "| " + Messages.get("shortcut." + i + ".keys") + " | " + Messages.get("shortcut." + i + ".does") + " |";
            assertThat(readme.indexOf(row, from)).as("README row %d, in F1's order", i).isGreaterThanOrEqualTo(from);
            from = readme.indexOf(row, from);
        }
    }

    @Test
    void theErrorCatalogueExplainsEveryProblemMessage() throws IOException {
        String catalogue = Files.readString(Path.of("docs", "errors.md"));
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.chronoline.text.messages");
        java.util.List<String> keys = bundle.keySet().stream()
                .filter(k -> k.startsWith("problem.") || k.startsWith("date.reason.") || k.startsWith("image.refused.")
                        || k.startsWith("save.reason.") || k.equals("save.failed") || k.equals("save.changedOnDisk")
                        || k.startsWith("cli.error.") && !k.equals("cli.error.prefix") || k.startsWith("cli.export.") && !k.equals("cli.export.written")
                        || k.startsWith("cli.convert.") && !k.equals("cli.convert.written")
                        || k.startsWith("csv.") && !k.startsWith("csv.import.") && !k.equals("csv.description")
                        || k.startsWith("timelinejs.") && !k.equals("timelinejs.untitled"))
                .sorted().toList();

        assertThat(keys).hasSizeGreaterThan(80);
        for (String key : keys) {
            assertThat(catalogue).as("docs/errors.md explains %s", key).contains("`" + key + "`");
        }
        assertThat(readme()).contains("(docs/errors.md)");
    }

    @Test
    void ciRunsTheReadmesTestCommand() throws IOException {
        String command = codeBlock(readme(), "## Test it", "").strip();

        assertThat(command).isEqualTo("mvn -B verify");
        assertThat(Files.readString(Path.of(".ci", "run"))).contains("\n" + command + "\n");
    }

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    /** The first fenced code block after a heading. */
    static String codeBlock(String markdown, String heading, String language) {
        int at = markdown.indexOf(heading);
        assertThat(at).as("heading %s", heading).isNotNegative();
        Matcher m = Pattern.compile("```" + Pattern.quote(language) + "\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(m.find(at)).as("code block after %s", heading).isTrue();
        return m.group(1);
    }

    @Test
    void theInstallSectionNamesTheFilesTheBuildMakes() throws IOException {
        String readme = readme();
        String install = readme.substring(readme.indexOf("## Install"), readme.indexOf("## Run it"));
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher jar = Pattern.compile("`(chronoline-[a-z0-9-]+\\.jar)`").matcher(install);
        List<String> jars = new ArrayList<>();
        while (jar.find()) {
            jars.add(jar.group(1));
        }
        assertThat(jars).as("a jar for each system").contains("chronoline-windows.jar", "chronoline-macos-intel.jar",
                "chronoline-macos-apple-silicon.jar", "chronoline-linux.jar", "chronoline-linux-arm64.jar");
        for (String name : jars) {
            assertThat(pom).as("the build makes %s", name).contains("/" + name + "\"");
        }
        Matcher version = Pattern.compile("<dist.version>([0-9.]+)</dist.version>").matcher(pom);
        assertThat(version.find()).isTrue();
        assertThat(install).contains("`chronoline_" + version.group(1) + "-1_amd64.deb`", "`Chronoline-" + version.group(1) + ".msi`",
                "`Chronoline-" + version.group(1) + ".dmg`", "sudo apt install ./chronoline_" + version.group(1) + "-1_amd64.deb");
        assertThat(pom).contains("--linux-package-name chronoline", "<arg value=\"--name\"/><arg value=\"Chronoline\"/>");
        assertThat(readme.indexOf("## Install")).as("above Run it").isLessThan(readme.indexOf("## Run it"));
    }
}
