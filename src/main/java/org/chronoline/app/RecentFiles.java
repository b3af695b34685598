package org.chronoline.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files opened most recently, newest first, remembered between sessions in the user's
 * {@link Settings}.
 */
final class RecentFiles {
    private static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Settings node;
    /** Writes the list to the store; for the window, on a thread of its own. */
    private final Runnable writing;

    RecentFiles(Settings settings) {
        // Written on a thread of its own: on Linux the store is an XML file, and opening the first
        // file must not wait for it (it was 0.1 s on the way to the first frame).
        this(settings, () -> {
            Thread thread = new Thread(settings::flush, "chronoline-recent-files");
            thread.setDaemon(false);
            thread.start();
        });
    }

    RecentFiles(Settings settings, Runnable writing) {
        this.node = settings;
        this.writing = writing;
    }

    List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = node.get(KEY + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        if (!files.isEmpty() && files.get(0).equals(absolute)) {
            return; // already the newest: reopening the last file (as most starts do) writes nothing
        }
        files.remove(absolute);
        files.add(0, absolute);
        store(files);
    }

    void clear() {
        store(List.of());
    }

    private void store(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        writing.run();
    }
}
