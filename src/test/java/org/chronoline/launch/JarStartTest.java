package org.chronoline.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The launcher started from a build's classes (no jar, so no modules to take out): it runs the main class it is asked for as it is. */
class JarStartTest {
    static final List<String> RECEIVED = new ArrayList<>();

    /** A main class that records its arguments. */
    public static final class Recording {
        public static void main(String[] args) {
            RECEIVED.addAll(List.of(args));
        }
    }

    /** A main class that fails as a program can. */
    public static final class Failing {
        public static void main(String[] args) {
            throw new IllegalStateException("the program's own failure");
        }
    }

    @AfterEach
    void forget() {
        System.clearProperty("chronoline.main");
        RECEIVED.clear();
    }

    @Test
    void theMainClassAskedForGetsTheArguments() throws Throwable {
        System.setProperty("chronoline.main", Recording.class.getName());

        JarStart.main(new String[] {"--check", "data/events.json"});

        assertThat(RECEIVED).containsExactly("--check", "data/events.json");
    }

    @Test
    void whatTheProgramThrowsIsItsOwnNeverJavaFxCouldNotStart() {
        // Before, this was caught as a launch failure: "delete the cache folder", exit code 70 (here: the test JVM gone).
        System.setProperty("chronoline.main", Failing.class.getName());

        assertThatThrownBy(() -> JarStart.main(new String[0])).isInstanceOf(IllegalStateException.class)
                .hasMessage("the program's own failure");
    }
}
