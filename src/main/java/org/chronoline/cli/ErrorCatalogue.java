package org.chronoline.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import org.chronoline.text.Messages;

/**
 * Where the catalogue of every message is, as the help names it: installed, the copy beside the app, in the reader's
 * language where there is one (the help had named docs/errors.md, a file of the project's that no installed
 * Chronoline has); run from the project or a downloaded jar, the project's {@code docs/errors.md}.
 */
final class ErrorCatalogue {
    /** The catalogue in the project, and in an app image beside its jar. */
    static final String IN_PROJECT = "docs/errors.md";

    private ErrorCatalogue() {
    }

    static String location() {
        Path app = appFolder();
        if (app != null) {
            Path docs = app.resolve("docs");
            for (String name : List.of("errors." + Messages.locale().getLanguage() + ".md", "errors.md")) {
                if (Files.isRegularFile(docs.resolve(name))) {
                    return docs.resolve(name).toString();
                }
            }
        }
        return IN_PROJECT;
    }

    /** The folder of the jar Chronoline runs from; null when it runs from classes (the tests) or cannot tell. */
    private static Path appFolder() {
        try {
            CodeSource source = ErrorCatalogue.class.getProtectionDomain().getCodeSource();
            Path from = source == null ? null : Path.of(source.getLocation().toURI());
            return from != null && Files.isRegularFile(from) ? from.toAbsolutePath().getParent() : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
