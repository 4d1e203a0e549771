package io.datacoolie.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;

/**
 * The child JVM of the memory scenario: copies a whole window in one chunk, by hand or with DataCoolie, then prints
 * {@code RESULT rows=N heapPeakMb=M gcs=G} on stdout.
 *
 * <p>Arguments: {@code baseline|datacoolie srcName srcUrl srcUser dstName dstUrl dstUser srcTable dstTable start end
 * workDir}.
 */
public final class MemoryProbe {

    private MemoryProbe() {
    }

    /**
     * @param args see the class comment
     * @throws Exception when the copy fails; the exit code is then non-zero
     */
    public static void main(String[] args) throws Exception {
        BenchDb src = BenchDb.existing(args[1], args[2], args[3]);
        BenchDb dst = BenchDb.existing(args[4], args[5], args[6]);
        Window w = Window.of(args[9], args[10]);
        long rows;
        if (args[0].equals("baseline")) {
            try (Connection s = src.connect(); Connection d = dst.connect()) {
                rows = JdbcStreamingCopy.copy(s, args[7], d, args[8], w);
            }
        } else {
            try (Replayer r = DataCoolieReplayer.open(java.nio.file.Path.of(args[11]))) {
                rows = r.replay(src, args[7], dst, args[8], w, null).rows();
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> g.getCollectionCount()).sum();
        System.out.printf("RESULT rows=%d heapPeakMb=%d gcs=%d%n", rows, peak / (1024 * 1024), gcs);
    }
}
