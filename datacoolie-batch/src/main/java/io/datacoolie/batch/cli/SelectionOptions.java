package io.datacoolie.batch.cli;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.spi.MetadataProvider;
import io.datacoolie.api.spi.WatermarkStore;
import io.datacoolie.metadata.DataflowSelection;
import io.datacoolie.metadata.FileMetadataProvider;
import io.datacoolie.metadata.JdbcConnector;
import io.datacoolie.metadata.JdbcMetadataProvider;
import io.datacoolie.metadata.watermark.FileWatermarkStore;
import io.datacoolie.metadata.watermark.JdbcWatermarkStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Which metadata and which dataflows: {@code --metadata}, then {@code --stage} or {@code --dataflow}. */
public final class SelectionOptions {
    @Option(names = "--metadata", required = true, paramLabel = "FILE",
            description = "JSON metadata file, or the JDBC URL of a metadata database (dc_framework_* tables).")
    String metadata;

    @Option(names = "--workspace", paramLabel = "ID", description = "Workspace id, for a metadata database.")
    String workspace;

    @Option(names = "--stage", paramLabel = "S", description = "Only dataflows of this stage ('a,b' for several).")
    String stage;

    @Option(names = "--dataflow", paramLabel = "ID", arity = "1..*",
            description = "Only these dataflows, by dataflow_id or name.")
    List<String> dataflows = new ArrayList<>();

    MetadataProvider provider() {
        return metadata.startsWith("jdbc:") ? new JdbcMetadataProvider(connector(), workspace)
                : new FileMetadataProvider(Path.of(metadata));
    }

    /** File watermarks know only the selected dataflows: the others of a shared file need not be valid here. */
    WatermarkStore watermarks(List<DataFlow> selected, Path stateDir) {
        return metadata.startsWith("jdbc:") ? new JdbcWatermarkStore(connector())
                : new FileWatermarkStore(stateDir, selected);
    }

    private JdbcConnector connector() {
        return () -> java.sql.DriverManager.getConnection(metadata);
    }

    List<DataFlow> select(MetadataProvider provider) {
        if (stage != null && !dataflows.isEmpty()) {
            throw new InvalidDataflowException("Give --stage or --dataflow, not both.");
        }
        Set<String> stages = stage == null ? Set.of() : DataflowSelection.parseStages(stage);
        if (!dataflows.isEmpty()) {
            return provider.pick(dataflows, stages, true); // validates the picked dataflows only
        }
        List<DataFlow> all = provider.dataflows(stages, true);
        if (all.isEmpty()) {
            throw new InvalidDataflowException("No active dataflow" + (stage == null ? "" : " of stage '" + stage
                    + "'") + " in " + provider.describe() + ". Check --stage and the metadata.");
        }
        return all;
    }
}
