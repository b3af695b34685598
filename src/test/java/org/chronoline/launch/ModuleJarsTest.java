package org.chronoline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JavaFX's module jars taken out of Chronoline's jar into the cache once, whole, and found there after. */
class ModuleJarsTest {
    @TempDir
    Path folder;

    private Path jarWith(String name, Map<String, String> entries) throws IOException {
        Path jar = folder.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private Path chronolineJar() throws IOException {
        return jarWith("chronoline.jar", Map.of("org/chronoline/Main.class", "main", "javafx/javafx-base.jar", "base module",
                "javafx/javafx-graphics.jar", "graphics module, larger", "javafx/readme/notes.jar", "not a module of this folder"));
    }

    /** A module jar of the given files, as bytes. */
    private static byte[] moduleWith(Map<String, String> entries) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * JavaFX's native libraries are taken out beside the modules, where JavaFX loads them from first:
     * left inside, every start had JavaFX read and compare them with its copies in ~/.openjfx.
     */
    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS) // (there JavaFX looks in ../bin)
    void theNativeLibrariesAreTakenOutBesideTheModules() throws IOException {
        byte[] graphics = moduleWith(Map.of("com/sun/glass/ui/Application.class", "class", "libglass.so", "ELF glass",
                "libprism_sw.dylib", "Mach-O prism", "META-INF/notes.so", "not at the root"));
        Path jar = folder.resolve("chronoline.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("javafx/javafx-base.jar"));
            out.write(moduleWith(Map.of("javafx/beans/Observable.class", "class")));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("javafx/javafx-graphics.jar"));
            out.write(graphics);
            out.closeEntry();
        }

        Path modules = ModuleJars.extracted(jar, folder.resolve("cache")).get(0).getParent();

