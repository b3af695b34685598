package org.chronoline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {

    /** The pictures a page is published without are named, with why: they were left out without a word. */
    @Test
    void saysWhichPicturesThePageIsWithoutAndWhy(@TempDir Path dir) throws Exception {
        Path file = org.chronoline.io.TestFiles.picturesTimeline(dir);
        Path page = dir.resolve("page.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = ChronolineCli.run(new String[] {"publish", "--out=" + page, file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(code).as("a page without some pictures is still a page").isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(4).first().asString()
                .startsWith(page + ": ").contains("4 events, 1 picture,");
        assertThat(out.toString(StandardCharsets.UTF_8).lines().skip(1)).as("named by the timeline, which is the file to fix").containsExactly(
                file + ": warning: “Gone”: The picture \"images/gone.png\" was not found in the timeline's folder."
                        + " Check the name (capitals count) or copy the picture there.",
                file + ": warning: “Fake”: The picture \"images/fake.jpg\" is not shown: the file is damaged or not really a picture.",
                file + ": warning: “Away”: The picture \"../away.png\" is not shown: it is outside the timeline's folder."
                        + " Copy it into that folder (or a folder inside it) and give its path from there.");
    }
}
