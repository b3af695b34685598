package org.chronoline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

/**
 * What a file looked like when Chronoline last read or wrote it: its modification time, size and
 * identity (a text editor that saves by writing a new file changes the identity). A different
 * stamp means someone else changed the file.
 */
public record FileStamp(long modifiedMillis, long size, Object fileKey) {

    /** The stamp of the file now, or null when it does not exist. */
    public static FileStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(a.lastModifiedTime().toMillis(), a.size(), a.fileKey());
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The stamp as lines of text, to be kept in a file and compared with another's ({@link #sameAs}):
     * its time, its size and its identity as the system writes it.
     */
    public List<String> lines() {
        return List.of(String.valueOf(modifiedMillis), String.valueOf(size), String.valueOf(fileKey));
    }

    /** Whether {@code lines}, as {@link #lines} wrote them for another stamp, describe this one. */
    public boolean sameAs(List<String> lines) {
        return lines().equals(lines);
    }

    /** True when {@code file} is no longer the file this stamp describes. */
    public boolean changedOnDisk(Path file) {
        return !Objects.equals(this, of(file));
    }
}