        assertThat(modules.resolve("libglass.so")).hasContent("ELF glass");
        assertThat(modules.resolve("libprism_sw.dylib")).hasContent("Mach-O prism");
        assertThat(modules.resolve("notes.so")).doesNotExist();
        assertThat(ModuleJars.extracted(jar, folder.resolve("cache")).get(0).getParent()).as("found there after").isEqualTo(modules);
    }

    @Test
    void theModulesAreLookedUpInTheOrderTheCacheFoldersNameIsMadeIn() {
        assertThat(ModuleJars.MODULES).isSorted().containsExactly("javafx-base.jar", "javafx-controls.jar", "javafx-graphics.jar");
    }

    @Test
    void checksumsAreEightHexadecimalDigits() {
        assertThat(ModuleJars.eightHexDigits(0)).isEqualTo("00000000");
        assertThat(ModuleJars.eightHexDigits(0xabcL)).isEqualTo("00000abc");
        assertThat(ModuleJars.eightHexDigits(0xffffffffL)).isEqualTo("ffffffff");
        assertThat(ModuleJars.eightHexDigits(0x1234567890L)).as("a CRC-32 has 32 bits; more are not ours").isEqualTo("34567890");
    }

    @Test
    void theModulesAreTakenOutOnceAndFoundThereAfter() throws IOException {
        Path cache = folder.resolve("cache");
        List<Path> first = ModuleJars.extracted(chronolineJar(), cache);

        assertThat(first).extracting(p -> p.getFileName().toString()).containsExactly("javafx-base.jar", "javafx-graphics.jar");
        assertThat(first.get(0)).hasContent("base module");
        assertThat(first.get(0).getParent().getParent()).isEqualTo(cache);
        assertThat(first.get(0).getParent().getFileName().toString()).matches("javafx-[0-9a-f]{8}");
        FileTime written = Files.getLastModifiedTime(first.get(1));

        List<Path> second = ModuleJars.extracted(folder.resolve("chronoline.jar"), cache);
        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second.get(1))).as("not written again").isEqualTo(written);
        assertThat(inCache(cache)).as("no half-filled folders left").containsExactly(first.get(0).getParent().getFileName().toString());
    }

    @Test
    void aJarCutShortInTheCacheIsTakenOutAgain() throws IOException {
        Path cache = folder.resolve("cache");
        List<Path> first = ModuleJars.extracted(chronolineJar(), cache);
        Files.writeString(first.get(1), "graph"); // a start killed while writing, a disk that filled up
        Files.delete(first.get(0));

        List<Path> again = ModuleJars.extracted(folder.resolve("chronoline.jar"), cache);

        assertThat(again.get(0)).hasContent("base module");
        assertThat(again.get(1)).hasContent("graphics module, larger");
    }

    /** What the cache holds, its lock file aside. */
    private static List<String> inCache(Path cache) throws IOException {
        try (var listed = Files.list(cache)) {
            return listed.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lock")).toList();
        }
    }

    @Test
    void modulesThatWillNotLoadAreTakenOutAgainInPlaceOfTheDamagedOnes() throws IOException {
        // Bytes damaged at full length (a crash before they reached the disk): the sizes look whole.
        Path cache = folder.resolve("cache");
        List<Path> first = ModuleJars.extracted(chronolineJar(), cache);
        Files.writeString(first.get(0), "x".repeat("base module".length()));

        List<Path> again = ModuleJars.extracted(folder.resolve("chronoline.jar"), cache, true);

        assertThat(again).isEqualTo(first);
        assertThat(again.get(0)).hasContent("base module");
        assertThat(inCache(cache)).as("the damaged folder moved aside and removed").hasSize(1);
    }

    @Test
    void leftoversAndOldVersionsAreSweptAwayByTheNextFillingOnlyWhenOld() throws IOException {
        Path cache = folder.resolve("cache");
        Path old = Files.createDirectories(cache.resolve(".filling-123"));
        Files.writeString(old.resolve("javafx-base.jar"), "half");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 2 * 86_400_000L));
        Path recent = Files.createDirectories(cache.resolve(".filling-456")); // another start, filling now
        Path olderVersion = Files.createDirectories(cache.resolve("javafx-0badc0de"));
        Files.writeString(olderVersion.resolve("javafx-base.jar"), "an older JavaFX");
        Files.setLastModifiedTime(olderVersion, FileTime.fromMillis(System.currentTimeMillis() - 30 * 86_400_000L));
        Path lastWeeksBuild = Files.createDirectories(cache.resolve("javafx-0000beef"));

        ModuleJars.extracted(chronolineJar(), cache);

        assertThat(old).doesNotExist();
        assertThat(olderVersion).as("an upgrade's leftovers").doesNotExist();
        assertThat(recent).exists();
        assertThat(lastWeeksBuild).as("another version used lately").exists();
    }

    @Test
    void anotherVersionOfChronolineUsesAFolderOfItsOwn() throws IOException {
        Path cache = folder.resolve("cache");
        List<Path> one = ModuleJars.extracted(chronolineJar(), cache);
        Path newer = jarWith("newer.jar", Map.of("javafx/javafx-base.jar", "base module, newer", "javafx/javafx-graphics.jar", "graphics"));

        List<Path> other = ModuleJars.extracted(newer, cache);

        assertThat(other.get(0).getParent()).isNotEqualTo(one.get(0).getParent());
        assertThat(other.get(0)).hasContent("base module, newer");
        assertThat(one.get(0)).as("the other version's modules are left alone").hasContent("base module");
    }

    @Test
    void whereTheCacheCannotBeWrittenATemporaryFolderServesThisRun() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("cache"), "a file where the cache folder would be");

        List<Path> modules = ModuleJars.extracted(chronolineJar(), notAFolder.resolve("chronoline"));

        assertThat(modules).hasSize(2);
        assertThat(modules.get(1)).hasContent("graphics module, larger");
        assertThat(modules.get(0).getParent().getFileName().toString()).startsWith("chronoline-javafx-");
    }

    @Test
    void aJarWithoutModulesHasNone() throws IOException {
        Path plain = jarWith("plain.jar", Map.of("org/chronoline/Main.class", "main"));

        assertThat(ModuleJars.extracted(plain, folder.resolve("cache"))).isEmpty();
        assertThat(folder.resolve("cache")).doesNotExist();
    }

    @Test
    void eachSystemKeepsTheCacheInItsUsualPlace() {
        assertThat(ModuleJars.cacheRoot("Windows 11", "/home/ana", Map.of("LOCALAPPDATA", "/elsewhere/Local")))
                .isEqualTo(Path.of("/elsewhere/Local", "Chronoline", "Cache"));
        assertThat(ModuleJars.cacheRoot("Windows 11", "/home/ana", Map.of())).isEqualTo(Path.of("/home/ana", "AppData", "Local", "Chronoline", "Cache"));
        assertThat(ModuleJars.cacheRoot("Mac OS X", "/Users/ana", Map.of())).isEqualTo(Path.of("/Users/ana/Library/Caches/Chronoline"));
        assertThat(ModuleJars.cacheRoot("Linux", "/home/ana", Map.of())).isEqualTo(Path.of("/home/ana/.cache/chronoline"));
        assertThat(ModuleJars.cacheRoot("Linux", "/home/ana", Map.of("XDG_CACHE_HOME", "/tmp/c"))).isEqualTo(Path.of("/tmp/c/chronoline"));
        assertThat(ModuleJars.cacheRoot("Linux", "/home/ana", Map.of("XDG_CACHE_HOME", "relative"))).isEqualTo(Path.of("/home/ana/.cache/chronoline"));
    }

    @Test
    void theLauncherOpensToControlsFxWhatTheAppImageDoes() throws IOException {
        // The app image passes the same as options (pom.xml, dist.module.options); the two lists must not drift apart.
        String pom = Files.readString(Path.of("pom.xml"));
        String options = pom.substring(pom.indexOf("<dist.module.options>") + "<dist.module.options>".length(), pom.indexOf("</dist.module.options>"));
        List<String> exports = java.util.Arrays.stream(options.split("\\s+")).filter(o -> o.startsWith("--add-exports="))
                .map(o -> o.substring("--add-exports=".length(), o.indexOf('=', "--add-exports=".length()))).toList();
        List<String> opens = java.util.Arrays.stream(options.split("\\s+")).filter(o -> o.startsWith("--add-opens="))
                .map(o -> o.substring("--add-opens=".length(), o.indexOf('=', "--add-opens=".length()))).toList();

        assertThat(JarStart.EXPORTS).containsExactlyInAnyOrderElementsOf(exports);
        assertThat(JarStart.OPENS).containsExactlyInAnyOrderElementsOf(opens);
        // And the jar's manifest, for a Java that carries JavaFX itself.
        assertThat(property(pom, "jar.add.exports").split(" ")).containsExactlyInAnyOrderElementsOf(exports);
        assertThat(property(pom, "jar.add.opens").split(" ")).containsExactlyInAnyOrderElementsOf(opens);
    }

    @Test
    void theAppImageStartsWithTheCompilerThresholdsOfTheJarsSecondJava() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(property(pom, "dist.compiler.options").split(" ")).containsExactlyElementsOf(JarStart.COMPILER_OPTIONS);
        assertThat(property(pom, "dist.java.options")).contains("${dist.compiler.options}");
        assertThat(Files.readString(Path.of("packaging", "linux", "Chronoline.launcher"))).contains("@COMPILER_OPTIONS@");
    }

    @Test
    void theLinuxAppImageStartsWithTheCollectorOfTheJarsSecondJava() throws IOException {
        assertThat(property(Files.readString(Path.of("pom.xml")), "dist.collector.option")).isEqualTo(JarStart.COLLECTOR);
        assertThat(Files.readString(Path.of("packaging", "linux", "Chronoline.launcher"))).contains("collector=@COLLECTOR_OPTION@");
    }

    @Test
    void theJava25AppImageAllowsJavaFxWhatTheJarsSecondJavaAllowsIt() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String java25 = pom.substring(pom.indexOf("<id>java-25-here</id>"));

        assertThat(property(java25, "dist.runtime.options").split(" ")).containsExactlyElementsOf(JarStart.javaFxAllowances(25));
        assertThat(property(pom, "dist.runtime.options")).as("the building Java's, 17: none").isEmpty();
        assertThat(JarStart.javaFxAllowances(17)).isEmpty();
        assertThat(Files.readString(Path.of("packaging", "linux", "Chronoline.launcher"))).contains("@RUNTIME_OPTIONS@");
        assertThat(Files.readString(Path.of("packaging", "linux", "postinst"))).contains("@RUNTIME_OPTIONS@");
    }

    private static String property(String pom, String name) {
        return pom.substring(pom.indexOf("<" + name + ">") + name.length() + 2, pom.indexOf("</" + name + ">"));
    }
}
