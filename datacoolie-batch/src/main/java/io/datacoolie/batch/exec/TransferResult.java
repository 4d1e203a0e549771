package io.datacoolie.batch.exec;

import java.util.List;
import java.util.Map;

/**
 * What one window's read and write did, before commit.
 *
 * @param sql the source SQL with {@code ?} placeholders
 * @param binds its bind values in order
 * @param rowsRead rows read
 * @param rowsWritten rows written
 * @param rowsDeleted rows the write removed first (replaced chunk range, overwrite), or 0
 * @param maxima per watermark column, the largest value read (null when none)
 */
public record TransferResult(String sql, List<Object> binds, long rowsRead, long rowsWritten, long rowsDeleted,
        Map<String, Object> maxima) {
}
