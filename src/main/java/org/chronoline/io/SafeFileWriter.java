package org.chronoline.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.chronoline.text.Messages;

/**
 * Writes a file so that it is never left damaged, whatever fails: the new content goes to a
 * temporary file in the same folder and is forced to disk; the previous version is kept as
 * {@code NAME.bak}; then the temporary file atomically replaces the original. If any step fails,
 * the temporary file is removed, the original is byte for byte what it was, and the exception
 * says in words what went wrong. Saving over a file that someone else changed since it was read
 * is refused, and so is writing over a folder, a device, a pipe, or a file being read from
 * ({@link OutputTarget}); a link is written through to its target.
 *
 * <p>Temporary files are named {@code .NAME.<8 hex digits>.tmp} and locked while they are written.
 * If a save is killed halfway, its temporary file is left behind unlocked, and the next save or
 * open of NAME removes it ({@link #removeLeftovers}); nothing else is ever removed.
 *
 * <p>Each step is a method of {@link Steps}, so tests can make any of them fail halfway.
 */
public final class SafeFileWriter {
    /** Longest file name, in bytes of UTF-8, that the usual file systems take (ext4, APFS; NTFS counts 255 UTF-16 units). */
    private static final int MAX_NAME_BYTES = 255;
    private final Steps steps;

    /** Writes the new content of a file to a stream; may throw, and then nothing is replaced. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;

        static Content of(byte[] bytes) {
            return out -> out.write(bytes);
        }
    }

    public SafeFileWriter() {
        this(new Steps());
    }

    SafeFileWriter(Steps steps) {
        this.steps = steps;
    }

    /**
     * Replaces the timeline at {@code target} with {@code content}.
     *
     * @param expected the stamp of the file when it was opened or last saved, or null to overwrite
     *                 whatever is there (Save As, a new file)
     * @param backup   whether to keep the previous version as {@code NAME.bak}
     * @return the stamp of the file as saved
     */
    public FileStamp save(Path target, byte[] content, FileStamp expected, boolean backup) throws SaveFailedException {
        FileStamp unchanged = alreadyHolding(target, content, expected);
        if (unchanged != null) {
            return unchanged;
        }
        FileStamp written = write(target, Content.of(content), expected, backup, List.of(), null);
        return written == null ? null : written.holding(content);
    }

    /**
     * The file's stamp when it is as this window last saw it and already holds exactly {@code content}
     * (saved again with nothing changed, or edits undone back to what is saved); otherwise null. Then
     * nothing is written and the backup stays the version before the last change: written again, the
     * backup became a copy of the file, and that version was gone.
     */
    private static FileStamp alreadyHolding(Path target, byte[] content, FileStamp expected) {
        if (expected == null) {
            return null;
        }
        try {
            Path file = OutputTarget.resolve(target, List.of());
            if (!Files.isRegularFile(file) || expected.changedOnDisk(file) || Files.size(file) != content.length
                    || !Arrays.equals(Files.readAllBytes(file), content)) {
                return null;
            }
            FileStamp now = FileStamp.of(file);
            return now == null ? null : now.holding(content);
        } catch (IOException | RuntimeException e) {
            return null; // written as any save is, which says what is wrong
        }
    }

    /**
     * Writes a copy of a file's content beside it ({@code NAME.recovery}): with the file's own
     * permissions when the copy is new (a copy of a private file was readable by everyone), and never
     * through a link in the copy's place, which is replaced by the copy itself (a link unpacked from an
     * archive beside a timeline made the copy of its edits overwrite the file it pointed to).
     */
    public FileStamp saveCopy(Path copy, byte[] content, Path original) throws SaveFailedException {
        Path own = copy.toAbsolutePath();
        try {
            if (Files.isSymbolicLink(own)) {
                Files.delete(own);
            }
        } catch (IOException e) {
            throw new SaveFailedException(own.getFileName().toString(), SaveReasons.of(e), e);
        }
        return write(own, Content.of(content), null, false, List.of(), original.toAbsolutePath());
    }

    /**
     * Writes an export or a conversion: an existing file is kept as {@code NAME.bak}, and none of
     * {@code inputs} (the files the export was made from) may be written over. A command line's
     * {@code -} is its standard output ({@link StandardOutput}); then there is no stamp.
     */
    public FileStamp export(Path target, Content content, Collection<Path> inputs) throws SaveFailedException {
        if (StandardOutput.is(target)) {
            OutputTarget.checkStandardOutput(inputs);
            StandardOutput.write(content);
            return null;
        }
        return write(target, content, null, true, inputs, null);
    }

    /**
     * Checks, before anything slow is drawn or written, that {@link #export} could write to
     * {@code target}; throws the same refusal it would.
     */
    public static void checkTarget(Path target, Collection<Path> inputs) throws SaveFailedException {
        if (!StandardOutput.is(target)) {
            OutputTarget.resolve(target, inputs);
        } else {
            OutputTarget.checkStandardOutput(inputs);
        }
    }

