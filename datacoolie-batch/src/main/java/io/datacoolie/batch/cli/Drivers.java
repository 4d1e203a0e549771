package io.datacoolie.batch.cli;

import io.datacoolie.api.DataFlow;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.spi.MetadataProvider;
import io.datacoolie.batch.DataCoolieDriver;
import io.datacoolie.batch.exec.RunObserver;
import java.util.List;

/** Builds the driver the command line options describe. */
final class Drivers {
    private Drivers() {
    }

    static DataCoolieDriver open(SelectionOptions selection, StateOptions state, MetadataProvider provider,
            List<DataFlow> selected, RunConfig config, RunObserver observer) {
        DataCoolieDriver.Builder b = DataCoolieDriver.builder().metadata(provider).metadataLocation(selection.metadata)
                .stateDir(state.stateDir).logPath(state.logPath).runConfig(config).observer(observer)
                .watermarks(selection.watermarks(selected, state.stateDir));
        if (state.repositoryUrl != null) {
            b.jobRepository(state.repositoryUrl, state.repositoryUser, state.repositoryPassword());
        }
        return b.build();
    }
}
