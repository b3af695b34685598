package org.chronoline.launch;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The runnable jar's main class ({@code java -jar chronoline.jar}): starts Chronoline with JavaFX as
 * named modules, the only way JavaFX supports. A jar cannot put anything on the module path, so
 * JavaFX's own modular jars travel inside it ({@code javafx/*.jar}, with the headless Monocle
 * platform added to javafx.graphics for the command line's pictures); they are taken out once into
 * the user's cache ({@link ModuleJars}), made a module layer, and Chronoline's own classes are
 * loaded by a class loader above that layer, with the internal packages ControlsFX reaches into
 * opened to them (the same list the app image's launcher passes as options). Started so, JavaFX
 * has no reason to warn of an "Unsupported JavaFX configuration".
 *
 * <p>This class uses nothing of Chronoline's or JavaFX's: whatever it loaded would be loaded a
 * second time, apart, by the class loader it makes.
 */
public final class JarStart {
    static final String MAIN = "org.chronoline.Main";
    /** The system property naming the file Chronoline's main touches first thing, so that a window's start by a second Java knows it began. */
    public static final String HANDSHAKE = "chronoline.handshake";

    /**
     * How long a method runs compiled by Java's quick compiler before its optimising compiler takes it
     * on: three times the default, for the starts this jar and the app image hand to a Java of their
     * own (the app image's launcher passes the same, {@code dist.compiler.options} in pom.xml). A
     * window's start keeps both processor cores busy, and much of what the optimising compiler did
     * there was for code that is busy only while the window is first built and styled: measured
     * side by side, this took about a tenth off the app image's start on the bundled timeline
     * (median of 21: 1,121 to 981 ms) and a few percent off a 100,000-event start; code that stays
     * busy, such as painting, is optimised a moment later than before. The jar's second Java gets
     * the options its start was given after these, so a user's own values win, and none of these
     * when those options turn tiered compilation off (the optimising compiler alone has thresholds
     * of its own). The app image's launcher puts them on Java's command line, where only
     * {@code _JAVA_OPTIONS} overrides them.
     */
    static final List<String> COMPILER_OPTIONS = List.of(
            "-XX:Tier4InvocationThreshold=15000",
            "-XX:Tier4MinInvocationThreshold=1800",
            "-XX:Tier4CompileThreshold=45000",
            "-XX:Tier4BackEdgeThreshold=120000");

    /**
     * The garbage collector of the starts this jar and the Linux app image hand to a Java of their
     * own: the parallel one instead of Java's default (G1), unless the user's options choose one (Java
     * refuses to start with two). A large timeline is read almost entirely into objects that live as
     * long as it is open, which G1 copies from region to region in young collections while it grows;
     * measured side by side on 100,000 events (9 interleaved rounds each, 4 December), the first
     * frame came 14-15% sooner (app image: median 2,315 against 2,723 ms; jar 2,390 against 2,769)
     * and {@code --check} took 12% less, while the bundled timeline's start was unchanged (1,013
     * against 1,006 ms, 11 rounds; G1 alone maps Java's archived objects, which this start does not
     * miss). Its longest pauses on 100,000 events are longer (young 140 against 89 ms, a whole
     * benchmark run; full 89-187 against 59-91 ms, which reading never needs) and it holds less memory
     * (324 against 440 MB); with the few hundred events a class uses, every pause is a few
     * milliseconds either way. docs/speed.md has the rest.
     */
    static final String COLLECTOR = "-XX:+UseParallelGC";

    /** Packages inside JavaFX that ControlsFX uses: {@code module/package}, exported, or opened when marked so. */
    static final List<String> EXPORTS = List.of(
            "javafx.base/com.sun.javafx.event",
            "javafx.base/com.sun.javafx.collections",
            "javafx.base/com.sun.javafx.runtime",
            "javafx.controls/com.sun.javafx.scene.control",
            "javafx.controls/com.sun.javafx.scene.control.behavior",
            "javafx.controls/com.sun.javafx.scene.control.inputmap",
            "javafx.graphics/com.sun.javafx.scene",
            "javafx.graphics/com.sun.javafx.scene.traversal",
            "javafx.graphics/com.sun.javafx.css",
            "javafx.graphics/com.sun.javafx.tk");
    static final List<String> OPENS = List.of(
            "javafx.controls/javafx.scene.control.skin",
            "javafx.graphics/javafx.scene");

    /**
     * What Java 24 and later ask before JavaFX may load its native libraries and its renderer
     * (Marlin) may use sun.misc.Unsafe's memory access: without them each start warns on the error
     * stream, four lines for each (JEP 472 and 498). The second Java of a window's start and its
     * training get them (JavaFX is a module of the boot layer there); a Java that starts with the
     * jar's own layer cannot be given the second, and warns once where a command draws.
     */
    static List<String> javaFxAllowances(int javaFeature) {
        return javaFeature >= 24 ? List.of("--enable-native-access=javafx.graphics", "--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    private JarStart() {
    }

    /** Exit code when JavaFX cannot be started from the jar (the command line's own codes are 0 to 2). */
    public static final int CANNOT_START = 70;

    public static void main(String[] args) throws Throwable {
        ConsoleEncoding.install(); // what this Java itself says ("cannot start"), in UTF-8 where the system's is ASCII
        // Another main class of the jar may be asked for: the benchmark is started so.
        String main = System.getProperty("chronoline.main", MAIN);
        if (ModuleLayer.boot().findModule("javafx.graphics").isPresent()) {
            // JavaFX is a module already: a developer's module path, or a Java that carries JavaFX
            // (the jar's manifest opens to Chronoline what ControlsFX needs, Add-Exports and Add-Opens).
            run(JarStart.class.getClassLoader(), main, args);
            return;
        }
        Path jar = ownJar();
        ClassLoader app;
        try {
            List<Path> modules = jar == null ? List.of() : ModuleJars.extracted(jar);
            if (!modules.isEmpty() && modules.get(0).startsWith(ModuleJars.cacheRoot())
                    && !"false".equals(System.getProperty("chronoline.sharedArchive"))) {
                startWithTheArchive(jar, modules, main, args);
            }
            // No modules inside (started from the classes of a build): JavaFX is wherever the class path has it.
            app = modules.isEmpty() ? JarStart.class.getClassLoader() : loaderAboveJavaFxOrAfresh(jar, modules);
        } catch (IOException | RuntimeException | LinkageError e) {
            cannotStart(e, args);
            return;
        }
        // Outside the try: what Chronoline itself throws is its own, never "JavaFX could not start".
        Thread.currentThread().setContextClassLoader(app);
        run(app, main, args);
    }

    /**
     * For a window's start: with an archive of the classes made for this jar and this Java, runs
     * Chronoline in a second Java that maps them, and exits with its exit code; without one, has one
     * made a little later, for the next start. Returns when Chronoline is to start here, in this Java.
     */
    private static void startWithTheArchive(Path jar, List<Path> modules, String main, String[] args) {
        try {
            // Only a window's start: a command (--check, an export) starts as fast in one Java, and its output stays plain.
            if (!main.equals(MAIN) || !opensAWindow(args)) {
                return;
            }
            SharedArchive shared = SharedArchive.forThisJava(jar, modules);
            if (!shared.ready()) {
                shared.trainLater();
            } else if (shared.canStartAnotherJava()) {
                Integer code = shared.start(main, args);
                if (code != null) {
                    System.exit(code);
                }
                // (null: the second Java did not get as far as Chronoline; the archive is set aside, and it starts here)
            }
        } catch (RuntimeException | LinkageError e) {
            // Started as before, here.
        }
    }

    /** Whether the arguments open a window: none, or only a file (and the language), not a command. */
    static boolean opensAWindow(String[] args) {
        List<String> rest = LanguageArgument.of(args).rest();
        try {
            return rest.isEmpty() || (rest.size() == 1 && !rest.get(0).startsWith("-") && Files.isRegularFile(Path.of(rest.get(0))));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The layer over the modules in the cache; if they will not load, over the modules taken out again. */
    private static ClassLoader loaderAboveJavaFxOrAfresh(Path jar, List<Path> modules) throws IOException {
        try {
            return loaderAboveJavaFx(jar, modules);
        } catch (RuntimeException | LinkageError damaged) {
            try {
                return loaderAboveJavaFx(jar, ModuleJars.extractedAfresh(jar));
            } catch (IOException | RuntimeException | LinkageError again) {
                again.addSuppressed(damaged);
                throw again;
            }
        }
    }

    /**
     * Says why, in the language asked for ({@code --lang}, {@code chronoline.lang}) or the system's,
     * from the messages read directly (Chronoline's own classes cannot be loaded), and exits.
     */
    private static void cannotStart(Throwable why, String[] args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("org.chronoline.text.messages", language(args)).getString("launch.failed");
        } catch (RuntimeException e) {
            pattern = "Chronoline could not start JavaFX from its jar ({0}). Delete the folder {1} and start Chronoline again.";
        }
        System.err.println(pattern.replace("{0}", String.valueOf(why)).replace("{1}", ModuleJars.cacheRoot().toString()));
        System.exit(CANNOT_START);
    }

    private static Locale language(String[] args) {
        Locale asked = LanguageArgument.of(args).asked();
        if (asked != null) {
            return asked;
        }
        String property = System.getProperty("chronoline.lang");
        return property != null && !property.isBlank() ? Locale.forLanguageTag(property) : Locale.getDefault();
    }

    /** JavaFX's modules as a layer over the JDK's, and a loader for Chronoline (this jar) whose parent is theirs. */
    static ClassLoader loaderAboveJavaFx(Path jar, List<Path> modules) throws IOException {
        ModuleLayer boot = ModuleLayer.boot();
        Configuration javafx = boot.configuration().resolve(ModuleFinder.of(modules.toArray(Path[]::new)), ModuleFinder.of(),
                Set.of("javafx.controls"));
        ModuleLayer.Controller layer = ModuleLayer.defineModulesWithOneLoader(javafx, List.of(boot), ClassLoader.getPlatformClassLoader());
        ClassLoader javafxLoader = layer.layer().findLoader("javafx.graphics");
        URLClassLoader app = new URLClassLoader("chronoline", new URL[] {jar.toUri().toURL()}, javafxLoader);
        Module chronoline = app.getUnnamedModule();
        for (String export : EXPORTS) {
            String[] parts = export.split("/");
            layer.addExports(layer.layer().findModule(parts[0]).orElseThrow(), parts[1], chronoline);
        }
        for (String open : OPENS) {
            String[] parts = open.split("/");
            layer.addOpens(layer.layer().findModule(parts[0]).orElseThrow(), parts[1], chronoline);
        }
        allowNativeAccess(layer, layer.layer().findModule("javafx.graphics").orElseThrow());
        return app;
    }

    /**
     * Lets JavaFX's graphics module load its native libraries without Java 24's warning, as
     * {@code --enable-native-access} does for a module of the boot layer (Java 22's
     * {@code ModuleLayer.Controller.enableNativeAccess}, called by name: the jar is built for Java 17).
     * That method is itself allowed only to code with native access, which the jar's manifest gives
     * the class path ({@code Enable-Native-Access: ALL-UNNAMED}).
     */
    private static void allowNativeAccess(ModuleLayer.Controller layer, Module module) {
        try {
            ModuleLayer.Controller.class.getMethod("enableNativeAccess", Module.class).invoke(layer, module);
        } catch (NoSuchMethodException beforeJava22) {
            // nothing to allow: Java 17 to 21 load native libraries without a word
        } catch (ReflectiveOperationException | RuntimeException e) {
            // JavaFX still loads them, with Java's warning
        }
    }

    /** The jar this class was loaded from, or null when it was loaded from a folder of classes. */
    private static Path ownJar() {
        try {
            Path location = Path.of(JarStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static void run(ClassLoader loader, String mainClass, String[] args) throws Throwable {
        Method main = Class.forName(mainClass, true, loader).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
