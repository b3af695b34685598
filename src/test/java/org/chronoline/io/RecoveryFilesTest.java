package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.chronoline.model.TimelineDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryFilesTest {

    @Test
    void writesUnsavedEditsBesideTheFileFindsThemAndRemovesThem(@TempDir Path dir) throws IOException {
        Path document = dir.resolve("events.json");
        Files.copy(TestFiles.file("minimal.json"), document);
        Files.setLastModifiedTime(document, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        TimelineDocument edited = new TimelineFileReader().read(document).document();
        RecoveryFiles recovery = new RecoveryFiles();

        recovery.write(document, edited);

        assertThat(recovery.find(document)).contains(dir.resolve("events.json.recovery").toAbsolutePath());
        assertThat(new TimelineFileReader().read(dir.resolve("events.json.recovery")).document()).isEqualTo(edited);
        recovery.delete(document);
        assertThat(recovery.find(document)).isEmpty();
    }

    /**
     * Through a link, the copy is kept beside the file the link leads to, as its backup is, and found
     * however the file is opened. Kept beside the link, it was not offered when the file was opened
     * by its own name, and a crash's edits were as good as lost.
     */
    @Test
    void aCopyMadeThroughALinkIsFoundByTheFilesOwnName(@TempDir Path dir) throws IOException {
        Path document = Files.createDirectories(dir.resolve("docs")).resolve("t.json");
        Files.copy(TestFiles.file("minimal.json"), document);
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("desk")).resolve("t.json"), document);
        RecoveryFiles recovery = new RecoveryFiles();

        recovery.write(link, new TimelineFileReader().read(link).document());

        assertThat(recovery.find(document)).contains(dir.resolve("docs/t.json.recovery").toRealPath());
        assertThat(recovery.find(link)).contains(dir.resolve("docs/t.json.recovery").toRealPath());
        assertThat(dir.resolve("desk/t.json.recovery")).doesNotExist();
        recovery.delete(document);
        assertThat(recovery.find(link)).isEmpty();
    }

    /**
     * A name with no room for ".recovery" (or a folder the user may not write in): the copy is kept
     * in the user's data folder, found and removed as one beside the file is. There was no copy at
     * all, without a word, and a crash lost the edits.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"t", "条", "\uD83D\uDE80"})
    void aCopyThatCannotBeBesideTheFileIsKeptInTheDataFolder(String letter, @TempDir Path dir) throws IOException {
        // As long as a name may be (255 bytes), in letters of 1, 3 and 4 bytes: no room left for ".recovery".
        Path document = dir.resolve(letter.repeat(245 / letter.getBytes(java.nio.charset.StandardCharsets.UTF_8).length) + ".json");
        Files.copy(TestFiles.file("minimal.json"), document);
        TimelineDocument edited = new TimelineFileReader().read(document).document();
        RecoveryFiles recovery = new RecoveryFiles();

        recovery.write(document, edited);

        Path kept = recovery.find(document).orElseThrow();
        assertThat(kept).startsWith(UserFolders.data().toAbsolutePath());
        assertThat(new TimelineFileReader().read(kept).document()).isEqualTo(edited);
        recovery.delete(document);
        assertThat(recovery.find(document)).isEmpty();
        assertThat(kept).doesNotExist();
    }

    /** A copy older than its document is offered too: the document may have been touched since the crash (a sync, a checkout). */
    @Test
    void findsARecoveryFileOlderThanTheDocument(@TempDir Path dir) throws IOException {
        Path document = dir.resolve("events.json");
        Files.copy(TestFiles.file("minimal.json"), document);
        Files.copy(TestFiles.file("minimal.json"), dir.resolve("events.json.recovery"));
        Files.setLastModifiedTime(dir.resolve("events.json.recovery"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        assertThat(new RecoveryFiles().find(document)).isPresent();
    }

    /**
     * A link in the copy's place (unpacked from an archive with the timeline) is replaced by the copy,
     * never written through: the copy overwrote the file it pointed to, outside the timeline's folder.
     * Nor is a link offered as a copy.
     */
    @Test
    void neverWritesThroughALinkInTheCopysPlace(@TempDir Path dir) throws IOException {
        Path document = dir.resolve("events.json");
        Files.copy(TestFiles.file("minimal.json"), document);
        Path victim = Files.writeString(dir.resolve("victim.txt"), "someone's file");
        Path copy = Files.createSymbolicLink(dir.resolve("events.json.recovery"), victim);
        assertThat(new RecoveryFiles().find(document)).as("a link is no copy").isEmpty();

        new RecoveryFiles().write(document, new TimelineFileReader().read(document).document());

        assertThat(victim).hasContent("someone's file");
        assertThat(Files.isSymbolicLink(copy)).isFalse();
        assertThat(new RecoveryFiles().find(document)).isPresent();
    }

    /** A copy of a private file is as private: it took the umask's permissions, readable by everyone. */
    @Test
    void aCopyHasItsDocumentsPermissions(@TempDir Path dir) throws IOException {
        Path document = dir.resolve("events.json");
        Files.copy(TestFiles.file("minimal.json"), document);
        Files.setPosixFilePermissions(document, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        new RecoveryFiles().write(document, new TimelineFileReader().read(document).document());

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("events.json.recovery"))))
                .isEqualTo("rw-------");
    }

    /**
     * A read-only timeline's copy can be written again: it took the document's permissions, read-only,
     * and each later copy of its edits was refused, only the first 30 seconds kept.
     */
    @Test
    void aReadOnlyDocumentsCopyIsWrittenAgain(@TempDir Path dir) throws IOException {
        Path document = dir.resolve("events.json");
        Files.copy(TestFiles.file("minimal.json"), document);
        Files.setPosixFilePermissions(document, java.nio.file.attribute.PosixFilePermissions.fromString("r--r-----"));
        TimelineDocument edited = new TimelineFileReader().read(document).document();
        RecoveryFiles recovery = new RecoveryFiles();

        recovery.write(document, edited);
        recovery.write(document, org.chronoline.model.edit.Edits.setTitleAndDescription(edited, "Later edits", null).apply(edited));

        assertThat(new TimelineFileReader().read(dir.resolve("events.json.recovery")).document().title()).isEqualTo("Later edits");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("events.json.recovery"))))
                .isEqualTo("rw-r-----");
    }

    /** A timeline opened by its bare name, in its own folder: its copy is kept (the permissions' lookup failed on a path with no parent). */
    @Test
    void aDocumentNamedWithoutItsFolderHasItsCopyKept() throws IOException {
        Path document = Path.of("recovery-test-" + ProcessHandle.current().pid() + ".json");
        Files.copy(TestFiles.file("minimal.json"), document);
        try {
            new RecoveryFiles().write(document, new TimelineFileReader().read(document).document());

            assertThat(new RecoveryFiles().find(document)).isPresent();
        } finally {
            Files.deleteIfExists(RecoveryFiles.pathFor(document));
            Files.deleteIfExists(document);
        }
    }

    /** A copy says whether its file changed after its edits began from it; one that does not know says nothing. */
    @Test
    void aCopySaysWhetherItsFileChangedSinceItsEditsBegan(@TempDir Path dir) throws IOException {
        Path document = dir.resolve("events.json");
        Files.copy(TestFiles.file("minimal.json"), document);
        TimelineDocument edited = new TimelineFileReader().read(document).document();
        RecoveryFiles recovery = new RecoveryFiles();
        Path copy = dir.resolve("events.json.recovery");

        recovery.write(document, edited, FileStamp.of(document));
        assertThat(recovery.changedSince(copy, document)).isFalse();
        Files.writeString(document, Files.readString(document) + " ");
        assertThat(recovery.changedSince(copy, document)).as("written by another program since").isTrue();
        recovery.write(document, edited, null);
        assertThat(recovery.changedSince(copy, document)).as("a copy that does not know").isNull();

        recovery.write(document, edited, FileStamp.of(document));
        recovery.delete(document);
        assertThat(dir.resolve("events.json.recovery.base")).as("gone with its copy").doesNotExist();
        recovery.write(document, edited, FileStamp.of(document));
        Path aside = recovery.setAsideAsTimeline(copy, "kept");
        assertThat(dir.resolve("events.json.recovery.base")).as("gone when its copy is set aside").doesNotExist();
        assertThat(aside).exists();
    }
}
