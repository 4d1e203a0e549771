package io.datacoolie.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.FilterExpressionException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile or invalid fragments: each is rejected with the position of the token at fault (the caret), and no
 * statement reaches the database for any of them.
 */
class HostileFragmentsTest {

    static Stream<Arguments> hostile() {
        return Stream.of(
                a("1=1^; DROP TABLE t", "';' ends a statement"),
                a("x = 1^) OR (1=1", "not one valid SQL expression"),
                a("^EXISTS (SELECT 1 FROM pg_user)", "sub-queries are not allowed"),
                a("^(SELECT max(id) FROM other) > 0", "sub-queries are not allowed"),
                a("id IN (^SELECT id FROM other)", "sub-queries are not allowed"),
                a("status IN (^SELECT 'A')", "sub-queries are not allowed"),
                a("status = 'A' OR 1 = ^(SELECT 1)", "sub-queries are not allowed"),
                a("status = 'A' ^-- and then", "comments are not allowed"),
                a("status = 'A' ^/* hidden */ OR 1 = 1", "comments are not allowed"),
                a("status = 'A' ^# mysql comment", "comments are not allowed"),
                a("^unknown_col = 1", "unknown column 'unknown_col'"),
                a("id = 1\n  AND ^bogus = 2", "unknown column 'bogus'"),
                a("^\"Status\" = 'A'", "unknown column 'Status'"),
                a("^o.status = 'A'", "qualified name 'o.status' refers to another table"),
                a("^other.t.id = 1", "refers to another table"),
                a("id = 1 AND ^t.id = 2", "refers to another table"),
                a("^nextval('s') > 0", "has side effects"),
                a("^setval('s', 1) > 0", "has side effects"),
                a("^pg_sleep(10) IS NULL", "has side effects"),
                a("^sleep(5) = 0", "has side effects"),
                a("^benchmark(1000000, upper('a')) = 0", "has side effects"),
                a("^lo_import('/etc/passwd') > 0", "has side effects"),
                a("^load_file('/etc/passwd') IS NOT NULL", "has side effects"),
                a("^dblink('x', 'select 1') IS NULL", "has side effects"),
                a("^random() < 0.5", "has side effects"),
                a("^now() > updated_at", "has side effects"),
                a("^my_udf(id) = 1", "'MY_UDF' is not an allowed function"),
                a("^user = 'bob'", "is a session function, not a column"),
                a("^CURRENT_USER = 'x'", "is a session function"),
                a("id ^:= 5", "':' is not allowed"),
                a("id = ^?", "'?' is not allowed"),
                a("^$$x$$ = 1", "'$' is not allowed"),
                a("status = ^`x`", "not an identifier quote"),
                a("^[status] = 'A'", "not an identifier quote"),
                a("status = 'A^", "string literal is not closed"),
                a("^DROP TABLE t", "not one valid SQL expression"),
                a("^DELETE FROM orders", "not one valid SQL expression"),
                a("id = 1 ^UNION SELECT 1", "not one valid SQL expression"),
                a("id = 1 ^ORDER BY id", "not one valid SQL expression"),
                a("^COUNT(*) > 0", "aggregate function 'COUNT'"),
                a("^sum(amount) > 10", "aggregate function 'SUM'"),
                a("^ROW_NUMBER() OVER () = 1", "window functions are not allowed"),
                a("CAST(id AS ^TEXT) = '1'", "not supported in CAST"),
                a("^status SIMILAR TO 'A%'", "'SIMILAR TO' is not an allowed function"),
                a("^id BETWEEN SYMMETRIC 5 AND 1", "BETWEEN SYMMETRIC"),
                a("(id, status) IN ((1, 'A'))", "row values are not allowed"),
                a("EXTRACT(^DOW FROM order_date) = 1", "differs between databases"),
                a("order_date > CURRENT_DATE - ^INTERVAL '1 2' DAY TO HOUR", "more than one field"),
                a("^X'00' = flag", "is not allowed"),
                a("order_date > ^DATE '2024-13-45'", "is not a valid date"),
                a("id = 1 OR ^pg_read_file('/etc/passwd') = ''", "has side effects"),
                a("^current_setting('search_path') = ''", "is not an allowed function"),
                a("id > 0 ^AND", "not one valid SQL expression"));
    }

