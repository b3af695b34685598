package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever fails during a save, the original file is byte for byte what it was, and the user is told why. */
class SafeFileWriterTest {
    private static final byte[] ORIGINAL = "{\"version\": 1, \"title\": \"Original\", \"events\": []}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EDITED = "{\"version\": 1, \"title\": \"Edited\", \"events\": []}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Path file;
    FileStamp stamp;

    @BeforeEach
    void createOriginal() throws IOException {
        file = dir.resolve("events.json");
        Files.write(file, ORIGINAL);
        stamp = FileStamp.of(file);
    }

    /**
     * A timeline shared with a group (a class's folder) keeps its group, and so does its backup: the
     * new version came in the owner's own group, and the group could no longer read it.
     */
    @Test
    void aSaveKeepsTheFilesGroup() throws IOException {
        var view = Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
        org.junit.jupiter.api.Assumptions.assumeTrue(view != null, "a system with groups");
        java.nio.file.attribute.GroupPrincipal own = view.readAttributes().group();
        java.nio.file.attribute.GroupPrincipal shared = null;
        for (String name : new String[] {"users", "daemon", "staff", "nogroup"}) {
            try {
                java.nio.file.attribute.GroupPrincipal candidate = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName(name);
                if (!candidate.equals(own)) {
                    view.setGroup(candidate);
                    shared = candidate;
                    break;
                }
            } catch (IOException notThisOne) {
                // not a group here, or not one this user is in
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "a second group this user is in");

        new SafeFileWriter().save(file, EDITED, FileStamp.of(file), true);

        assertThat(Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class).group()).isEqualTo(shared);
        assertThat(Files.readAttributes(dir.resolve("events.json.bak"), java.nio.file.attribute.PosixFileAttributes.class).group())
                .isEqualTo(shared);
    }

    @Test
    void replacesTheFileAndKeepsThePreviousVersionAsBackup() throws IOException {
        FileStamp saved = new SafeFileWriter().save(file, EDITED, stamp, true);

        assertThat(Files.readAllBytes(file)).isEqualTo(EDITED);
        assertThat(Files.readAllBytes(dir.resolve("events.json.bak"))).isEqualTo(ORIGINAL);
        assertThat(saved).isEqualTo(FileStamp.of(file).holding(Files.readAllBytes(file)));
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("events.json", "events.json.bak");
    }

    /**
     * Saved again with nothing changed (or with edits undone back to what is saved), the file is not
     * written, and its backup stays the version before the last change: it became a copy of the file,
     * and that version was gone (an editor's walk-through).
     */
    @Test
    void savingWhatTheFileAlreadyHoldsWritesNothingAndKeepsTheBackup() throws IOException {
        SafeFileWriter writer = new SafeFileWriter();
        writer.save(file, EDITED, stamp, true);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        FileStamp saved = FileStamp.of(file);
        Object identity = saved.fileKey();

        FileStamp again = writer.save(file, EDITED, saved, true);

        assertThat(again.sameFileAs(saved)).as("the same file, not written").isTrue();
        assertThat(FileStamp.of(file).fileKey()).isEqualTo(identity);
        assertThat(Files.readAllBytes(dir.resolve("events.json.bak"))).as("the version before the last change").isEqualTo(ORIGINAL);
        // Changed on disk since: refused as before, though it holds the same.
        Files.write(file, EDITED);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.save(file, EDITED, saved, true))
                .isInstanceOf(ChangedOnDiskException.class);
    }

    /**
     * A file with a second name (a hard link) is replaced whole under the name it was saved by, as the
     * README says: the other name keeps the previous version, each of the two whole, never a mix.
     */
    @Test
    void aHardLinkedFileIsReplacedWholeAndItsOtherNameKeepsThePreviousVersion() throws IOException {
        Path other = Files.createLink(dir.resolve("class-copy.json"), file);

        new SafeFileWriter().save(file, EDITED, stamp, true);

        assertThat(Files.readAllBytes(file)).isEqualTo(EDITED);
        assertThat(Files.readAllBytes(other)).isEqualTo(ORIGINAL);
        assertThat(Files.readAllBytes(dir.resolve("events.json.bak"))).isEqualTo(ORIGINAL);
    }

