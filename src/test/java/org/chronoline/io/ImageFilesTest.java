package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

    @Test
    void findsAPictureInsideTheTimelinesFolder(@TempDir Path dir) throws IOException {
        Path timeline = Files.createDirectories(dir.resolve("class"));
        Path picture = Files.write(Files.createDirectories(timeline.resolve("images")).resolve("paris.png"), new byte[] {1});

        ImageFiles.Lookup lookup = ImageFiles.find(timeline, "images/paris.png");

        assertThat(lookup.refusal()).isNull();
        assertThat(lookup.file()).isEqualTo(picture.toRealPath());
        assertThat(ImageFiles.find(timeline, "images\\paris.png").file()).as("Windows separators").isEqualTo(picture.toRealPath());
        assertThat(ImageFiles.find(timeline, "images/../images/paris.png").file()).isEqualTo(picture.toRealPath());
    }

    @Test
    void readsAPicturesSizeFromItsHeaderAndNothingFromOtherFiles(@TempDir Path dir) throws IOException {
        Path notAPicture = Files.writeString(dir.resolve("fake.png"), "not a picture");

        assertThat(ImageFiles.size(Path.of("src/test/resources/pictures/images/summit.png"))).containsExactly(48, 32);
        assertThat(ImageFiles.size(notAPicture)).isNull();
        assertThat(ImageFiles.size(dir.resolve("missing.png"))).isNull();
    }

    @Test
    void refusesPathsThatLeaveTheFolder(@TempDir Path dir) throws IOException {
        Path timeline = Files.createDirectories(dir.resolve("class"));
        Files.write(dir.resolve("secret.png"), new byte[] {1});

        for (String path : new String[] {"../secret.png", "images/../../secret.png", dir.resolve("secret.png").toString(),
            "/etc/passwd.png", "C:\\Windows\\secret.png", "\\\\server\\share\\secret.png"}) {
            ImageFiles.Lookup lookup = ImageFiles.find(timeline, path);
            assertThat(lookup.file()).as(path).isNull();
            assertThat(lookup.refusal()).as(path).contains("outside the timeline's folder");
        }
    }

    @Test
    void refusesLinksThatLeadOutOfTheFolder(@TempDir Path dir) throws IOException {
        Path timeline = Files.createDirectories(dir.resolve("class"));
        Path secret = Files.write(dir.resolve("secret.png"), new byte[] {1});
        Files.createSymbolicLink(timeline.resolve("innocent.png"), secret);
        Files.createSymbolicLink(timeline.resolve("elsewhere"), dir);

        assertThat(ImageFiles.find(timeline, "innocent.png").refusal()).contains("outside the timeline's folder");
        assertThat(ImageFiles.find(timeline, "elsewhere/secret.png").refusal()).contains("outside the timeline's folder");
    }

    @Test
    void refusesAddressesOtherFormatsMissingFilesAndUnsavedTimelines(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("notes.txt"), new byte[] {1});

        assertThat(ImageFiles.find(dir, "https://example.org/a.png").refusal()).contains("on the network");
        assertThat(ImageFiles.find(dir, "file:///etc/a.png").refusal()).contains("on the network");
        assertThat(ImageFiles.find(dir, "notes.txt").refusal()).contains("PNG, JPEG, GIF or BMP");
        assertThat(ImageFiles.find(dir, "missing.png").refusal()).contains("missing.png").contains("not found");
        assertThat(ImageFiles.find(null, "a.png").refusal()).contains("Save the timeline");
    }

    @Test
    void aLargePictureIsReadReducedNeverInFull(@TempDir Path dir) throws IOException {
        java.awt.image.BufferedImage wide = new java.awt.image.BufferedImage(6000, 90, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path file = dir.resolve("wide.png");
        javax.imageio.ImageIO.write(wide, "png", file.toFile());

        ImageFiles.Decoded decoded = ImageFiles.decode(file, "wide.png", 2048);

        assertThat(decoded.width()).isEqualTo(2000);
        assertThat(decoded.height()).isEqualTo(30);
        assertThat(decoded.argb()).hasSize(2000 * 30);
        assertThat(decoded.isReduced()).isTrue();
        assertThat(decoded.originalWidth()).isEqualTo(6000);
    }

    @Test
    void aHeaderThatClaimsAnAbsurdSizeIsRefusedBeforeAnythingIsDecoded(@TempDir Path dir) throws IOException {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/pictures/images/summit.png"));
        // IHDR's width and height (bytes 16 to 23) claim 100,000 x 100,000 pixels; its CRC is made to match.
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17);
        java.nio.ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        Path file = Files.write(dir.resolve("claims.png"), png);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImageFiles.decode(file, "claims.png", 2048))
                .hasMessageStartingWith("The picture \"claims.png\" is not shown: it claims to be 100,000 by 100,000 pixels");
    }

    @Test
    void aPictureCutShortIsCalledDamagedNotShownHalfDrawn(@TempDir Path dir) throws IOException {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/pictures/images/summit.png"));
        Path file = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(png, png.length / 2));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImageFiles.decode(file, "cut.png", 2048))
                .hasMessage("The picture \"cut.png\" is not shown: the file is damaged or not really a picture.");
    }
}
