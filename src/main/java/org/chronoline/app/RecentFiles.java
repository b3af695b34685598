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

    RecentFiles(Settings settings) {
        this.node = settings;
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
        // Written on a thread of its own: on Linux the store is an XML file, and opening the first
        // file must not wait for it (it was 0.1 s on the way to the first frame).
        Thread writing = new Thread(node::flush, "chronoline-recent-files");
        writing.setDaemon(false);
        writing.start();
    }
}
