package org.chronoline.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.chronoline.launch.UserPreferences;

/**
 * What Chronoline remembers between sessions (recent files, where the window was, and later the
 * theme, the text size and the language), in the user's preferences: the registry on Windows, a
 * property list in the Library on macOS, a file under ~/.java on Linux. Tests and the benchmark use
 * nodes of their own (system property {@code chronoline.prefs}), so they never touch the user's.
 * A change is written to the store a second after it is made (with any made meanwhile): Java
 * writes on its own only every 30 seconds and when it exits, so a text size chosen just before
 * Chronoline was ended by the system, or crashed, was gone at the next start.
 */
final class Settings {
    private final Preferences node;
    /** Set while a write of changes is waiting: changes made meanwhile go with it. */
    private final AtomicBoolean writing = new AtomicBoolean();

    Settings() {
        String name = System.getProperty("chronoline.prefs", "default");
        this.node = UserPreferences.root().node("org/chronoline/" + name);
    }

    String get(String key, String otherwise) {
        return node.get(key, otherwise);
    }

    double getDouble(String key, double otherwise) {
        return node.getDouble(key, otherwise);
    }

    boolean getBoolean(String key, boolean otherwise) {
        return node.getBoolean(key, otherwise);
    }

    void put(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
        writeSoon();
    }

    void putDouble(String key, double value) {
        node.putDouble(key, value);
        writeSoon();
    }

    void putBoolean(String key, boolean value) {
        node.putBoolean(key, value);
        writeSoon();
    }

    void remove(String key) {
        node.remove(key);
        writeSoon();
    }

    /** Forgets everything remembered: a first start (the tests begin each window so). */
    void clear() {
        try {
            node.clear();
        } catch (BackingStoreException e) {
            // nothing remembered to forget
        }
    }

    private void writeSoon() {
        if (writing.compareAndSet(false, true)) {
            CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS).execute(() -> {
                writing.set(false);
                flush();
            });
        }
    }

    /** Writes what changed to the store now; a failure only means it is forgotten, which must not disturb the user. */
    void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // remembered for this session only
        }
    }
}
