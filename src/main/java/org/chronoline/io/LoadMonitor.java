package org.chronoline.io;

/** Lets a long load report progress and be cancelled; called from the loading thread. */
public interface LoadMonitor {
    LoadMonitor NONE = new LoadMonitor() {
        @Override
        public void progress(long bytesRead, long totalBytes) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code totalBytes} is -1 when unknown. */
    void progress(long bytesRead, long totalBytes);

    boolean isCancelled();
}
