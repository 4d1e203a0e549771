package io.datacoolie.batch.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What identifies "the same replay": dataflow, destination, range, step, chunk column, zone and save_watermark.
 * Submitting the same request again resumes the unfinished replay instead of starting over.
 *
 * @param dataflowId the dataflow
 * @param destination the destination table's qualified name
 * @param start the range start as text
 * @param end the range end as text
 * @param chunk the chunk step as {@code UNIT=N}, or empty for one chunk
 * @param chunkColumn the resolved chunk column
 * @param zone the zone id, or empty
 * @param saveWatermark whether chunks save the watermark
 */
public record ReplayRequest(String dataflowId, String destination, String start, String end, String chunk,
        String chunkColumn, String zone, boolean saveWatermark) {

    /** @return a stable SHA-256 key of the request */
    public String key() {
        String text = String.join("\u0001", List.of(dataflowId, destination, start, end, nz(chunk), chunkColumn,
                nz(zone), Boolean.toString(saveWatermark)));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a short description for the store and messages */
    public String describe() {
        return "[" + start + ", " + end + ") " + (nz(chunk).isEmpty() ? "single chunk" : chunk) + " on "
                + chunkColumn + (nz(zone).isEmpty() ? "" : " zone " + zone)
                + (saveWatermark ? " save_watermark" : "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