    /**
     * A name up to the 255 bytes a file system takes can be saved, and saved over with its backup:
     * the temporary file's suffix made any name of 242 bytes or more fail ("File name too long"),
     * and the window suggests 80 letters of a title, 240 bytes in Chinese.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a", "冷", "😀"})
    void aNameAsLongAsTheFileSystemTakesCanBeSavedAndSavedOver(String letter) throws IOException {
        int size = letter.getBytes(StandardCharsets.UTF_8).length;
        Path longest = dir.resolve(letter.repeat((255 - ".json".length()) / size) + ".json");
        Files.write(longest, ORIGINAL);

        new SafeFileWriter().save(longest, EDITED, FileStamp.of(longest), true);
        new SafeFileWriter().save(longest, ORIGINAL, FileStamp.of(longest), true);

        assertThat(Files.readAllBytes(longest)).isEqualTo(ORIGINAL);
        Path backup = SafeFileWriter.backupOf(longest);
        assertThat(Files.readAllBytes(backup)).as("the previous version").isEqualTo(EDITED);
        assertThat(backup.getFileName().toString()).endsWith(".bak").startsWith(letter.repeat(10));
        assertThat(backup.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(dir.toFile().list()).as("no temporary file left").hasSize(3);
    }

    /**
     * Names near the limit: 255 bytes ending in ".bak" (its backup was itself, so none was kept),
     * and 238-240 bytes, whose backup's temporary name is cut inside ".bak" (a save killed then left
     * it behind for good).
     */
    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {238, 239, 240, 241, 251, 252, 255})
    void namesNearTheLimitKeepTheirOwnBackupAndLeaveNothingBehind(int bytes) throws IOException {
        String name = "n".repeat(bytes - ".bak".length()) + ".bak";
        Path near = dir.resolve(name);
        Files.write(near, ORIGINAL);

        new SafeFileWriter().save(near, EDITED, FileStamp.of(near), true);

        Path backup = SafeFileWriter.backupOf(near);
        assertThat(backup).as("a backup of its own").isNotEqualTo(near);
        assertThat(Files.readAllBytes(near)).isEqualTo(EDITED);
        assertThat(Files.readAllBytes(backup)).isEqualTo(ORIGINAL);

        // A save killed while it copied the backup leaves that copy's temporary: the next save of the file removes it.
        Path leftover = SafeFileWriter.temporaryFor(backup);
        Files.write(leftover, ORIGINAL);
        assertThat(SafeFileWriter.removeLeftovers(near)).isEqualTo(1);
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOriginalAndNoTemporaryFile() {
        SafeFileWriter failing = new SafeFileWriter(new SafeFileWriter.Steps() {
            @Override
            void write(Path temporary, SafeFileWriter.Content content, Set<PosixFilePermission> permissions) throws IOException {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    channel.write(java.nio.ByteBuffer.wrap(EDITED, 0, EDITED.length / 2));
                }
                throw new FileSystemException(temporary.toString(), null, "No space left on device");
            }
        });

        assertThatThrownBy(() -> failing.save(file, EDITED, stamp, true))
                .isInstanceOf(SaveFailedException.class)
                .hasMessage("Could not save events.json: the disk is full. The file on disk is unchanged.");
        assertOriginalUntouched();
    }

    /**
     * An export that runs out of memory half-way (a picture drawn band by band while it is written) leaves the file and
     * its backup as they were, and no temporary file, and says what ran out: the error went past the writer's clean-up,
     * and a command that caught it said "Java heap space", or nothing.
     */
    @Test
    void anExportThatRunsOutOfMemoryLeavesTheFileAsItWasAndSaysWhatRanOut() throws IOException {
        byte[] older = "{\"an\": \"older version\"}".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("events.json.bak"), older);
        SafeFileWriter.Content tooLarge = out -> {
            out.write(EDITED, 0, EDITED.length / 2);
            throw new IOException(new java.util.concurrent.ExecutionException(new OutOfMemoryError("Java heap space")));
        };
        for (SafeFileWriter.Content content : List.<SafeFileWriter.Content>of(tooLarge, out -> {
            out.write(EDITED, 0, 3);
            throw new OutOfMemoryError("Java heap space");
        })) {
            assertThatThrownBy(() -> new SafeFileWriter().export(file, content, List.of()))
                    .isInstanceOf(SaveFailedException.class)
                    .hasMessageMatching("Could not save events\\.json: Chronoline ran out of the [0-9,]+ MB of memory it may use; .*");
            assertThat(fileBytes()).isEqualTo(ORIGINAL);
            assertThat(dir.resolve("events.json.bak")).hasBinaryContent(older);
            assertThat(dir.toFile().list()).as("no temporary file").containsExactlyInAnyOrder("events.json", "events.json.bak");
        }
    }

    @Test
    void aMoveThatFailsLeavesTheOriginal() {
        SafeFileWriter failing = new SafeFileWriter(new SafeFileWriter.Steps() {
            @Override
            void replace(Path temporary, Path target) throws IOException {
                throw new FileSystemException(temporary.toString(), target.toString(), "Device or resource busy");
            }
        });

        assertThatThrownBy(() -> failing.save(file, EDITED, stamp, true))
                .hasMessage("Could not save events.json: Device or resource busy. The file on disk is unchanged.");
        assertThat(Files.exists(dir.resolve("events.json.bak"))).as("the backup was made before the move").isTrue();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("events.json", "events.json.bak");
        assertThat(fileBytes()).isEqualTo(ORIGINAL);
    }

    /**
     * A file that cannot be replaced (made unchangeable, chattr +i) keeps the backup it had: the copy made for the new
     * backup went over it before the replacing failed, and the version kept there was gone (a walk-through).
     */
    @Test
    void aMoveThatFailsKeepsTheBackupThereWas() throws IOException {
        Path backup = dir.resolve("events.json.bak");
        byte[] older = "{\"an\": \"older version\"}".getBytes(StandardCharsets.UTF_8);
        Files.write(backup, older);
        SafeFileWriter failing = new SafeFileWriter(new SafeFileWriter.Steps() {
            @Override
            void replace(Path temporary, Path target) throws IOException {
                throw new java.nio.file.AccessDeniedException(target.toString(), null, "Operation not permitted");
            }
        });

        assertThatThrownBy(() -> failing.save(file, EDITED, stamp, true)).isInstanceOf(SaveFailedException.class);
        assertThat(Files.readAllBytes(backup)).as("the backup there was").isEqualTo(older);
        assertThat(fileBytes()).isEqualTo(ORIGINAL);
        assertThat(dir.toFile().list()).as("nothing left over").containsExactlyInAnyOrder("events.json", "events.json.bak");

        new SafeFileWriter().save(file, EDITED, stamp, true);
        assertThat(Files.readAllBytes(backup)).as("a save that works keeps the version it replaced").isEqualTo(ORIGINAL);
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("events.json", "events.json.bak");
    }

    /**
     * A file that cannot be replaced in a folder that can be written (made unchangeable, or held open by another
     * program on Windows) was said to be "no permission to write in this folder" (a walk-through): the folder took
     * the temporary file, so the refusal is the file's.
     */
    @Test
    void aFileThatCannotBeReplacedIsSaidToBeTheCauseNotItsFolder() {
        for (String refusal : List.of("Operation not permitted", "denied",
                "The process cannot access the file because it is being used by another process")) {
            SafeFileWriter failing = new SafeFileWriter(new SafeFileWriter.Steps() {
                @Override
                void replace(Path temporary, Path target) throws IOException {
                    throw refusal.equals("denied") ? new AccessDeniedException(temporary.toString(), target.toString(), null)
                            : new FileSystemException(temporary.toString(), target.toString(), refusal);
                }
            });

            assertThatThrownBy(() -> failing.save(file, EDITED, stamp, true)).as(refusal)
                    .hasMessage("Could not save events.json: the file itself cannot be replaced, though its folder can be"
                            + " written to: another program may hold it open, it may be marked unchangeable, or it may belong"
                            + " to another user of a shared folder; close that program, or save under another name."
                            + " The file on disk is unchanged.");
            assertThat(fileBytes()).isEqualTo(ORIGINAL);
        }
        SafeFileWriter readOnlyDisk = new SafeFileWriter(new SafeFileWriter.Steps() {
            @Override
            void replace(Path temporary, Path target) throws IOException {
                throw new FileSystemException(temporary.toString(), target.toString(), "Read-only file system");
            }
        });
        assertThatThrownBy(() -> readOnlyDisk.save(file, EDITED, stamp, true)).as("a disk gone read-only is no lock")
                .hasMessageContaining("(it may be read-only)");
    }

    @Test
    void aBackupThatCannotBeReplacedIsNamed() {
        SafeFileWriter failing = new SafeFileWriter(new SafeFileWriter.Steps() {
            @Override
            void backup(Path original, Path backup, Set<PosixFilePermission> permissions) throws IOException {
                throw new FileSystemException(backup + ".tmp", backup.toString(), "Operation not permitted");
            }
        });

        assertThatThrownBy(() -> failing.save(file, EDITED, stamp, true))
                .hasMessageContaining(": the previous version cannot be kept as events.json.bak, because that file cannot"
                        + " be replaced: another program may hold it open, it may be marked unchangeable, or it may belong to"
                        + " another user of a shared folder; close that program, or move events.json.bak away."
                        + " The file on disk is unchanged.");
        assertOriginalUntouched();

        SafeFileWriter unreadable = new SafeFileWriter(new SafeFileWriter.Steps() {
            @Override
            void backup(Path original, Path backup, Set<PosixFilePermission> permissions) throws IOException {
                throw new AccessDeniedException(original.toString());
            }
        });
        assertThatThrownBy(() -> unreadable.save(file, EDITED, stamp, true)).as("the original unreadable is not the backup's fault")
                .hasMessageNotContaining("events.json.bak");
    }

    /** The same with the system's own refusal, where a file can be made unchangeable here (root, chattr, ext4). */
    @Test
    void aFileMadeUnchangeableIsSaidToBeTheCause() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(chattr("+i", file), "chattr +i is not allowed here");
        try {
            assertThatThrownBy(() -> new SafeFileWriter().save(file, EDITED, stamp, true))
                    .hasMessageContaining(": the file itself cannot be replaced, though its folder can be written to");
            assertThat(fileBytes()).isEqualTo(ORIGINAL);
        } finally {
            chattr("-i", file);
        }
    }

    private static boolean chattr(String change, Path path) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder("chattr", change, path.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false; // no chattr on this system
        }
    }

    @Test
    void aReadOnlyFolderIsReportedAsSuch() {
        SafeFileWriter failing = new SafeFileWriter(new SafeFileWriter.Steps() {
            @Override
            void write(Path temporary, SafeFileWriter.Content content, Set<PosixFilePermission> permissions) throws IOException {
                throw new AccessDeniedException(temporary.toString());
            }
        });

        assertThatThrownBy(() -> failing.save(file, EDITED, stamp, true))
                .hasMessageContaining("you do not have permission to write in this folder (it may be read-only)");
        assertOriginalUntouched();
    }

    /**
     * Save As into a folder made unchangeable said "Could not save new.json: Operation not permitted.
     * The file on disk is unchanged.": there was no file, and the folder, where the cause is, went
     * unnamed. EPERM is said as the permission it is.
     */
    @Test
    void aNewFileThatCannotBeWrittenNamesItsFolderAndNoFileOnDisk() {
        SafeFileWriter failing = new SafeFileWriter(new SafeFileWriter.Steps() {
            @Override
            void write(Path temporary, SafeFileWriter.Content content, Set<PosixFilePermission> permissions) throws IOException {
                throw new FileSystemException(temporary.toString(), null, "Operation not permitted");
            }
        });
        Path copy = dir.resolve("new.json");

        assertThatThrownBy(() -> failing.save(copy, EDITED, null, true))
                .hasMessage("Could not save new.json in " + dir + ": you do not have permission to write in this folder "
                        + "(it may be read-only). Nothing was written there.");
        assertThat(copy).doesNotExist();
    }

    @Test
    void aReallyReadOnlyFolderLeavesTheOriginal() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root may write into read-only folders; the injected failure above covers this case");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> new SafeFileWriter().save(file, EDITED, stamp, true)).isInstanceOf(SaveFailedException.class);
            assertThat(fileBytes()).isEqualTo(ORIGINAL);
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void refusesToOverwriteAChangeMadeByAnotherProgram() throws IOException {
        byte[] theirs = "{\"version\": 1, \"title\": \"Changed in a text editor\", \"events\": []}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, theirs);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(stamp.modifiedMillis() + 5_000));

        assertThatThrownBy(() -> new SafeFileWriter().save(file, EDITED, stamp, true))
                .isInstanceOf(ChangedOnDiskException.class)
                .hasMessage("events.json was changed by another program since Chronoline opened it");
        assertThat(fileBytes()).isEqualTo(theirs);
    }

    /**
     * A change that keeps the file's time, size and identity is found by its content, in the file as
     * read and in the file as saved: it was written over without a word.
     */
    @Test
    void refusesToOverwriteAChangeThatKeptTheFilesTimeAndSize() throws IOException {
        FileStamp read = FileStamp.of(file).holding(Files.readAllBytes(file));
        byte[] theirs = new String(ORIGINAL, StandardCharsets.UTF_8).replace('a', 'b').getBytes(StandardCharsets.UTF_8);
        assertThat(theirs).hasSameSizeAs(ORIGINAL).isNotEqualTo(ORIGINAL);
        writeInPlaceKeepingTheTime(theirs);
        assertThat(FileStamp.of(file).sameFileAs(read)).as("time, size and identity as read").isTrue();

        assertThatThrownBy(() -> new SafeFileWriter().save(file, EDITED, read, true)).isInstanceOf(ChangedOnDiskException.class);
        assertThat(fileBytes()).isEqualTo(theirs);

        FileStamp saved = new SafeFileWriter().save(file, EDITED, null, true);
        byte[] theirsAgain = new String(EDITED, StandardCharsets.UTF_8).replace('e', 'f').getBytes(StandardCharsets.UTF_8);
        writeInPlaceKeepingTheTime(theirsAgain);
        assertThatThrownBy(() -> new SafeFileWriter().save(file, ORIGINAL, saved, true)).isInstanceOf(ChangedOnDiskException.class);
        assertThat(fileBytes()).isEqualTo(theirsAgain);
        assertThat(FileStamp.of(file).holding(Files.readAllBytes(file)).changedOnDisk(file)).as("the same content").isFalse();
    }

    private void writeInPlaceKeepingTheTime(byte[] content) throws IOException {
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
        Files.write(file, content);
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void keepsTheFilesPermissionsButNeverMakesItWritableForOthers() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));

        new SafeFileWriter().save(file, EDITED, stamp(), true);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("events.json.bak")))).isEqualTo("rw-rw-r--");
    }

    @Test
    void theNextSaveRemovesTemporaryFilesThatAKilledSaveLeftAndNothingElse() throws IOException {
        Files.write(dir.resolve(".events.json.0a1b2c3d.tmp"), new byte[300_000]);
        Files.write(dir.resolve(".events.json.bak.tmp"), ORIGINAL);
        Files.write(dir.resolve(".events.json.bak.99aa88bb.tmp"), ORIGINAL);
        Files.createDirectory(dir.resolve(".out.json.bak.tmp"));
        Files.write(dir.resolve(".events.json.notes.tmp"), ORIGINAL);
        Files.write(dir.resolve(".other.json.0a1b2c3d.tmp"), ORIGINAL);

        new SafeFileWriter().save(file, EDITED, stamp, true);
        SafeFileWriter.removeLeftovers(dir.resolve("out.json"));

        assertThat(dir.toFile().list()).as("only our own pattern, with its eight hex digits, for this file, is removed")
                .containsExactlyInAnyOrder("events.json", "events.json.bak", ".events.json.notes.tmp", ".other.json.0a1b2c3d.tmp",
                        ".events.json.bak.tmp", ".out.json.bak.tmp");
    }

    @Test
    void aTemporaryFileThatASaveIsWritingIsNotTakenForALeftover() throws IOException {
        Path busy = dir.resolve(".events.json.12345678.tmp");
        try (FileChannel channel = FileChannel.open(busy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = channel.lock()) {
            assertThat(SafeFileWriter.removeLeftovers(file)).isZero();
            assertThat(busy).exists();
        }
        assertThat(SafeFileWriter.removeLeftovers(file)).isEqualTo(1);
        assertThat(busy).doesNotExist();
    }

    @Test
    void writesStreamedContentInFullEvenWhenItIsSmallerThanTheBuffer() throws IOException {
        new SafeFileWriter().export(file, out -> out.write('x'), java.util.List.of());

        assertThat(Files.readString(file)).isEqualTo("x");
    }

    private FileStamp stamp() {
        return FileStamp.of(file);
    }

    private byte[] fileBytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void assertOriginalUntouched() {
        assertThat(fileBytes()).isEqualTo(ORIGINAL);
        assertThat(dir.toFile().list()).containsExactly("events.json");
    }
}
