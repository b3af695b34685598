package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules between a timeline and its file, without a window. */
class FileLifecycleTest {
    @TempDir
    Path dir;
    Path untitled;
    FileLifecycle lifecycle;

    @BeforeEach
    void setUp() {
        untitled = dir.resolve("home/.chronoline/untitled.json");
        lifecycle = new FileLifecycle(untitled);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** Another program's write: other content, and a later time even on file systems with coarse clocks. */
    private static void changeElsewhere(Path file, String text) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(5)));
    }

    @Test
    void aFileReadIsSavedInPlaceAndItsEditsAreKeptBesideIt() throws IOException {
        Path events = file("events.json", "{}");
        lifecycle.opened(events, FileStamp.of(events));

        assertThat(lifecycle.saveWay()).isEqualTo(FileLifecycle.SaveWay.IN_PLACE);
        assertThat(lifecycle.recoveryPlace()).isEqualTo(events);
        assertThat(lifecycle.suggestedFolder()).isEqualTo(dir.toAbsolutePath());
        assertThat(lifecycle.suggestedName("Untitled.json")).isEqualTo("events.json");
    }

    @Test
    void aNewTimelineAsksWhereAndKeepsItsEditsInTheUsersFolder() {
        lifecycle.created();

        assertThat(lifecycle.saveWay()).isEqualTo(FileLifecycle.SaveWay.ASK_WHERE);
        assertThat(lifecycle.recoveryPlace()).isEqualTo(untitled);
        assertThat(lifecycle.suggestedFolder()).isNull();
        assertThat(lifecycle.suggestedName("Untitled.json")).isEqualTo("Untitled.json");
        assertThat(lifecycle.diskChange(true)).isEqualTo(FileLifecycle.DiskChange.NONE);
    }

    @Test
    void anImportNeverWritesOverTheOtherProgramsFile() throws IOException {
        Path csv = file("My Events.csv", "a,b");
        lifecycle.imported(csv);

        assertThat(lifecycle.saveWay()).as("asks, beside it").isEqualTo(FileLifecycle.SaveWay.ASK_WHERE);
        assertThat(lifecycle.suggestedFolder()).isEqualTo(dir.toAbsolutePath());
        assertThat(lifecycle.suggestedName("Untitled.json")).isEqualTo("My Events-chronoline.json");
        assertThat(lifecycle.isImportSource(dir.resolve("./My Events.csv"))).isTrue();
        assertThat(lifecycle.file()).isNull();
    }

    @Test
    void aSaveMakesTheFileTheTimelinesAndEndsItsRecoveryCopies() throws IOException {
        Path old = file("old.json", "{}");
        lifecycle.opened(old, FileStamp.of(old));
        Path target = file("new.json", "{}");

        assertThat(lifecycle.recoveriesDoneBySaving(target)).as("a file's save leaves a new timeline's kept edits alone")
                .containsExactly(target, old);
        lifecycle.saved(target, FileStamp.of(target));


        assertThat(lifecycle.file()).isEqualTo(target);
        assertThat(lifecycle.saveWay()).isEqualTo(FileLifecycle.SaveWay.IN_PLACE);
        assertThat(lifecycle.importedFrom()).isNull();

        lifecycle.created();
        assertThat(lifecycle.recoveriesDoneBySaving(target)).as("a new timeline's first save ends its copy")
                .containsExactly(target, untitled);
    }

    @Test
    void aChangeOnDiskReloadsWhenNothingIsUnsavedAndAsksOtherwise() throws IOException {
        Path events = file("events.json", "{\"version\": 1}");
        lifecycle.opened(events, FileStamp.of(events));
        assertThat(lifecycle.diskChange(false)).isEqualTo(FileLifecycle.DiskChange.NONE);

        changeElsewhere(events, "{\"version\": 1, \"title\": \"Theirs\"}");

        assertThat(lifecycle.diskChange(false)).isEqualTo(FileLifecycle.DiskChange.RELOAD);
        assertThat(lifecycle.diskChange(true)).isEqualTo(FileLifecycle.DiskChange.ASK);
    }

    @Test
    void keepingMineIsNotAskedAgainUntilTheFileChangesAgain() throws IOException {
        Path events = file("events.json", "one");
        lifecycle.opened(events, FileStamp.of(events));
        changeElsewhere(events, "two, longer");

        lifecycle.keepMine();
        assertThat(lifecycle.diskChange(true)).isEqualTo(FileLifecycle.DiskChange.NONE);

        Files.writeString(events, "three, longer still");
        Files.setLastModifiedTime(events, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(lifecycle.diskChange(true)).isEqualTo(FileLifecycle.DiskChange.ASK);
    }

    @Test
    void aRemovedFileIsSaidOnceAndNotReloaded() throws IOException {
        Path events = file("events.json", "one");
        lifecycle.opened(events, FileStamp.of(events));

        Files.delete(events);

        assertThat(lifecycle.diskChange(true)).as("said once: the open timeline stays; Save writes it again")
                .isEqualTo(FileLifecycle.DiskChange.GONE);
        assertThat(lifecycle.diskChange(true)).as("not again").isEqualTo(FileLifecycle.DiskChange.NONE);

        Files.writeString(events, "back");
        assertThat(lifecycle.diskChange(true)).as("back, changed").isEqualTo(FileLifecycle.DiskChange.ASK);
        Files.delete(events);
        assertThat(lifecycle.diskChange(true)).as("gone again: said again").isEqualTo(FileLifecycle.DiskChange.GONE);
    }

    @Test
    void spreadsheetsGoThroughTheImport() {
        assertThat(FileLifecycle.isSpreadsheet(Path.of("Events.CSV"))).isTrue();
        assertThat(FileLifecycle.isSpreadsheet(Path.of("events.json"))).isFalse();
        assertThat(FileLifecycle.isSpreadsheet(Path.of("/"))).isFalse();
    }
}
