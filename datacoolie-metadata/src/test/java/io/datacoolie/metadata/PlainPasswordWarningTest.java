package io.datacoolie.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plain-text password works but draws one warning; a secret reference draws none. */
class PlainPasswordWarningTest {
    private final Logger logger = Logger.getLogger("io.datacoolie.metadata.internal.ConnectionReader");
    private final List<String> warnings = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            warnings.add(r.getLevel() + " " + r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void attach() {
        logger.addHandler(handler);
    }

    @AfterEach
    void detach() {
        logger.removeHandler(handler);
    }

    @Test
    void plainPassword_logsOneWarning_andStillResolves() {
        MetadataDocument doc = MetadataLoader.parse("{\"connections\": [{\"name\": \"pg\", \"configure\":"
                + " {\"url\": \"jdbc:postgresql://h/d\", \"username\": \"etl\", \"password\": \"hunter2\"}}]}", "t");
        assertEquals(List.of("WARNING Connection 'pg' has a plain-text password in its metadata. Put the name of an"
                + " environment variable there and list \"password\" in secrets_ref: {\"env\": [\"password\"]}."),
                warnings);
        assertEquals("hunter2", JdbcSpecs.resolve(doc.connections().get(0), n -> null).password());
    }

    @Test
    void secretReference_logsNothing() {
        MetadataLoader.parse("{\"connections\": [{\"name\": \"pg\", \"configure\": {\"url\": \"jdbc:postgresql://h/d\","
                + " \"password\": \"PG_PASS\"}, \"secrets_ref\": {\"env\": [\"password\"]}}]}", "t");
        assertEquals(List.of(), warnings);
    }
}
