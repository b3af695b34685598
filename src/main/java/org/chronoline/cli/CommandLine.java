package org.chronoline.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.chronoline.Version;
import org.chronoline.text.Messages;

/**
 * The command-line front door. Headless commands run here and return their exit code; anything
 * else means "open the window" and is left to the application.
 *
 * <pre>
 *   chronoline [FILE]              open FILE (default: the bundled timeline) in the window
 *   chronoline --check FILE...     validate files, print problems, exit 0 / 1 / 2
 *   chronoline --convert IN OUT        rewrite IN as OUT in the documented style, through the safe save path
 *   chronoline --export-png FILE --out OUT.png [--width W] [--height H] [--from DATE --to DATE]
 *   chronoline --export-svg FILE --out OUT.svg [--width W] [--from DATE --to DATE]
 *   chronoline --handout FILE --out OUT.pdf [--tour ID]
 *   chronoline --help | --version
 * </pre>
 */
public final class CommandLine {
    /** Returned by {@link #run} when no headless command was given and the window should open. */
    public static final int OPEN_WINDOW = -1;
    public static final int EXIT_OK = 0;
    public static final int EXIT_INVALID = 1;
    public static final int EXIT_USAGE_OR_IO = 2;

    private CommandLine() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> list = Arrays.asList(args);
        if (list.isEmpty()) {
            return OPEN_WINDOW;
        }
        switch (list.get(0)) {
            case "--help":
            case "-h":
                out.print(Messages.get("cli.usage"));
                return EXIT_OK;
            case "--version":
                out.println(Messages.get("cli.version", Version.current()));
                return EXIT_OK;
            case "--convert":
                return new ConvertCommand(out, err).run(list.subList(1, list.size()));
            case "--export-png":
                return new DrawCommand(DrawCommand.Format.PNG, out, err).run(list.subList(1, list.size()));
            case "--export-svg":
                return new DrawCommand(DrawCommand.Format.SVG, out, err).run(list.subList(1, list.size()));
            case "--handout":
                return new HandoutCommand(out, err).run(list.subList(1, list.size()));
            case "--check":
                if (list.size() < 2) {
                    return usageError(err, Messages.get("cli.error.checkNeedsFile"));
                }
                return new CheckCommand(out).run(list.subList(1, list.size()));
            default:
                if (list.get(0).startsWith("--")) {
                    return usageError(err, Messages.get("cli.error.unknownOption", list.get(0)));
                }
                if (list.size() > 1) {
                    return usageError(err, Messages.get("cli.error.oneFile"));
                }
                return OPEN_WINDOW;
        }
    }

    static int usageError(PrintStream err, String message) {
        err.println(Messages.get("cli.error.prefix", message));
        err.print(Messages.get("cli.usage"));
        return EXIT_USAGE_OR_IO;
    }
}
