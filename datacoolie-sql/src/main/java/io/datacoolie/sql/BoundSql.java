package io.datacoolie.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A statement with {@code ?} placeholders and its typed bind values, in order. Values are never inlined into the text.
 *
 * @param sql the statement text
 * @param binds the bind values (LocalDate, LocalDateTime, OffsetDateTime, Long, BigDecimal, String, ...); may
 *     contain nulls
 */
public record BoundSql(String sql, List<Object> binds) {

    /** Validates and copies (nulls kept). */
    public BoundSql {
        Objects.requireNonNull(sql, "sql");
        binds = binds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(binds));
    }

    /**
     * @param sql a statement without placeholders
     * @return the statement with no binds
     */
    public static BoundSql of(String sql) {
        return new BoundSql(sql, List.of());
    }

    /** @return the text followed by the binds, for logs and {@code plan} output */
    @Override
    public String toString() {
        return binds.isEmpty() ? sql : sql + " -- binds " + binds;
    }
}
