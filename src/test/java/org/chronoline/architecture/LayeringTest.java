package org.chronoline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the house: data flows one way (file, io, model, view state, view; edits, undo,
 * save), and the model and file code never touch the screen. Each rule says why it exists.
 * Packages are named in full: "..io.." would also match java.io.
 */
@AnalyzeClasses(packages = "org.chronoline", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String MODEL = "org.chronoline.model..";
    private static final String IO = "org.chronoline.io..";
    private static final String VIEW = "org.chronoline.view..";
    private static final String OUTPUT = "org.chronoline.output..";
    private static final String APP = "org.chronoline.app..";
    private static final String CLI = "org.chronoline.cli..";
    private static final String BENCH = "org.chronoline.bench..";
    private static final String LAUNCH = "org.chronoline.launch..";

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.google.gson..", "org.controlsfx..", IO, VIEW, OUTPUT,
                    APP, CLI, "java.nio.file..")
            .because("the model is the history itself: tested without a screen or a file, usable by every front end");

    @ArchTest
    static final ArchRule ioNeverTouchesTheScreen = noClasses().that().resideInAPackage(IO)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", VIEW, OUTPUT, APP, CLI)
            .because("reading and writing files must work on a server, in the command line and in tests without a display");

    @ArchTest
    static final ArchRule viewNeverParsesFiles = noClasses().that().resideInAPackage(VIEW)
            .should().dependOnClassesThat().resideInAnyPackage(IO, OUTPUT, APP, CLI, "com.google.gson..")
            .because("the view draws a model it is given; where the model came from is io's business");

    @ArchTest
    static final ArchRule outputsServeWindowAndCommandLine = noClasses().that().resideInAPackage(OUTPUT)
            .should().dependOnClassesThat().resideInAnyPackage(APP, CLI, "javafx.stage..", "org.controlsfx..")
            .because("pictures and handouts are made the same way for the window and the command line");

    @ArchTest
    static final ArchRule commandLineHasNoWindow = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.stage..", "org.controlsfx..", APP)
            .because("the command line draws through the view, headless, and never opens the window");

    @ArchTest
    static final ArchRule windowDoesNotRunCommands = noClasses().that().resideInAPackage(APP)
            .should().dependOnClassesThat().resideInAnyPackage(CLI, BENCH)
            .because("what the window and the command line share lives below both (io, view, output), not in either");

    @ArchTest
    static final ArchRule benchmarkMeasuresTheRealThing = noClasses().that().resideInAPackage(BENCH)
            .should().dependOnClassesThat().resideInAnyPackage(CLI, APP)
            .because("the benchmark measures io, model and view directly, and starts the app as a user would, as a process");

    @ArchTest
    static final ArchRule launcherLoadsNothingItWouldLoadAgain = classes().that().resideInAPackage(LAUNCH)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.sun.management..", LAUNCH)
            .because("the jar's launcher runs before JavaFX is a module layer: what it loaded would be loaded twice, apart"
                    + " (the JDK's own classes, such as its management interfaces, are loaded once, by the JDK)");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.chronoline.(*)..").should().beFreeOfCycles()
            .because("a cycle between packages means neither can be understood, changed or tested alone");
}
