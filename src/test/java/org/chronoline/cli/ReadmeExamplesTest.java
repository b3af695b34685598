package org.chronoline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command-line examples are run as written: each {@code $ java -jar target/chronoline.jar ...}
 * line, and the lines under it are what it prints. Files the examples write, and the broken file
 * they check, live in a folder of the test's own. The heights of drawings depend on the fonts of the
 * machine, so only their widths are compared; everything else must be exactly as the README says.
 */
class ReadmeExamplesTest {
    private static final Pattern COMMAND = Pattern.compile("^\\$ java -jar target/chronoline\\.jar (.*)$");
    private static final Pattern SIZE = Pattern.compile("(\\d+) x \\d+ (pixels|points)");

    @TempDir
    Path dir;

    @Test
    void everyExampleOfTheCommandLineSectionRunsAndPrintsWhatItSays() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Command line"), readme.indexOf("## The file format"));
        Files.copy(Path.of("src/test/resources/files/bad-date.json"), dir.resolve("broken.json"));
        List<String> lines = section.lines().toList();
        int examples = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = COMMAND.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ ") && !lines.get(j).startsWith("```"); j++) {
                expected.add(lines.get(j));
            }
            assertThat(run(m.group(1))).as("$ chronoline %s", m.group(1)).containsExactlyElementsOf(expected.stream()
                    .map(ReadmeExamplesTest::widthsOnly).toList());
            examples++;
        }
        assertThat(examples).as("examples found").isGreaterThanOrEqualTo(5);
    }

    /** Runs the arguments with every file but the bundled timeline in the test's folder; returns what it printed. */
    private List<String> run(String arguments) {
        String[] args = arguments.split(" ");
        for (int k = 0; k < args.length; k++) {
            if (args[k].matches("[\\w-]+\\.(json|png|svg|pdf)")) {
                args[k] = dir.resolve(args[k]).toString();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ChronolineCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).as("nothing on stderr").isEmpty();
        String printed = out.toString(StandardCharsets.UTF_8).replace(dir + java.io.File.separator, "");
        assertThat(exit).isIn(0, 1);
        return printed.lines().map(ReadmeExamplesTest::widthsOnly).toList();
    }

    private static String widthsOnly(String line) {
        return SIZE.matcher(line).replaceAll("$1 x H $2");
    }
}
