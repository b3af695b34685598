package org.chronoline.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.chronoline.model.TimelineDocument;

/**
 * Unsaved edits kept safe while the user works: every so often the window writes the edited
 * document to {@code NAME.recovery} beside the file (atomically, with the file's permissions). If
 * Chronoline stops without saving, the next start finds it and offers to restore it; saving or
 * discarding the edits removes it.
 */
public final class RecoveryFiles {
    private final SafeFileWriter writer = new SafeFileWriter();

    /**
     * Where the recovery file of a document lives: beside the file itself, where a link to it leads
     * (as its backup). Beside the link, the copy was not offered when the file was opened by its
     * own name, nor through another link.
     */
    public static Path pathFor(Path document) {
        Path file = document.toAbsolutePath();
        try {
            file = file.toRealPath();
        } catch (IOException notThere) {
            // Not there (yet): its name as given.
        }
        return besideAsNamed(file);
    }

    /** Beside the document as named, link or not: where copies were kept before they followed links. */
    private static Path besideAsNamed(Path document) {
        Path file = document.toAbsolutePath();
        return file.resolveSibling(file.getFileName() + ".recovery");
    }

    /**
     * Writes the copy beside the file or, where it cannot be (a folder the user may not write in, a
     * name with no room for ".recovery"), in the user's data folder ({@link #elsewhereFor}): there
     * was then no copy at all, without a word, and a crash lost the edits.
     */
    public void write(Path document, TimelineDocument edited) throws SaveFailedException {
        write(document, edited, null);
    }

    /**
     * The same, with what the file was when the edits began from it ({@code base}: as read or saved,
     * or a change on disk the user chose to keep their version over; null for a timeline with no
     * file), kept beside the copy as {@code NAME.recovery.base}: a copy written after another
     * program changed the file, while the window's question about it was open, was newer than the
     * change, and was offered back as any other, with nothing said; restored and saved, it replaced
     * the other program's change ({@link #changedSince}).
     */
    public void write(Path document, TimelineDocument edited, FileStamp base) throws SaveFailedException {
        byte[] bytes = TimelineFileWriter.toBytes(edited);
        Path copy = pathFor(document);
        try {
            writer.saveCopy(copy, bytes, document);
        } catch (SaveFailedException beside) {
            copy = elsewhereFor(document);
            try {
                Files.createDirectories(copy.getParent());
            } catch (IOException e) {
                throw beside;
            }
            writer.saveCopy(copy, bytes, document);
        }
        writeBase(copy, document, base);
    }

    /** Where what the file was when a copy's edits began is kept. */
    private static Path baseOf(Path copy) {
        return copy.resolveSibling(copy.getFileName() + ".base");
    }

    private void writeBase(Path copy, Path document, FileStamp base) {
        Path at = baseOf(copy);
        try {
            if (base == null) {
                Files.deleteIfExists(at);
            } else {
                writer.saveCopy(at, (String.join("\n", base.lines()) + "\n").getBytes(StandardCharsets.UTF_8), document);
            }
        } catch (IOException e) {
            // Without it, the copy is offered as an older Chronoline's was: by the times of the copy and of the file.
        }
    }

    /**
     * Whether {@code document} is no longer what it was when the edits in its copy began (another
     * program, a sync, changed it since): restored and saved, they would replace that change. Null
     * when the copy does not say (an older Chronoline's, a timeline with no file, a base unreadable).
     */
    public Boolean changedSince(Path copy, Path document) {
        List<String> lines;
        try {
            lines = Files.readAllLines(baseOf(copy), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        if (lines.size() < 3) {
            return null;
        }
        FileStamp now = FileStamp.of(document);
        return now == null || !now.sameAs(lines);
    }

    /**
     * Where a document's copy goes when it cannot be beside it: the user's data folder, under a name
     * made from the file's real path (as its lock's is) and the start of its own name.
     */
    static Path elsewhereFor(Path document) {
        // At most 60 bytes of its name, whole characters: 80 Chinese characters were 240 bytes, and the name too long again.
        String start = SafeFileWriter.shortened(String.valueOf(document.getFileName()), 60);
        String key = OpenFiles.lockName(document).replace(".lock", "");
        return UserFolders.data().toAbsolutePath().resolve("recovery").resolve(key + "-" + start + ".recovery");
    }

    /**
     * The recovery file of a document, when there is one: a file of its own, never a link. Older than
     * the document or not: a copy is left only when Chronoline stopped with unsaved edits, and the
     * document may have been touched since (a sync, a checkout) without them. Such a copy was passed
     * over, then written over by the next edits' copy, and the work in it lost unoffered.
     */
    public Optional<Path> find(Path document) {
        Path newest = null;
        for (Path recovery : places(document)) {
            if (Files.isRegularFile(recovery, LinkOption.NOFOLLOW_LINKS) && (newest == null || modified(recovery) > modified(newest))) {
                newest = recovery;
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Every place a document's copy may be, the usual first. */
    private static List<Path> places(Path document) {
        return List.of(pathFor(document), besideAsNamed(document), elsewhereFor(document));
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    /**
     * Moves a recovery copy out of the way, beside it, under a name of its own that says why and
     * when ({@code events.json.recovery-unreadable-20261202-235901}), where nothing Chronoline does
     * later writes over it or removes it. Returns where it went.
     */
    public Path setAside(Path recoveryCopy, String why) throws IOException {
        return setAside(recoveryCopy, why, "");
    }

    /**
     * The same, for a copy to be opened later as the timeline it is: its name ends in {@code .json}
     * ({@code events.json.recovery-kept-20261203-141500.json}), which the Open dialog lists.
     */
    public Path setAsideAsTimeline(Path recoveryCopy, String why) throws IOException {
        return setAside(recoveryCopy, why, ".json");
    }

    private Path setAside(Path recoveryCopy, String why, String ending) throws IOException {
        Path copy = recoveryCopy.getFileName().toString().endsWith(".recovery") ? recoveryCopy : pathFor(recoveryCopy);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = copy.resolveSibling(copy.getFileName() + "-" + why + "-" + stamp + ending);
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = copy.resolveSibling(copy.getFileName() + "-" + why + "-" + stamp + "-" + n + ending);
        }
        Path moved = Files.move(copy, aside);
        Files.deleteIfExists(baseOf(copy));
        return moved;
    }

    public void delete(Path document) {
        for (Path recovery : places(document)) {
            try {
                if (Files.isRegularFile(recovery, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(recovery);
                }
                if (Files.isRegularFile(baseOf(recovery), LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(baseOf(recovery));
                }
            } catch (IOException e) {
                // A recovery file that cannot be removed is offered again next time; the user can decline.
            }
        }
    }
}
