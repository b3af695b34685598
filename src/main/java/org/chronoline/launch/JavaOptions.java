package org.chronoline.launch;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What the jar's first Java needs to know about itself before it starts a second: the options it
 * was started with, and whether it points to objects and classes as Java does by default. Both are
 * read without Java's management interface where possible: loading it took 25-30 ms of the first
 * Java's 40-60 ms of work here, measured in a fresh Java, on every window's start from the jar.
 */
final class JavaOptions {
    /** Options that change how objects and classes are pointed to, or may, from a file: only the management interface can tell. */
    private static final List<String> POINTER_OPTIONS = List.of("-XX:ObjectAlignmentInBytes=", "-XX:-UseCompressedClassPointers",
            "-XX:+UseCompactObjectHeaders", "-XX:Flags=", "-XX:VMOptionsFile=");

    private JavaOptions() {
    }

    /**
     * The options this Java was started with, those it took from {@code JAVA_TOOL_OPTIONS},
     * {@code JDK_JAVA_OPTIONS} and {@code _JAVA_OPTIONS} included: the management interface's
     * input arguments. They are asked of Java's own {@code jdk.internal.misc.VM}, which the jar's
     * manifest exports to Chronoline (Add-Exports) and which answers with the same list; where it
     * is not exported (Chronoline's classes started otherwise) or not there (a later Java), of the
     * management interface.
     */
    static List<String> ofThisJava() {
        List<String> options = fromTheVm();
        return options != null ? options : ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** The same, asked of {@code jdk.internal.misc.VM}; null where it is not exported to Chronoline or not there. */
    static List<String> fromTheVm() {
        try {
            Object options = Class.forName("jdk.internal.misc.VM").getMethod("getRuntimeArguments").invoke(null);
            return List.of((String[]) options);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notExported) {
            return null;
        }
    }

    /**
     * Whether this Java, started with {@code options}, compresses its object and class pointers and
     * aligns objects as Java does by default, as the training run did. A Java that does not (a heap
     * of 32 GB or more turns compressed object pointers off by itself; so do -XX:-UseCompressedOops
     * and the like) ignores the archive without a word and would start a second Java for nothing
     * (measured: 2.0 s against 1.2 s). Object pointers are told by how far apart an array's
     * elements are; class pointers and alignment change only when an option asks for it, and then
     * the management interface is asked. When it cannot be told, true: the second Java then starts
     * as before.
     */
    static boolean pointersAsByDefault(List<String> options) {
        if (options.stream().anyMatch(option -> POINTER_OPTIONS.stream().anyMatch(option::startsWith))) {
            return pointersAsByDefault();
        }
        try {
            return Class.forName("sun.misc.Unsafe").getField("ARRAY_OBJECT_INDEX_SCALE").getInt(null) == 4;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return pointersAsByDefault();
        }
    }

    /** The same, asked of the management interface. */
    static boolean pointersAsByDefault() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return "true".equals(vm.getVMOption("UseCompressedOops").getValue())
                    && "true".equals(vm.getVMOption("UseCompressedClassPointers").getValue())
                    && "8".equals(vm.getVMOption("ObjectAlignmentInBytes").getValue())
                    && !compactHeaders(vm);
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
    }

    /** Whether objects have compact headers (Java 24 and later, when asked for): an archive made without them is ignored. */
    private static boolean compactHeaders(HotSpotDiagnosticMXBean vm) {
        try {
            return "true".equals(vm.getVMOption("UseCompactObjectHeaders").getValue());
        } catch (IllegalArgumentException noSuchOption) {
            return false; // Java 17 to 23
        }
    }
}
