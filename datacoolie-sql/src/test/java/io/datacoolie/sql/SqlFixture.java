package io.datacoolie.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.FilterExpressionException;
import io.datacoolie.api.chunk.ChunkInterval;
import java.sql.Types;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Calcite-style fixture: {@code filter("status = 'A'").chunk(a, b).on(POSTGRES).renders("...").binds(...)}, and
 * {@code filter("status = ^AND^").fails("...")} where the first caret marks the expected error position.
 */
final class SqlFixture {
    static final TableSchema ORDERS = new TableSchema("sales", "orders", List.of(
            new Column("id", Types.BIGINT, "int8", 19, 0, false),
            new Column("status", Types.VARCHAR, "varchar", 20, 0, true),
            new Column("amount", Types.NUMERIC, "numeric", 12, 2, true),
            new Column("updated_at", Types.TIMESTAMP, "timestamp", 26, 6, true),
            new Column("order_date", Types.DATE, "date", 10, 0, true),
            new Column("created_tz", Types.TIMESTAMP, "timestamptz", 35, 6, true),
            new Column("CustomerName", Types.VARCHAR, "varchar", 50, 0, true),
            new Column("order", Types.INTEGER, "int4", 10, 0, true),
            new Column("flag", Types.BOOLEAN, "bool", 1, 0, true)));

    private Flows flow = Flows.flow().table("sales", "orders");
    private ReadWindow window = ReadWindow.all();
    private Dialect dialect = Dialect.POSTGRES;
    private final String text;
    private final int caretLine;
    private final int caretColumn;

    private SqlFixture(String text) {
        int caret = text.indexOf('^');
        this.text = text.replace("^", "");
        if (caret < 0) {
            caretLine = -1;
            caretColumn = -1;
        } else {
            String before = text.substring(0, caret);
            caretLine = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
            caretColumn = caret - before.lastIndexOf('\n');
        }
        flow.filter(this.text);
    }

    static SqlFixture filter(String text) {
        return new SqlFixture(text);
    }

    static SqlFixture flow(Flows f) {
        SqlFixture x = new SqlFixture("");
        x.flow = f;
        return x;
    }

    SqlFixture chunk(Comparable<?> start, Comparable<?> end) {
        return chunk(null, start, end, null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    SqlFixture chunk(String column, Comparable<?> start, Comparable<?> end, ZoneId zone) {
        window = ReadWindow.chunk(column, ChunkInterval.of((Comparable) start, (Comparable) end), zone);
        return this;
    }

    SqlFixture window(ReadWindow w) {
        window = w;
        return this;
    }

    SqlFixture on(Dialect d) {
        dialect = d;
        return this;
    }

    BoundSql bound() {
        return DataflowSql.compile(flow.build(), ORDERS, dialect, dialect).read(window);
    }

    SqlFixture renders(String expected) {
        assertEquals(expected, bound().sql());
        return this;
    }

    SqlFixture binds(Object... expected) {
        assertEquals(Arrays.asList(expected), bound().binds());
        return this;
    }

    FilterExpressionException fails(String messagePart) {
        FilterExpressionException e = assertThrows(FilterExpressionException.class,
                () -> DataflowSql.compile(flow.build(), ORDERS, dialect, dialect));
        assertTrue(e.getMessage().contains(messagePart), () -> "message was: " + e.getMessage());
        if (caretLine > 0) {
            assertEquals(caretLine + ":" + caretColumn, e.line() + ":" + e.column(), e.getMessage());
        }
        return e;
    }
}
