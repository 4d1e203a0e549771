package io.datacoolie.examples.bench;

/** One benchmark scenario: its baseline and DataCoolie, measured in the same run. */
public interface Scenario {

    /** @return the id used by {@code --only} */
    String id();

    /**
     * @param ctx the databases, runner and contender
     * @return what it measured
     * @throws Exception when a run fails
     */
    ScenarioResult run(BenchContext ctx) throws Exception;
}
