package io.datacoolie.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.Connection;
import io.datacoolie.api.InvalidDataflowException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JdbcSpecsTest {
    private final MetadataDocument doc = MetadataLoader.load(MetadataLoaderTest.SAMPLE);
    private final Map<String, String> env = Map.of("ERP_DB_USER", "etl", "ERP_DB_PASS", "s3cret", "SHOP_USER", "shop",
            "SHOP_PASS", "pw", "ARCHIVE_USER", "archivist");

    private JdbcSpec spec(String connection) {
        return JdbcSpecs.resolve(doc.connection(connection).orElseThrow(), env::get);
    }

    @Test
    void postgres_builtFromHostPortDatabase_withEnvSecretsAndExtraProperties() {
        JdbcSpec s = spec("erp_pg");
        assertEquals("jdbc:postgresql://erp-db.internal:5432/erp", s.url());
        assertEquals("etl", s.user());
        assertEquals("s3cret", s.password());
        assertEquals("postgresql", s.databaseType());
        assertEquals(Map.of("sslmode", "require"), s.properties());
        assertFalse(s.toString().contains("s3cret"), s.toString());
    }

    @Test
    void mariadb_urlPlaceholdersFilled_envPrefixApplied() {
        JdbcSpec s = spec("shop_maria");
        assertEquals("jdbc:mariadb://shop-db.internal:3306/shop?useSsl=false", s.url());
        assertEquals("shop", s.user());
        assertEquals("pw", s.password());
        assertEquals("mariadb", s.databaseType());
    }

    @Test
    void h2FileUrl_namesTheDatabase() {
        JdbcSpec s = spec("dw_h2");
        assertEquals("jdbc:h2:file:./target/dw;AUTO_SERVER=TRUE", s.url());
        assertEquals("h2", s.databaseType());
        assertEquals("sa", s.user());
        assertEquals("", s.password());
    }

    @Test
    void defaultSecretSource_isTheEnvironment() {
        JdbcSpec s = spec("archive_pg");
        assertEquals("archivist", s.user());
        assertNull(s.password());
        assertEquals("postgresql", s.databaseType());
    }

    @Test
    void h2WithoutHost_isEmbedded_andWithHost_isTcp() {
        assertEquals("jdbc:h2:mem:audit", spec("audit_h2").url());
        Connection tcp = Connection.of("t", Map.of("database_type", "h2", "host", "db", "database", "~/x"));
        assertEquals("jdbc:h2:tcp://db:9092/~/x", JdbcSpecs.resolve(tcp, env::get).url());
    }

    @Test
    void missingEnvironmentVariable_namesConnectionFieldAndVariable() {
        InvalidDataflowException e = assertThrows(InvalidDataflowException.class,
                () -> JdbcSpecs.resolve(doc.connection("erp_pg").orElseThrow(), Map.of("ERP_DB_USER", "u")::get));
        assertEquals("Connection 'erp_pg': configure field 'password' names the environment variable 'ERP_DB_PASS'"
                + " (secrets_ref 'env'), which is not set. Export ERP_DB_PASS before running.", e.getMessage());
    }

    @Test
    void mssqlWithUrl_isLeftToTheSqlModule() {
        Connection c = new Connection(null, "dw_mssql", null, "database", "sql", null, null,
                Map.of("url", "jdbc:sqlserver://dw:1433;databaseName=dw", "encrypt", "false"), Map.of(), true);
        JdbcSpec s = JdbcSpecs.resolve(c, env::get);
        assertEquals("mssql", s.databaseType());
        assertEquals(Map.of("encrypt", "false"), s.properties());
    }

    @Test
    void urlPasswordIsRedactedInToString() {
        Connection c = Connection.of("p", Map.of("url", "jdbc:postgresql://h/d?user=a&password=topsecret"));
        JdbcSpec s = JdbcSpecs.resolve(c, env::get);
        assertTrue(s.toString().contains("password=***"), s.toString());
        assertFalse(s.toString().contains("topsecret"));
    }

    @Test
    void specOpensARealH2Database() throws Exception {
        Connection c = new Connection(null, "h2", null, null, null, null, null,
                Map.of("url", "jdbc:h2:mem:{database}", "database", "specs_test", "username", "sa", "password", "PW"),
                Map.of("env", List.of("password")), true);
        JdbcSpec s = JdbcSpecs.resolve(c, Map.of("PW", "")::get);
        try (java.sql.Connection conn = java.sql.DriverManager.getConnection(s.url(), s.toProperties())) {
            assertTrue(conn.isValid(1));
        }
    }
}
