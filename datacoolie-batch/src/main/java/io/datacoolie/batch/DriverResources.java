package io.datacoolie.batch;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.spi.WatermarkStore;
import io.datacoolie.batch.exec.BaseResources;
import io.datacoolie.batch.exec.ChunkTransfer;
import io.datacoolie.batch.exec.ConnectionPools;
import io.datacoolie.batch.exec.RunObserver;
import io.datacoolie.batch.log.EtlLog;
import io.datacoolie.metadata.watermark.FileWatermarkStore;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The driver's resources, lent to the jobs it starts in this JVM for one call. */
final class DriverResources extends BaseResources {
    private final Map<String, DataFlow> dataflows = new ConcurrentHashMap<>();
    private final RunObserver observer;
    private final Clock clock;
    private volatile String context = "";

    DriverResources(Iterable<DataFlow> flows, ConnectionPools pools, WatermarkStore watermarks, EtlLog log,
            RunConfig config, ChunkTransfer transfer, RunObserver observer, Clock clock) {
        super(pools, watermarks, log, config, transfer);
        flows.forEach(d -> dataflows.put(d.dataflowId(), d));
        if (watermarks instanceof FileWatermarkStore) {
            ((FileWatermarkStore) watermarks).register(dataflows.values()); // folder names from stage and name
        }
        this.observer = observer;
        this.clock = clock;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public DataFlow dataflow(String idOrName) {
        DataFlow d = dataflows.get(idOrName);
        if (d != null) {
            return d;
        }
        return dataflows.values().stream().filter(x -> idOrName.equals(x.name())).findFirst()
                .orElseThrow(() -> new InvalidDataflowException("Dataflow '" + idOrName + "' is not among the"
                        + " dataflows given to the driver. Pass it to run/runReplay."));
    }

    @Override
    public RunObserver observer() {
        return observer;
    }

    void setContext(String id) {
        this.context = id;
    }

    String context() {
        return context;
    }

    @Override
    public void close() {
        // The pools belong to the driver and outlive one call.
    }
}
