package org.chronoline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * What a file looked like when Chronoline last read or wrote it: its modification time, size and
 * identity (a text editor that saves by writing a new file changes the identity), and, when the
 * content was read or written whole, its checksum. A different time, size or identity means someone
 * else changed the file; so does, asked before a save, a different checksum under the same three
 * (a copy made with {@code rsync --inplace --times}, a program that puts the time back after writing).
 */
public record FileStamp(long modifiedMillis, long size, Object fileKey, long checksum) {
    /** The checksum of a stamp whose content was not read: {@link #changedOnDisk} goes by the other three. */
    public static final long NO_CHECKSUM = -1;

    /** The stamp of the file now, without its content's checksum, or null when it does not exist. */
    public static FileStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(a.lastModifiedTime().toMillis(), a.size(), a.fileKey(), NO_CHECKSUM);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * This stamp with the checksum of {@code content}, which the file was just written with or found
     * to hold; unchanged when the sizes differ (another program wrote in between).
     */
    public FileStamp holding(byte[] content) {
        return size != content.length ? this : withChecksum(checksum(content));
    }

    /** This stamp with the checksum of the content read or written ({@link LoadResult#checksum}). */
    public FileStamp withChecksum(long content) {
        return new FileStamp(modifiedMillis, size, fileKey, content);
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

    /** Whether {@code other} has this stamp's time, size and identity (their checksums are not compared). */
    public boolean sameFileAs(FileStamp other) {
        return other != null && modifiedMillis == other.modifiedMillis && size == other.size
                && Objects.equals(fileKey, other.fileKey);
    }

    /**
     * True when {@code file} is no longer the file this stamp describes: its time, size or identity
     * differ, or, when this stamp has a checksum, its content does. That reads the file through, so
     * it is asked before a save, not by the watcher.
     */
    public boolean changedOnDisk(Path file) {
        if (!sameFileAs(of(file))) {
            return true;
        }
        if (checksum == NO_CHECKSUM) {
            return false;
        }
        long now = checksumOf(file);
        return now != NO_CHECKSUM && now != checksum; // unreadable now: the writing says what is wrong
    }

    private static long checksum(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content);
        return crc.getValue();
    }

    /** The checksum of the file's content, or {@link #NO_CHECKSUM} when it cannot be read. */
    private static long checksumOf(Path file) {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
            return crc.getValue();
        } catch (IOException e) {
            return NO_CHECKSUM;
        }
    }
}
