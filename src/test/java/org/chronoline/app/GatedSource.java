package org.chronoline.app;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.chronoline.io.TimelineSource;

/**
 * A large file served up to half-way, then held until the test lets it go: a load of it is
 * certainly running when the test acts (clicks Cancel, looks at the progress). Counts what is
 * served past the gate, and notices when the reader closes it.
 */
final class GatedSource implements TimelineSource {
    private final Path file;
    private final long half;
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicBoolean reachedGate = new AtomicBoolean();
    private final AtomicLong servedPastTheGate = new AtomicLong();
    private final AtomicBoolean closedPastTheGate = new AtomicBoolean();

    GatedSource(Path file) throws IOException {
        this.file = file;
        this.half = Files.size(file) / 2;
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public long size() throws IOException {
        return Files.size(file);
    }

    @Override
    public InputStream open() throws IOException {
        return new FilterInputStream(Files.newInputStream(file)) {
            private long mine;
            private boolean gated;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (mine >= half) {
                    gated = true;
                    reachedGate.set(true);
                    try {
                        released.await();
                    } catch (InterruptedException e) {
                        throw new InterruptedIOException();
                    }
                }
                int n = super.read(b, off, len);
                mine += Math.max(0, n);
                if (gated) {
                    servedPastTheGate.addAndGet(Math.max(0, n));
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                super.close();
                if (gated) {
                    closedPastTheGate.set(true);
                }
            }
        };
    }

    boolean reachedGate() {
        return reachedGate.get();
    }

    void release() {
        released.countDown();
    }

    /** Bytes read after the gate opened: a reading that stops at once reads at most one more chunk. */
    long servedPastTheGate() {
        return servedPastTheGate.get();
    }

    boolean closedPastTheGate() {
        return closedPastTheGate.get();
    }
}
