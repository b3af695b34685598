package org.chronoline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of the house: data flows one way, and the model and file code never touch the screen. */
@AnalyzeClasses(packages = "org.chronoline", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.google.gson..", "org.controlsfx..",
                    "..io..", "..view..", "..app..", "..cli..", "java.nio.file..");

    @ArchTest
    static final ArchRule ioNeverTouchesTheScreen = noClasses().that().resideInAPackage("..io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "..view..", "..app..", "..cli..");

    @ArchTest
    static final ArchRule viewNeverParsesFiles = noClasses().that().resideInAPackage("..view..")
            .should().dependOnClassesThat().resideInAnyPackage("..io..", "..app..", "..cli..", "com.google.gson..");

    /** Outputs (pictures, handouts) are made for the window and the command line alike, so they know neither. */
    @ArchTest
    static final ArchRule outputsServeWindowAndCommandLine = noClasses().that().resideInAPackage("..output..")
            .should().dependOnClassesThat().resideInAnyPackage("..app..", "..cli..", "javafx.stage..");

    /** The command line draws images through the view, headless, but never opens the window. */
    @ArchTest
    static final ArchRule cliHasNoWindow = noClasses().that().resideInAPackage("..cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.stage..", "org.controlsfx..", "..app..");
}
