package org.chronoline.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long this process has been running, for the first frame's mark (the startup benchmark and
 * the tests read it). On Linux from /proc, to a hundredth of a second, without the management
 * interface, whose loading (25-30 ms) came before the mark and was counted in every start it
 * marked; elsewhere from the management interface. ({@code ProcessHandle}'s start time is no
 * substitute: on Linux it counts from the boot time in whole seconds, up to a second off.)
 */
public final class ProcessUptime {
    /** Linux's clock ticks per second for /proc (USER_HZ), the same on every architecture it runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessUptime() {
    }

    public static long millis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // After the program's name in brackets (which may hold spaces): its state is field 3, its start time field 22.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double started = Long.parseLong(fields[22 - 3]) / TICKS_PER_SECOND;
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round((uptime - started) * 1000);
        } catch (IOException | RuntimeException notLinux) {
            return ManagementFactory.getRuntimeMXBean().getUptime();
        }
    }
}
