package org.chronoline.cli;

import java.nio.file.Path;
import org.chronoline.text.Messages;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a picture, a handout or a page is written: {@code --out OUT}, or OUT after the timeline, as
 * {@code --convert IN OUT} takes it (a user who typed {@code --publish IN OUT} was told the command
 * needs --out). Each command declares both, neither required, and asks here which was given.
 */
final class OutFile {
    private OutFile() {
    }

    /**
     * The file named, or {@code -} for the standard output; a mistake in the arguments when it is
     * named twice or not at all.
     */
    static Path chosen(CommandSpec command, Path option, Path afterFile) {
        String label = command.findOption("--out").paramLabel();
        if (option != null && afterFile != null) {
            throw ChronolineCli.usage(command, Messages.get("cli.error.outTwice", command.name(), label));
        }
        if (option == null && afterFile == null) {
            throw ChronolineCli.usage(command, Messages.get("cli.error.needs", command.name(), "--out " + label));
        }
        return option != null ? option : afterFile;
    }
}
