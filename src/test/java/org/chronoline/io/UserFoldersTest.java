package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user's data goes where each system keeps it. */
class UserFoldersTest {
    @Test
    void eachSystemsUsualPlace() {
        assertThat(UserFolders.data("Windows 11", "C:\\Users\\ana", Map.of("LOCALAPPDATA", "C:\\Users\\ana\\AppData\\Local")))
                .isEqualTo(Path.of("C:\\Users\\ana\\AppData\\Local", "Chronoline"));
        assertThat(UserFolders.data("Mac OS X", "/Users/ana", Map.of()))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Chronoline"));
        assertThat(UserFolders.data("Linux", "/home/ana", Map.of())).isEqualTo(Path.of("/home/ana/.local/share/chronoline"));
        assertThat(UserFolders.data("Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/data/ana"))).isEqualTo(Path.of("/data/ana/chronoline"));
        assertThat(UserFolders.data("Linux", "/home/ana", Map.of("XDG_DATA_HOME", "relative"))).as("the XDG rule: relative is ignored")
                .isEqualTo(Path.of("/home/ana/.local/share/chronoline"));
    }
}
