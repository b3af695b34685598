package org.chronoline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Help, mistakes and shell completion all come from the one declaration of the commands. */
class ChronolineCliTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return ChronolineCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandHasItsOwnHelpWithEveryOption() {
        for (String command : ChronolineCli.commandNames()) {
            out.reset();
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(command).contains("Usage: chronoline --" + command.replaceFirst("^--", "")).doesNotContain("null");
        }
        out.reset();
        run("--export-png", "--help");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--out=OUT.png", "--width=W", "--height=H", "--from=DATE", "--to=DATE",
                "Width in pixels (default 1600).");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--export-png data/events.json                         | --export-png needs --out OUT.png",
        "--export-svg data/events.json --out x.svg --scale 2  | unknown option --scale",
        "--handout                                             | --handout needs FILE",
        "--check                                               | --check needs FILE",
        "--convert data/events.json                            | --convert needs OUT",
        "--publish data/events.json a.html --out b.html         | --publish writes one file: give PAGE.html after the timeline or --out PAGE.html, not both",
        "--handout data/events.json a.pdf b.pdf                 | unexpected argument b.pdf",
        "--convert a.json b.json --to xml                      | --to xml: write chronoline, timelinejs or csv",
        "--export-png data/events.json --out x.png --from 2007 --to 20o7 | --to 20o7: ",
        "a.json b.json                                         | give one file to open, or --check FILE... to check several"})
    void aMistakeIsNamedWithTheCommandsSynopsisAndWhereTheHelpIs(String args, String message) {
        assertThat(run(args.strip().split(" +"))).isEqualTo(ChronolineCli.EXIT_USAGE_OR_IO);

        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(said).startsWith("chronoline: " + message).contains("Usage: chronoline", "All the options: chronoline")
                .doesNotContain("Exception", "picocli");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** The output after the file, as --convert takes it: "--publish IN OUT" was refused for want of --out. */
    @ParameterizedTest
    @CsvSource({"--publish, class.html, KB", "--handout, cfe.pdf, page", "--export-png, cfe.png, pixels", "--export-svg, cfe.svg, 1600 x"})
    void anOutputMayFollowItsFileAsConvertsDoes(String command, String name, String said, @TempDir Path dir) throws IOException {
        Path output = dir.resolve(name);

        assertThat(run(command, "data/events.json", output.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(Files.size(output)).isGreaterThan(1000);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(output + ": ").contains(said);
    }

    @Test
    void theCompletionScriptCompletesCommandsOptionsAndValuesInBash(@TempDir Path dir) throws Exception {
        assertThat(run("--completion")).isZero();
        Path script = Files.writeString(dir.resolve("chronoline.bash"), out.toString(StandardCharsets.UTF_8));

        assertThat(complete(script, "chronoline conv")).isEqualTo("convert");
        assertThat(complete(script, "chronoline --export-png data/events.json --wi")).isEqualTo("--width");
        assertThat(complete(script, "chronoline --convert a.json b.csv --to ")).isEqualTo("chronoline timelinejs csv");
        // The commands as the help writes them, with their dashes: "--ch" completed to nothing.
        assertThat(complete(script, "chronoline --ch")).isEqualTo("--check");
        assertThat(complete(script, "chronoline --ex")).isEqualTo("--export-png --export-svg");
        assertThat(complete(script, "chronoline --h")).isEqualTo("--help --handout");
        // The language, given either way: bash splits "--lang=" into three words, after which nothing was offered.
        assertThat(complete(script, "chronoline --lang ")).isEqualTo("en de fr ru pl");
        assertThat(complete(script, "chronoline --lang = ")).isEqualTo("en de fr ru pl");
        assertThat(complete(script, "chronoline --lang = r")).isEqualTo("ru");
    }

    /**
     * In the C locale (a container, a cron job, a language named but not installed) the command line writes UTF-8, not
     * ASCII: German and Russian came out with "?" for every letter outside it ("ge?ffnet", "77 ???????").
     */
    @Test
    void inTheCLocaleTheCommandLineWritesUtf8(@TempDir Path dir) throws IOException, InterruptedException {
        assertThat(chronoline(dir, "--lang", "ru", "--check", "data/events.json")).contains("77 событий").doesNotContain("?");
    }

    /** The help gives the completion's command whole, on a line of its own, to copy: it was wrapped at "source <(chronoline". */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "de", "fr", "pl", "ru"})
    void theHelpGivesTheCompletionsCommandWhole(String language, @TempDir Path dir) throws IOException, InterruptedException {
        assertThat(chronoline(dir, "--lang", language, "--help").lines().map(String::strip))
                .contains("source <(chronoline --completion)");
    }

    /**
     * Started for a window with no desktop to reach (over ssh, in a service), Chronoline says so in a sentence, in the
     * user's language, and exits: Java's stack trace, "UnsupportedOperationException: Unable to open DISPLAY" and twelve
     * lines under it, was all (an installing walk-through).
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX) // (elsewhere a window would open)
    void withNoDesktopToDrawOnTheWindowSaysSoInASentence(@TempDir Path dir) throws IOException, InterruptedException {
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Djava.util.prefs.userRoot=" + dir, "-Duser.home=" + dir,
                org.chronoline.Main.class.getName(), "--lang", "de").redirectErrorStream(true);
        java.environment().keySet().removeIf(name -> name.equals("DISPLAY") || name.equals("WAYLAND_DISPLAY") || name.startsWith("JAVA_TOOL"));
        Process process = java.start();
        process.getOutputStream().close();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(said).contains("chronoline: kann kein Fenster öffnen: ").doesNotContain("Exception", "\tat ");
        assertThat(process.exitValue()).as("not 1, an invalid file's").isEqualTo(org.chronoline.launch.JarStart.CANNOT_START);
    }

    /**
     * A language Chronoline does not speak is a mistake in the command, said as an unknown option is, with exit code 2:
     * "--lang xx" was taken silently, and Chronoline spoke English (an installing walk-through).
     */
    @Test
    void aLanguageChronolineDoesNotSpeakIsAMistakeInTheCommand(@TempDir Path dir) throws IOException, InterruptedException {
        for (String language : java.util.List.of("xx", "german", "")) {
            ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "-Djava.util.prefs.userRoot=" + dir, "-Duser.home=" + dir, "-Duser.language=en",
                    org.chronoline.Main.class.getName(), "--lang=" + language, "--version").redirectErrorStream(true);
            Process process = java.start();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(said).isEqualTo("chronoline: " + (language.isEmpty() ? "--lang needs LANGUAGE"
                    : "Chronoline does not speak " + language + ": give en, de, fr, pl or ru") + System.lineSeparator()
                    + "All the options: chronoline --help" + System.lineSeparator());
            assertThat(process.exitValue()).isEqualTo(ChronolineCli.EXIT_USAGE_OR_IO);
        }
        // As the system names its languages ($LANG), a language it speaks.
        assertThat(chronoline(dir, "--lang", "de_DE.UTF-8", "--check", "data/events.json")).contains("77 Ereignisse");
    }

    /** What Chronoline says, in a Java of its own started as a user's shell would start it, in the C locale. */
    private static String chronoline(Path home, String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.util.prefs.userRoot=" + home, "-Duser.home=" + home,
                org.chronoline.Main.class.getName()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder java = new ProcessBuilder(command);
        java.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG") || name.equals("LANGUAGE"));
        java.environment().put("LC_ALL", "C");
        java.redirectErrorStream(true);
        Process process = java.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return said;
    }

    /** What bash offers for the line, through the script as a user's shell would load it. */
    private static String complete(Path script, String line) throws IOException, InterruptedException {
        String words = line.endsWith(" ") ? line + "''" : line;
        String program = "source '" + script + "'; COMP_LINE=\"" + line + "\"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(" + words + ");"
                + " COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _complete_chronoline 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        String said = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return said;
    }
}
