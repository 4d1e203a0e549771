/** DataCoolie's chunk planner: interval algebra over java.time, with no dependency beyond the API. */
module io.datacoolie.planner {
    requires transitive io.datacoolie.api;

    exports io.datacoolie.planner;
}
