package org.chronoline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.chronoline.text.Messages;

/**
 * Decides where a save or an export really writes, before a byte is written, and refuses what
 * must never be written over: a folder, a device, a pipe or a socket (writing a file there would
 * replace the device with a file, or block forever), and any file the command is reading from,
 * however it is named (compared as files, through links and hard links, not as text). A symbolic
 * link is written through: its target gets the new content and the link stays a link.
 */
final class OutputTarget {
    /** More links than this in a chain is a loop. */
    private static final int MAX_LINKS = 40;

    private OutputTarget() {
    }

    /**
     * The file to replace for {@code requested}: the end of its chain of links, in a folder that exists.
     *
     * @param inputs files the caller reads from; none of them may be the target, nor the backup
     *               that writing over the target keeps
     * @throws SaveFailedException saying, in words, why nothing may be written there
     */
    static Path resolve(Path requested, Collection<Path> inputs) throws SaveFailedException {
        Path file = followLinks(requested.toAbsolutePath());
        String name = requested.getFileName() == null ? requested.toString() : requested.getFileName().toString();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            // No file there to be unchanged: "nothing was written", as for any new file.
            throw SaveFailedException.forNewFile(name, folder == null ? file : folder,
                    Messages.get("save.reason.noSuchFolder", folder == null ? file : folder), null);
        }
        try {
            file = folder.toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            throw refused(name, SaveReasons.of(e));
        }
        BasicFileAttributes attributes = attributes(file);
        if (attributes != null && attributes.isDirectory()) {
            throw refused(name, Messages.get("save.reason.folder"));
        }
        if (attributes != null && !attributes.isRegularFile()) {
            // Named as given: a device's own name says nothing ("Could not save null", for /dev/null).
            throw refused(requested.toString(), Messages.get("save.reason.notRegular"));
        }
        if (attributes != null && isProtected(file)) {
            throw refused(name, Messages.get("save.reason.readOnlyFile"));
        }
        if (attributes != null) {
            Path backup = SafeFileWriter.backupOf(file);
            for (Path input : inputs) {
                if (input != null && sameFile(file, input)) {
                    throw refused(name, Messages.get("save.reason.isInput"));
                }
                // Writing over the file keeps it as FILE.bak, in place of the file being read from.
                if (input != null && sameFile(backup, input)) {
                    throw refused(name, Messages.get("save.reason.backupIsInput", backup.getFileName()));
                }
            }
        }
        return file;
    }

    /** Why {@code file} cannot be read as a timeline or spreadsheet, or null when it is an ordinary file (or missing). */
    static String notReadable(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // reading it reports what is wrong
        }
        if (attributes.isDirectory()) {
            return Messages.get("problem.io.folder");
        }
        return attributes.isRegularFile() ? null : Messages.get("problem.io.notRegular");
    }

    private static Path followLinks(Path path) throws SaveFailedException {
        Path current = path;
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(current)) {
                return current;
            }
            try {
                Path target = Files.readSymbolicLink(current);
                current = current.resolveSibling(target).toAbsolutePath();
            } catch (IOException e) {
                throw refused(String.valueOf(path.getFileName()), SaveReasons.of(e));
            }
        }
        throw refused(String.valueOf(path.getFileName()), Messages.get("save.reason.linkLoop"));
    }

    private static BasicFileAttributes attributes(Path file) throws SaveFailedException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw refused(String.valueOf(file.getFileName()), SaveReasons.of(e));
        }
    }

    /**
     * Whether the file is marked read-only: no write permission for anyone (mode r--r--r--), or the
     * read-only attribute on Windows. Its owner protected it, and a save, which writes a new file and
     * renames it over the old one, would go around that: a writable folder allows the rename, and
     * root may do anything. A file that is only someone else's (mode 644 in a shared folder) is not
     * marked, and is written as before.
     */
    public static boolean isProtected(Path file) {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                return !permissions.contains(PosixFilePermission.OWNER_WRITE) && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                        && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
            }
            DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
            return dos != null && dos.readAttributes().isReadOnly();
        } catch (IOException e) {
            return false; // the write itself says what is wrong
        }
    }

    /** How the system names this process's standard output as a file: Linux and macOS; Windows has no such name. */
    private static final List<Path> STANDARD_OUTPUT = List.of(Path.of("/dev/fd/1"), Path.of("/proc/self/fd/1"));

    /**
     * Refuses the standard output when the shell has made it one of {@code inputs}
     * ({@code convert a.json - >> a.json}): the file was read whole and then had a second timeline
     * written after its end, and no longer opened.
     */
    static void checkStandardOutput(Collection<Path> inputs) throws SaveFailedException {
        Path out = STANDARD_OUTPUT.stream().filter(Files::exists).findFirst().orElse(null);
        if (out == null) {
            return;
        }
        for (Path input : inputs) {
            if (input != null && sameFile(out, input)) {
                throw refused(StandardOutput.NAME, Messages.get("save.reason.isInput"));
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static SaveFailedException refused(String name, String reason) {
        return new SaveFailedException(name, reason, null);
    }
}
