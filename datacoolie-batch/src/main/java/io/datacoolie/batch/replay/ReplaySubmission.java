package io.datacoolie.batch.replay;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.ReplayConfig;
import io.datacoolie.batch.exec.CompiledFlows;
import io.datacoolie.batch.exec.JobResources;
import io.datacoolie.batch.exec.Planning;
import io.datacoolie.sql.DataflowSql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Checks a replay request before anything runs (chunk column resolved and present in the source, range and
 * interval valid) and stores its plan in the destination database, or finds the unfinished replay of the same
 * request to resume it.
 */
public final class ReplaySubmission {
    private ReplaySubmission() {
    }

    /**
     * A checked request and its plan, not yet stored.
     *
     * @param dataflow the dataflow
     * @param request the identifying request
     * @param plan the chunk bounds as text pairs
     */
    public record Checked(DataFlow dataflow, ReplayRequest request, List<String[]> plan) {
    }

    /**
     * @param res resources
     * @param df the dataflow
     * @param cfg the replay
     * @return the checked request
     * @throws io.datacoolie.api.InvalidDataflowException for bad input, before anything is written
     */
    public static Checked check(JobResources res, DataFlow df, ReplayConfig cfg) {
        String column;
        try (Connection src = res.dataSource(df.source().connection()).getConnection();
                Connection dst = res.dataSource(df.destination().connection()).getConnection()) {
            DataflowSql sql = new CompiledFlows().compile(df, src, dst);
            column = sql.chunkColumn(cfg.chunkColumn());
        } catch (SQLException e) {
            throw new io.datacoolie.api.DataCoolieException("Dataflow '" + df.displayName() + "': cannot reach the"
                    + " source or destination database: " + e.getMessage() + ". Check the connections.", e);
        }
        List<String[]> plan = Planning.plan(df.displayName(), cfg);
        String dest = df.destination().connection().name() + "|"
                + (df.destination().schemaName() == null ? "" : df.destination().schemaName() + ".")
                + df.destination().table();
        ReplayRequest req = new ReplayRequest(df.dataflowId(), dest, Planning.format(Planning.parseBound(
                cfg.start().toString())), Planning.format(Planning.parseBound(cfg.end().toString())),
                cfg.chunkInterval() == null ? "" : cfg.chunkInterval().key() + "=" + cfg.chunkInterval().size(),
                column, cfg.zone() == null ? "" : cfg.zone().getId(), cfg.saveWatermark());
        return new Checked(df, req, plan);
    }

    /**
     * @param store the destination's store
     * @param checked a checked request
     * @param fresh start over instead of resuming
     * @param jobInstanceId the submitting job instance, or null
     * @return the stored replay to run
     */
    public static StoredReplay store(ReplayStore store, Checked checked, boolean fresh, Long jobInstanceId) {
        return store.findOrCreate(checked.request(), fresh, checked::plan, jobInstanceId);
    }
}
