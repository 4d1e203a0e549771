package io.datacoolie.examples.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the demo keeps its files: the H2 database, the metadata file, DataCoolie's state directory (job repository,
 * watermarks) and the ETL log, all under one directory.
 *
 * @param dir the demo directory, e.g. {@code .datacoolie/demo}
 */
public record DemoFiles(Path dir) {

    /** @return the metadata file */
    public Path metadata() {
        return dir.resolve("metadata.json");
    }

    /** @return DataCoolie's state directory */
    public Path state() {
        return dir.resolve("state");
    }

    /** @return the ETL log base directory */
    public Path logs() {
        return dir.resolve("logs");
    }

    /** @return the JDBC URL of the demo's database */
    public String url() {
        // H2 wants relative paths spelled from "./".
        Path p = dir.resolve("demo");
        return "jdbc:h2:file:" + (p.isAbsolute() ? p.toString() : "./" + p.toString().replace('\\', '/'));
    }

    /**
     * Removes what an earlier demo run left here: only the files the demo itself writes.
     *
     * @throws IOException when a file cannot be removed
     */
    public void clean() throws IOException {
        for (String name : List.of("demo.mv.db", "demo.trace.db", "metadata.json", "state", "logs")) {
            deleteTree(dir.resolve(name));
        }
        Files.createDirectories(dir);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(p)) {
            for (Path q : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
