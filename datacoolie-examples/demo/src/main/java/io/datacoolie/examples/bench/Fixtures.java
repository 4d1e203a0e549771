package io.datacoolie.examples.bench;

import io.datacoolie.examples.orders.OrdersTable;
import io.datacoolie.examples.orders.Vendor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark databases, each created on first use with the {@code orders} source table of the configured row
 * count, and all dropped by {@link #close()}.
 */
public final class Fixtures implements AutoCloseable {

    /** The source table in every fixture database. */
    public static final String SOURCE = "orders";

    private final long rows;
    private final Path workDir;
    private final PrintStream log;
    private final Map<Vendor, BenchDb> dbs = new EnumMap<>(Vendor.class);
    private final List<BenchDb> extra = new ArrayList<>();

    /**
     * @param rows generated rows per source table
     * @param workDir where H2 files go
     * @param log where progress goes
     */
    public Fixtures(long rows, Path workDir, PrintStream log) {
        this.rows = rows;
        this.workDir = workDir;
        this.log = log;
    }

    /** @return generated rows per source table */
    public long rows() {
        return rows;
    }

    /**
     * @param vendor the database kind
     * @return its fixture database, with {@link #SOURCE} generated
     * @throws SQLException when it cannot be created
     */
    public BenchDb source(Vendor vendor) throws SQLException {
        BenchDb db = dbs.get(vendor);
        if (db == null) {
            db = BenchDb.create(vendor, workDir);
            dbs.put(vendor, db);
            long t0 = System.nanoTime();
            try (Connection c = db.connect()) {
                new OrdersTable(vendor, SOURCE).createAndFill(c, rows);
            }
            log.printf("  generated %,d orders in %s in %.1f s%n", rows, db, (System.nanoTime() - t0) / 1e9);
        }
        return db;
    }

    /**
     * @param vendor the database kind
     * @return an empty database, dropped with the fixtures
     * @throws SQLException when it cannot be created
     */
    public BenchDb empty(Vendor vendor) throws SQLException {
        BenchDb db = BenchDb.create(vendor, workDir);
        extra.add(db);
        return db;
    }

    /** @return the versions of the databases used, by name */
    public Map<String, String> versions() {
        Map<String, String> v = new java.util.LinkedHashMap<>();
        List<BenchDb> all = new ArrayList<>(dbs.values());
        all.addAll(extra);
        all.forEach(db -> v.putIfAbsent(db.vendor().name(), db.version()));
        return v;
    }

    @Override
    public void close() {
        List<BenchDb> all = new ArrayList<>(dbs.values());
        all.addAll(extra);
        for (BenchDb db : all) {
            try {
                db.close();
            } catch (SQLException | RuntimeException e) {
                log.println("  could not drop " + db + ": " + e.getMessage());
            }
        }
        dbs.clear();
        extra.clear();
    }
}
