/** DataCoolie's model records, chunk vocabulary and SPI. JDK only. */
module io.datacoolie.api {
    exports io.datacoolie.api;
    exports io.datacoolie.api.chunk;
    exports io.datacoolie.api.run;
    exports io.datacoolie.api.spi;
}
