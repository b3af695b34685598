package org.chronoline.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a timeline's bytes come from. It can be opened more than once: problems are located by
 * reading the text a second time, only when there are problems to locate.
 */
public interface TimelineSource {
    /** The name used in messages, normally the file name. */
    String name();

    InputStream open() throws IOException;

    /** Size in bytes, or -1 when unknown. */
    long size() throws IOException;

    /** The file on disk, or null for a source that is not a file. */
    default Path path() {
        return null;
    }

    static TimelineSource of(Path file) {
        Objects.requireNonNull(file, "file");
        return new TimelineSource() {
            @Override
            public String name() {
                Path name = file.getFileName();
                return name == null ? file.toString() : name.toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() throws IOException {
                return Files.size(file);
            }

            @Override
            public Path path() {
                return file;
            }
        };
    }

    static TimelineSource of(String name, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new TimelineSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }

            @Override
            public long size() {
                return copy.length;
            }
        };
    }
}
