package org.chronoline.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class ProcessUptimeTest {

    /** The first frame's mark says how long the process has run, as Java's own uptime does (which starts a little after the process). */
    @Test
    void itIsThisProcesssUptime() {
        long java = ManagementFactory.getRuntimeMXBean().getUptime();
        long process = ProcessUptime.millis();
        assertThat(process).isCloseTo(java, within(300L)).isPositive();
    }
}