    private static Arguments a(String fragment, String message) {
        return Arguments.of(fragment, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void fragment_isRejectedAtTheTokenAtFault(String fragment, String message) {
        FilterExpressionException e = SqlFixture.filter(fragment).fails(message);
        assertTrue(e.getMessage().startsWith("Dataflow 'orders_daily': source.filter_expression '"), e.getMessage());
    }

    static Stream<Arguments> otherFields() {
        Flows base = Flows.flow().table("sales", "orders");
        return Stream.of(
                Arguments.of(Flows.flow().table("sales", "orders").add("net", "nextval('s')"),
                        "transform.additional_columns[0].expression 'nextval('s')' is rejected at line 1, column 1"),
                Arguments.of(Flows.flow().table("sales", "orders").add("net", "amount * 2").add("gross", "net + tax"),
                        "transform.additional_columns[1].expression 'net + tax' is rejected at line 1, column 7: unknown"
                                + " column 'tax'"),
                Arguments.of(Flows.flow().table("sales", "orders").transformFilter("EXISTS (SELECT 1)"),
                        "transform.filter_expression 'EXISTS (SELECT 1)' is rejected at line 1, column 1"),
                Arguments.of(Flows.flow().table("sales", "orders").destination("d", io.datacoolie.api.LoadType.SCD2, "id")
                        .dstConf("scd2_effective_column", "updated_at -- x"),
                        "destination.configure.scd2_effective_column 'updated_at -- x' is rejected at line 1, column 12"),
                Arguments.of(base.partition("yr", "EXTRACT(YEAR FROM missing)"),
                        "destination.partition_columns[0].expression 'EXTRACT(YEAR FROM missing)' is rejected at line 1,"
                                + " column 19"));
    }

    @ParameterizedTest
    @MethodSource("otherFields")
    void fragmentInAnyField_isRejectedNamingTheField(Flows flow, String message) {
        SqlFixture.flow(flow).fails(message.replace("^", ""));
    }

    @Test
    void corpusOfHostileFragments_isLargeEnough() {
        assertTrue(hostile().count() >= 40);
    }

    @Test
    void everyHostileFragment_sendsNoStatementToTheDatabase() throws Exception {
        AtomicInteger statements = new AtomicInteger();
        try (Connection real = DriverManager.getConnection("jdbc:h2:mem:hostile;DB_CLOSE_DELAY=-1", "sa", "")) {
            real.createStatement().execute("CREATE TABLE orders (id BIGINT PRIMARY KEY, status VARCHAR(10),"
                    + " amount DECIMAL(10, 2), updated_at TIMESTAMP, order_date DATE, flag BOOLEAN)");
            real.createStatement().execute("INSERT INTO orders VALUES (1, 'A', 1.5, TIMESTAMP '2024-01-01 00:00:00',"
                    + " DATE '2024-01-01', TRUE)");
            Connection spy = spy(real, statements);
            List<Arguments> cases = hostile().toList();
            for (Arguments c : cases) {
                String fragment = ((String) c.get()[0]).replace("^", "");
                TableSchema schema = TableSchema.read(spy, null, "orders").orElseThrow();
                assertThrows(FilterExpressionException.class, () -> DataflowSql.compile(Flows.flow()
                        .table(null, "orders").filter(fragment).build(), schema, Dialect.detect(spy), Dialect.H2),
                        fragment);
            }
            assertEquals(0, statements.get(), "statements created through the connection");
            assertEquals(1, Rows.count(real, "SELECT COUNT(*) FROM orders"));
        }
    }

    /** A boundary spy: counts every statement the code under test creates on the connection. */
    private static Connection spy(Connection real, AtomicInteger statements) {
        Set<String> creating = Set.of("createStatement", "prepareStatement", "prepareCall", "nativeSQL");
        return (Connection) Proxy.newProxyInstance(HostileFragmentsTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                    if (creating.contains(m.getName())) {
                        statements.incrementAndGet();
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
