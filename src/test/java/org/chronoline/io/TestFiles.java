package org.chronoline.io;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test files under {@code src/test/resources/files}. */
final class TestFiles {
    private TestFiles() {
    }

    static Path file(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/files/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test file " + name, e);
        }
    }
}
