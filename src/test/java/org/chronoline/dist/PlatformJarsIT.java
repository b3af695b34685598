package org.chronoline.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The jar a user downloads for their computer: each holds JavaFX's native libraries for its system,
 * built for its processor, and none of another system's, and starts Chronoline.
 */
class PlatformJarsIT {
    private static final Path TARGET = Path.of("target");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "windows,             glass.dll,         win,  PE,    x86-64",
        "macos-intel,         libglass.dylib,    mac,  MACHO, x86-64",
        "macos-apple-silicon, libglass.dylib,    mac,  MACHO, arm64",
        "linux,               libglassgtk3.so,   gtk,  ELF,   x86-64",
        "linux-arm64,         libglassgtk3.so,   gtk,  ELF,   arm64"})
    void eachSystemsJarCarriesItsOwnNativesForItsProcessor(String system, String glass, String glassPackage, String format, String cpu)
            throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("chronoline-" + system + ".jar").toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.chronoline.Main");
            assertThat(jar.getEntry("org/chronoline/Main.class")).isNotNull();
            assertThat(jar.getEntry("org/chronoline/web/viewer.js")).as("the web viewer").isNotNull();
            assertThat(jar.getEntry("org/chronoline/data/events.json")).as("the bundled timeline").isNotNull();
            assertThat(jar.stream().anyMatch(e -> e.getName().startsWith("com/sun/glass/ui/" + glassPackage + "/"))).isTrue();
            ZipEntry library = jar.getEntry(glass);
            assertThat(library).as(glass).isNotNull();
            try (InputStream in = jar.getInputStream(library)) {
                assertThat(processorOf(in.readNBytes(4096), format)).isEqualTo(cpu);
            }
            List<String> natives = jar.stream().map(ZipEntry::getName).filter(n -> n.matches("[^/]+\\.(dll|so|dylib)")).toList();
            String own = switch (format) {
                case "PE" -> ".dll";
                case "MACHO" -> ".dylib";
                default -> ".so";
            };
            assertThat(natives).isNotEmpty().allSatisfy(n -> assertThat(n).endsWith(own));
        }
    }

    @Test
    void thisSystemsJarStartsAndReadsTheBundledTimeline() throws Exception {
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                TARGET.resolve("chronoline-linux.jar").toString(), "--check", "data/events.json").redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(said).isZero();
        assertThat(said).matches("(?s)data/events.json: ok, \\d+ events, 0 warnings\\R");
    }

    /** The processor a native library is built for, from its header: PE, Mach-O 64 or ELF. */
    private static String processorOf(byte[] header, String format) {
        ByteBuffer bytes = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        int machine = switch (format) {
            case "PE" -> bytes.getShort(bytes.getInt(0x3C) + 4) & 0xFFFF;
            case "MACHO" -> {
                assertThat(bytes.getInt(0)).as("64-bit Mach-O").isEqualTo(0xFEEDFACF);
                yield bytes.getInt(4);
            }
            default -> {
                assertThat(header[0] == 0x7F && header[1] == 'E' && header[2] == 'L' && header[3] == 'F').isTrue();
                yield bytes.getShort(18) & 0xFFFF;
            }
        };
        return switch (machine) {
            case 0x8664, 0x01000007, 62 -> "x86-64";
            case 0xAA64, 0x0100000C, 183 -> "arm64";
            default -> "unknown 0x" + Integer.toHexString(machine);
        };
    }
}