    /** @param permissionsFrom whose permissions a new file takes (null: the umask's) */
    private FileStamp write(Path requested, Content content, FileStamp expected, boolean backup, Collection<Path> inputs,
            Path permissionsFrom) throws SaveFailedException {
        Path file = OutputTarget.resolve(requested, inputs);
        Path folder = file.getParent();
        String name = requested.getFileName().toString();
        if (expected != null && Files.exists(file) && expected.changedOnDisk(file)) {
            throw new ChangedOnDiskException(name);
        }
        removeLeftovers(file);
        Path temporary = temporaryFor(file);
        boolean existed = Files.exists(file);
        Path keptBackup = null;
        Path replacing = null;
        try {
            boolean exists = existed;
            Set<PosixFilePermission> permissions = exists ? steps.permissionsOf(file)
                    : permissionsFrom != null && Files.isRegularFile(permissionsFrom) ? ownersToWrite(steps.permissionsOf(permissionsFrom))
                    : null;
            steps.write(temporary, content, permissions);
            if (exists) {
                keepGroup(file, temporary);
            } else if (permissionsFrom != null && Files.isRegularFile(permissionsFrom)) {
                keepGroup(permissionsFrom, temporary); // a recovery copy of a group's timeline is the group's, not the owner's
            }
            // The folder took the temporary file: from here on, a refusal is the file's being replaced, not the folder's.
            if (backup && exists) {
                keptBackup = keepUntilReplaced(backupOf(file));
                replacing = backupOf(file);
                steps.backup(file, backupOf(file), permissions);
                keepGroup(file, backupOf(file));
            }
            replacing = file;
            steps.replace(temporary, file);
            replacing = null;
            steps.syncFolder(folder);
            deleteQuietly(keptBackup);
            return FileStamp.of(file);
        } catch (IOException | RuntimeException | Error e) {
            // Out of memory too (a picture too large for it, drawn while the file is written): the file is left as it was.
            deleteQuietly(temporary);
            if (keptBackup != null) {
                try {
                    // The file is what it was: so is its backup (the copy of the file made for it is replaced).
                    Files.move(keptBackup, backupOf(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException ignored) {
                    deleteQuietly(keptBackup); // the backup is then a copy of the file as it still is
                }
            }
            if (e instanceof SaveFailedException) {
                throw (SaveFailedException) e;
            }
            if (e instanceof Error && !OutOfMemory.caused(e)) {
                throw (Error) e;
            }
            if (!existed && !Files.exists(file)) {
                throw SaveFailedException.forNewFile(name, folder, SaveReasons.of(e), e);
            }
            if (replacing != null && SaveReasons.refusedToReplace(e, replacing)) {
                // Made unchangeable (chattr +i), held open by another program (Windows), another user's in a shared
                // folder: the folder, which took the temporary file, is not the cause.
                throw new SaveFailedException(name, replacing.equals(file) ? Messages.get("save.reason.fileLocked")
                        : Messages.get("save.reason.backupLocked", replacing.getFileName()), e);
            }
            throw new SaveFailedException(name, SaveReasons.of(e), e);
        }
    }

    /**
     * A second name for the backup there is, under a temporary name beside it, so that a save whose replacing fails
     * (a file made unchangeable, a disk gone) can put it back: the new backup, a copy of the file, went over it first,
     * and the version it kept was lost. Null where there is none, or the file system has no second names (FAT).
     * Left behind by a save killed meanwhile, it is removed as a leftover by the next one ({@link #removeLeftovers}).
     */
    private static Path keepUntilReplaced(Path backup) {
        if (!Files.isRegularFile(backup, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path kept = temporaryFor(backup);
        try {
            return Files.createLink(kept, backup);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Left behind, it is removed by the next save of this file.
        }
    }

    /**
     * Gives {@code to} the group of {@code from}: the new version of a file shared with a group (a
     * class's folder) stayed readable by the owner alone, in the owner's own group. Where the user
     * is not in that group, the file keeps the user's, as any new file would.
     */
    private static void keepGroup(Path from, Path to) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (view != null) {
                GroupPrincipal group = Files.readAttributes(from, PosixFileAttributes.class).group();
                if (!group.equals(view.readAttributes().group())) {
                    view.setGroup(group);
                }
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not a member of that group: the user's own, as for any new file.
        }
    }

    /**
     * A copy's permissions from its original's, with the owner's reading and writing: a read-only
     * timeline's copy was read-only too, and every later copy of its edits was refused.
     */
    private static Set<PosixFilePermission> ownersToWrite(Set<PosixFilePermission> permissions) {
        if (permissions == null) {
            return null;
        }
        Set<PosixFilePermission> own = EnumSet.noneOf(PosixFilePermission.class);
        own.addAll(permissions);
        own.add(PosixFilePermission.OWNER_READ);
        own.add(PosixFilePermission.OWNER_WRITE);
        return own;
    }

    /** A new temporary name beside {@code file}: {@code .NAME.<8 hex digits>.tmp}. */
    static Path temporaryFor(Path file) {
        String hex = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        return file.resolveSibling("." + temporaryStem(file.getFileName().toString()) + "." + hex + ".tmp");
    }

    /**
     * Where writing over {@code file} keeps the file it replaces: FILE.bak beside it. A name too long
     * for the suffix (file systems take 255 bytes) is shortened for it, never inside a character.
     */
    public static Path backupOf(Path file) {
        String name = file.getFileName().toString();
        String stem = shortened(name, MAX_NAME_BYTES - ".bak".length());
        if ((stem + ".bak").equals(name)) {
            // A name of 255 bytes ending in ".bak" would be its own backup: one character less.
            stem = shortened(stem, stem.getBytes(StandardCharsets.UTF_8).length - 1);
        }
        return file.resolveSibling(stem + ".bak");
    }

    /**
     * The part of a temporary file's name that comes from {@code name}: all of it, or as much as
     * leaves room for the dots and the 8 hex digits and ".tmp" (a name of 242 bytes or more could not
     * be saved at all: its temporary file's name was too long).
     */
    private static String temporaryStem(String name) {
        return shortened(name, MAX_NAME_BYTES - ".".length() - ".12345678.tmp".length());
    }

    /** {@code name} cut to at most {@code maxBytes} bytes of UTF-8, at a character's end (an emoji is never halved). */
    public static String shortened(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int c = name.codePointAt(end);
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(c);
        }
        return name.substring(0, end);
    }

    /**
     * Removes temporary files that earlier saves of {@code file} left behind when they were killed:
     * only names of this class's own pattern, only plain files, and only those no running save
     * holds locked. Returns how many were removed.
     */
    public static int removeLeftovers(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        String name = temporaryStem(file.getFileName().toString());
        // The file's own temporaries, and those of its backup (whose stem, shortened, may end inside ".bak").
        String backup = temporaryStem(backupOf(file).getFileName().toString());
        // The eight hex digits are not optional: ".out.json.tmp" may be someone else's, and the README promises it is left alone.
        Pattern ours = Pattern.compile("\\.(" + Pattern.quote(name) + "(\\.bak)?|" + Pattern.quote(backup) + ")\\.[0-9a-f]{8}\\.tmp");
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "." + globEscape(name) + "*.tmp")) {
            for (Path entry : entries) {
                if (ours.matcher(entry.getFileName().toString()).matches() && removeIfAbandoned(entry)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers are hidden and harmless; the save or open goes on.
        }
        return removed;
    }

    private static boolean removeIfAbandoned(Path entry) throws IOException {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            // An empty folder of our name was made by an earlier version that copied a folder as a backup.
            try (DirectoryStream<Path> inside = Files.newDirectoryStream(entry)) {
                if (inside.iterator().hasNext()) {
                    return false;
                }
            }
            Files.delete(entry);
            return true;
        }
        if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(entry, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false; // another program's save is writing it
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            return false; // a save in this program is writing it
        }
        return Files.deleteIfExists(entry);
    }

    private static String globEscape(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /** The steps of a save; tests override one to make it fail. */
    static class Steps {
        /** The original's permissions, less write access for others, or null where there are none. */
        Set<PosixFilePermission> permissionsOf(Path file) throws IOException {
            if (!Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
                return null;
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            permissions.remove(PosixFilePermission.OTHERS_WRITE);
            return permissions;
        }

        /**
         * Writes the temporary file, locked so that no other save takes it for a leftover, and forces
         * it to disk. A new file gets the permissions the user's umask gives any new file.
         */
        void write(Path temporary, Content content, Set<PosixFilePermission> permissions) throws IOException {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                if (permissions != null) {
                    Files.setPosixFilePermissions(temporary, permissions);
                }
                // Not closed: closing would close the channel before it is forced.
                BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
        }

        /** Copies the current file to {@code NAME.bak}, atomically, through a temporary file of its own. */
        void backup(Path file, Path backup, Set<PosixFilePermission> permissions) throws IOException {
            boolean replaceable = !Files.exists(backup, LinkOption.NOFOLLOW_LINKS)
                    || Files.isRegularFile(backup, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(backup);
            if (!replaceable) {
                throw new SaveFailedException(file.getFileName().toString(),
                        Messages.get("save.reason.backupBlocked", backup.getFileName()), null);
            }
            Path temporary = temporaryFor(backup);
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                     FileLock lock = channel.tryLock()) {
                    if (permissions != null) {
                        Files.setPosixFilePermissions(temporary, permissions);
                    }
                    try (FileChannel source = FileChannel.open(file, StandardOpenOption.READ)) {
                        long size = source.size();
                        for (long done = 0; done < size; ) {
                            done += source.transferTo(done, size - done, channel);
                        }
                    }
                    channel.force(true);
                }
                Files.move(temporary, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
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
