package org.chronoline.io;

import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** The test files under {@code src/test/resources/files}, and files tests make. */
public final class TestFiles {
    private TestFiles() {
    }

    static Path file(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/files/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test file " + name, e);
        }
    }

    /** A timeline of four pictures in {@code dir}: one fine, one missing, one not a picture, one outside its folder. */
    public static Path picturesTimeline(Path dir) throws java.io.IOException {
        Files.createDirectories(dir.resolve("images"));
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("images/fine.png").toFile());
        Files.writeString(dir.resolve("images/fake.jpg"), "not a picture");
        Path file = dir.resolve("pictures.json");
        Files.writeString(file, """
                {"version": 1, "title": "Pictures", "events": [
                  {"id": "a", "title": "Fine", "start": "1990", "image": {"path": "images/fine.png"}},
                  {"id": "b", "title": "Gone", "start": "1991", "image": {"path": "images/gone.png"}},
                  {"id": "c", "title": "Fake", "start": "1992", "image": {"path": "images/fake.jpg"}},
                  {"id": "d", "title": "Away", "start": "1993", "image": {"path": "../away.png"}}
                ]}""");
        return file;
    }
}
