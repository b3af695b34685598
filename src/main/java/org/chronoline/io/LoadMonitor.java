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

    /**
     * The file was read to its end as a timeline: {@code checksum} is the CRC32C of every byte read
     * ({@link FileStamp#withChecksum}), the very bytes the document was made from.
     */
    default void readWhole(long checksum) {
    }
}
