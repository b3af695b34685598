package org.chronoline.cli;

import java.io.File;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronoline.Version;
import org.chronoline.io.OutOfMemory;
import org.chronoline.io.StandardOutput;
import org.chronoline.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The command-line front door, declared once with picocli: the options of each command, its help,
 * its errors and the shell completion all come from the declarations below and in each command.
 * Headless commands run here and return their exit code; anything else means "open the window"
 * and is left to the application.
 *
 * <pre>
 *   chronoline [FILE]              open FILE (default: the bundled timeline) in the window
 *   chronoline --check FILE...     validate files, print problems, exit 0 / 1 / 2
 *   chronoline --convert IN OUT    rewrite IN as OUT, through the safe save path
 *   chronoline --export-png FILE [--out] OUT.png [--width W] [--height H] [--from DATE --to DATE] [--select ID]
 *   chronoline --export-svg FILE [--out] OUT.svg [--width W] [--from DATE --to DATE] [--select ID]
 *   chronoline --handout FILE [--out] OUT.pdf [--tour ID]
 *   chronoline --publish FILE [--out] PAGE.html [--tour ID]
 *   chronoline --help | --version | --completion
 * </pre>
 *
 * Each command keeps the form it has always had ({@code --check FILE}), so scripts written for
 * earlier versions still work; help and completion also know them without the dashes.
 */
public final class ChronolineCli {
    /** Returned by {@link #run} when no headless command was given and the window should open. */
    public static final int OPEN_WINDOW = -1;
    public static final int EXIT_OK = 0;
    public static final int EXIT_INVALID = 1;
    public static final int EXIT_USAGE_OR_IO = 2;

    private static final String BUNDLE = "org.chronoline.text.messages";

    private ChronolineCli() {
    }

    /** The root command: a file to open in the window, or one of the commands. */
    @Command(name = "chronoline", resourceBundle = BUNDLE, mixinStandardHelpOptions = true, versionProvider = VersionText.class,
            sortOptions = false, usageHelpAutoWidth = true)
    static final class Root implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "cli.param.window")
        String file;

        @Option(names = "--completion", descriptionKey = "cli.option.completion")
        boolean completion;

        /** Read before anything else by Main (so that the help itself is in that language); declared here for help and completion. */
        @Option(names = "--lang", paramLabel = "LANGUAGE", descriptionKey = "cli.option.lang", completionCandidates = Languages.class)
        String language;

        private final PrintStream out;

        Root(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            if (completion) {
                out.print(CompletionScript.bash(spec.commandLine()));
                return EXIT_OK;
            }
            return OPEN_WINDOW;
        }
    }

    /** The languages' codes, for completion. */
    static final class Languages extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Languages() {
            Messages.LANGUAGES.forEach(l -> add(l.getLanguage()));
        }
    }

    /** {@code --version}: the version and build this program was made from. */
    static final class VersionText implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Messages.get("cli.version", Version.current()), Messages.get("cli.version.build", Version.built(),
                    Version.runtime())};
        }
    }

    /** The commands' names; each also works without its dashes. */
    private static final List<String> COMMANDS = List.of("--check", "--convert", "--export-png", "--export-svg", "--handout", "--publish");

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (opensTheWindow(args)) {
            return OPEN_WINDOW; // without building the declaration: a window's start should not wait for the command line
        }
        StandardOutput.use(out); // "--out -"
        return commandLine(out, err).execute(args);
    }

    /** No arguments, or one file that is neither an option nor a command: what a double-click or "Open with" sends. */
    static boolean opensTheWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String only = args[0];
        return args.length == 1 && !only.startsWith("-") && !COMMANDS.contains("--" + only);
    }

    /** Every command, declared; also what help and completion are made from. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine root = new CommandLine(new Root(out));
        List<Object> commands = List.of(new CheckCommand(out), new ConvertCommand(out, err), new DrawCommand.Png(out, err),
                new DrawCommand.Svg(out, err), new HandoutCommand(out, err), new PublishCommand(out, err));
        for (int i = 0; i < COMMANDS.size(); i++) {
            add(root, COMMANDS.get(i), commands.get(i));
        }
        // A path ending in a separator names a folder: "--out pics/" wrote a file named "pics", and "--out /"
        // said the folder / did not exist. Registered after the commands, so that each of them has it.
        root.registerConverter(Path.class, text -> {
            if (text.endsWith("/") || text.endsWith(File.separator)) {
                throw new CommandLine.TypeConversionException(Messages.get("save.reason.endsInSeparator", text.substring(text.length() - 1)));
            }
            return Path.of(text);
        });
        // Where the catalogue of messages is, found now (picocli formats the footer: a path's own % kept as it is).
        String footer = Messages.get("cli.help.footer", ErrorCatalogue.location().replace("%", "%%"));
        root.getCommandSpec().usageMessage().footer(footer);
        root.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage().footer(footer));
        root.setOut(writerOf(out));
        root.setErr(writerOf(err));
        root.setParameterExceptionHandler((problem, args) -> usageError(err, problem.getCommandLine(), message(problem)));
        root.setExecutionExceptionHandler((failure, command, parsed) -> {
            err.println(Messages.get("cli.error.prefix", Messages.get("cli.command.failed", OutOfMemory.why(failure))));
            return EXIT_USAGE_OR_IO;
        });
        return root;
    }

    /** Text written to the stream as the stream encodes it (picocli writes help through a PrintWriter). */
    private static PrintWriter writerOf(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                stream.print(new String(text, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }

    private static void add(CommandLine root, String name, Object command) {
        CommandLine sub = new CommandLine(command);
        String key = "cli.command." + name.substring(2) + ".description";
        sub.getCommandSpec().usageMessage().description(Messages.get(key));
        sub.getCommandSpec().resourceBundleBaseName(BUNDLE);
        sub.getCommandSpec().mixinStandardHelpOptions(true);
        root.addSubcommand(name, sub, name.substring(2));
    }

    /** Our words for what picocli found wrong with the arguments. */
    private static String message(CommandLine.ParameterException problem) {
        String command = problem.getCommandLine().getCommandSpec().name();
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-")) {
                return Messages.get("cli.error.unknownOption", first);
            }
            return command.equals("chronoline") ? Messages.get("cli.error.oneFile") : Messages.get("cli.error.unexpected", first);
        }
        if (problem instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            String what = arg instanceof OptionSpec option ? option.longestName() + " " + option.paramLabel() : arg.paramLabel();
            return Messages.get("cli.error.needs", command, what);
        }
        if (problem.getCause() instanceof CommandLine.TypeConversionException conversion && problem.getArgSpec() != null) {
            ArgSpec arg = problem.getArgSpec();
            String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
            return Messages.get("cli.error.badValue", name, problem.getValue(), conversion.getMessage());
        }
        return problem.getMessage();
    }

    /** The mistake, the command's synopsis, and where the whole help is: short enough to see at once. */
    private static int usageError(PrintStream err, CommandLine command, String message) {
        CommandSpec spec = command.getCommandSpec();
        err.println(Messages.get("cli.error.prefix", message));
        err.print(spec.usageMessage().synopsisHeading().replace("%n", System.lineSeparator()) + new CommandLine.Help(spec).synopsis(0));
        err.println(Messages.get("cli.error.tryHelp", spec.qualifiedName() + " --help"));
        return EXIT_USAGE_OR_IO;
    }

    /** A mistake in the arguments found by a command itself, such as --to before --from: reported like picocli's own. */
    static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The commands, for tests of the declarations. */
    static List<String> commandNames() {
        return List.copyOf(commandLine(System.out, System.err).getSubcommands().keySet());
    }
}
