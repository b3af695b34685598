package org.chronoline.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.chronoline.text.Messages;

/**
 * Saves a file so that it is never left damaged, whatever fails: the new content goes to a
 * temporary file in the same folder and is forced to disk; the previous version is kept as
 * {@code NAME.bak}; then the temporary file atomically replaces the original. If any step fails,
 * the temporary file is removed, the original is byte for byte what it was, and the exception
 * says what went wrong. Saving over a file that someone else changed since it was read is refused.
 *
 * <p>Each step is a method of {@link Steps}, so tests can make any of them fail halfway.
 */
public final class SafeFileWriter {
    private final Steps steps;

    public SafeFileWriter() {
        this(new Steps());
    }

    SafeFileWriter(Steps steps) {
        this.steps = steps;
    }

    /**
     * Replaces {@code target} with {@code content}.
     *
     * @param expected the stamp of the file when it was opened or last saved, or null to overwrite
     *                 whatever is there (Save As, a new file)
     * @param backup   whether to keep the previous version as {@code NAME.bak}
     * @return the stamp of the file as saved
     */
    public FileStamp save(Path target, byte[] content, FileStamp expected, boolean backup) throws SaveFailedException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        if (expected != null && Files.exists(file) && expected.changedOnDisk(file)) {
            throw new ChangedOnDiskException(Messages.get("save.changedOnDisk", name));
        }
        Path temporary = folder.resolve("." + name + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        try {
            Set<PosixFilePermission> permissions = steps.permissionsOf(file);
            steps.write(temporary, content, permissions);
            if (backup && Files.exists(file)) {
                steps.backup(file, folder.resolve(name + ".bak"), permissions);
            }
            steps.replace(temporary, file);
            steps.syncFolder(folder);
            return FileStamp.of(file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The temporary file is hidden and harmless; the failure that matters is reported.
            }
            throw new SaveFailedException(Messages.get("save.failed", name, reason(e)), e);
        }
    }

    /** Words for why a save failed: permission, a full disk, a missing folder, or the system's own message. */
    static String reason(Exception e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || text.contains("read-only") || text.contains("permission denied")) {
            return Messages.get("save.reason.denied");
        }
        if (text.contains("no space") || text.contains("disk full") || text.contains("quota")) {
            return Messages.get("save.reason.full");
        }
        if (e instanceof NoSuchFileException) {
            return Messages.get("save.reason.noFolder");
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** The steps of a save; tests override one to make it fail. */
    static class Steps {
        /** The original's permissions, less write access for others, or null where there are none. */
        Set<PosixFilePermission> permissionsOf(Path file) throws IOException {
            if (!Files.exists(file) || !Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
                return null;
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            permissions.remove(PosixFilePermission.OTHERS_WRITE);
            return permissions;
        }

        void write(Path temporary, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                if (permissions != null) {
                    Files.setPosixFilePermissions(temporary, permissions);
                }
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        }

        void backup(Path file, Path backup, Set<PosixFilePermission> permissions) throws IOException {
            Path temporary = backup.resolveSibling("." + backup.getFileName() + ".tmp");
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
            if (permissions != null) {
                Files.setPosixFilePermissions(temporary, permissions);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        void replace(Path temporary, Path file) throws IOException {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        /** Makes the rename itself durable; not every system allows it, and then the rename stands as it is. */
        void syncFolder(Path folder) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException | UnsupportedOperationException e) {
                // best effort
            }
        }
    }
}
