package io.datacoolie.batch.replay;

import java.util.List;

/**
 * A replay as stored in the destination database when it was first submitted: the request and its chunk plan.
 *
 * @param replayId its id
 * @param dataflowId the dataflow
 * @param chunkColumn the column chunks are cut on
 * @param saveWatermark whether chunks save the watermark
 * @param status {@code running} or {@code completed}
 * @param chunks the stored plan with each chunk's ledger state
 */
public record StoredReplay(String replayId, String dataflowId, String chunkColumn, boolean saveWatermark,
        String status, List<StoredChunk> chunks) {

    /** Copies. */
    public StoredReplay {
        chunks = List.copyOf(chunks);
    }

    /**
     * @param index a chunk index
     * @return true when every chunk before it is done
     */
    public boolean predecessorsDone(int index) {
        return chunks.stream().filter(c -> c.index() < index).allMatch(StoredChunk::isDone);
    }

    /** @return the first chunk before which nothing blocks and that is not done, or -1 */
    public int firstUndone() {
        return chunks.stream().filter(c -> !c.isDone()).mapToInt(StoredChunk::index).findFirst().orElse(-1);
    }
}
