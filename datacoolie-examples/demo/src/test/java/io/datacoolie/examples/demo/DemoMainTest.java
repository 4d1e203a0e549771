package io.datacoolie.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole demo, end to end, on a small row count. */
class DemoMainTest {

    @Test
    void demo_smallRowCount_replaysTwelveMonthsAndPasses(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = new CommandLine(new DemoMain(out, false)).execute("--rows", "3000", "--dir", dir.toString());
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertTrue(text.contains("chunks: total=12 succeeded=12 failed=0 skipped=0"), text);
        assertTrue(text.contains("  chunk 12/12  [2024-12-01, 2025-01-01)"), text);
        assertTrue(text.contains("12 chunks: 12 succeeded, 0 failed, 0 skipped"), text);
        assertTrue(text.contains("<> 'CANCELLED')\n  binds: [\"2024-01-01T00:00\",\"2024-02-01T00:00\"]"), text);
        assertTrue(text.contains("PASS: 12 of 12 months agree"), text);
        assertTrue(text.contains("PASS: the replay left the production watermark unchanged"), text);
        assertTrue(Files.exists(dir.resolve("metadata.json")));
    }

    @Test
    void demo_runTwice_replacesTheEarlierRun(@TempDir Path dir) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, new CommandLine(new DemoMain(quiet, false)).execute("--rows", "500", "--dir", dir.toString()));
        assertEquals(0, new CommandLine(new DemoMain(quiet, false)).execute("--rows", "700", "--dir", dir.toString()));
    }
}
