package io.datacoolie.batch.cli;

import io.datacoolie.api.ReplayConfig;
import io.datacoolie.api.chunk.ChunkPlan;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.planner.ChunkPlanner;
import io.datacoolie.planner.ChunkSteps;
import io.datacoolie.planner.Zones;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/**
 * The replay range options shared by {@code plan}, {@code replay} and friends ({@code @Mixin}): {@code --start},
 * {@code --end}, {@code --chunk}, {@code --zone}. Values stay text until the planner reads them, so every mistake gets
 * the planner's message.
 */
public final class RangeOptions {
    @Option(names = "--start", required = true, paramLabel = "S",
            description = "Inclusive lower bound: a date (2025-01-01), a date-time (2025-01-01T06:00:00), one with an"
                    + " offset (2025-01-01T00:00:00+02:00) or an integer.")
    private String start;

    @Option(names = "--end", required = true, paramLabel = "E",
            description = "Exclusive upper bound, of the same kind as --start.")
    private String end;

    @Option(names = "--chunk", paramLabel = "UNIT=N",
            description = "Chunk size: one of years, months, weeks, days, hours, minutes or step, e.g. months=1"
                    + " (months=3 gives quarters). Default: a single chunk.")
    private String chunk;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "IANA time zone for the calendar of bounds without offset, e.g. Europe/Berlin. Chunks then"
                    + " carry offsets.")
    private String zone;

    /** @return the --start text */
    public String start() {
        return start;
    }

    /** @return the --end text */
    public String end() {
        return end;
    }

    /**
     * @param dataflow the dataflow named in messages, or null
     * @return the chunk step, or null for a single chunk
     */
    public ChunkStep step(String dataflow) {
        return chunk == null ? null : ChunkSteps.parse(chunk, dataflow);
    }

    /**
     * @param dataflow the dataflow named in messages, or null
     * @return the zone, or null
     */
    public ZoneId zone(String dataflow) {
        return Zones.parse(zone, dataflow);
    }

    /**
     * @param dataflow the dataflow named in messages, or null
     * @return a replay builder with start, end, chunk interval and zone set
     */
    public ReplayConfig.Builder replay(String dataflow) {
        return ReplayConfig.builder(start, end).chunkInterval(step(dataflow)).zone(zone(dataflow));
    }

    /**
     * @param dataflow the dataflow named in messages, or null
     * @return the plan of these options
     */
    public ChunkPlan<?> plan(String dataflow) {
        return ChunkPlanner.forDataflow(dataflow).plan(start, end, step(dataflow), zone(dataflow));
    }
}
