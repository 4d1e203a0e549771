package io.datacoolie.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

    private static String render(double dataCoolieSeconds) {
        ScenarioResult r = new ScenarioResult("Same database, H2", "What runs.", "rows",
                Map.of("INSERT ... SELECT", new Samples("INSERT ... SELECT", List.of(2.0), List.of(1_000_000L))),
                Target.atLeast(0.9), List.of("a note"));
        Map<String, Samples> both = new java.util.LinkedHashMap<>(r.samples());
        both.put("DataCoolie, days=1", new Samples("DataCoolie, days=1", List.of(dataCoolieSeconds),
                List.of(1_000_000L)));
        r = new ScenarioResult(r.title(), r.description(), r.unit(), both, r.target(), r.notes());
        return MarkdownReport.render("./datacoolie bench", Map.of("CPU", "2 cores"), List.of(r),
                Map.of("Chunk planner", "planner output"));
    }

    @Test
    void render_showsRatesRatiosAndWhetherTheTargetIsMet() {
        String md = render(2.5);
        assertTrue(md.contains("| Same database, H2 | INSERT ... SELECT | 1,000,000 rows | 2.00 s | 500,000 rows/s"
                + " | baseline |"), md);
        assertTrue(md.contains("|  | DataCoolie, days=1 | 1,000,000 rows | 2.50 s | 400,000 rows/s | 0.80x |"
                + " >= 0.9x baseline | **no** |"), md);
        assertTrue(md.contains("### Chunk planner\n\n```\nplanner output\n```"), md);
        assertTrue(md.contains("- a note"), md);
        assertTrue(md.contains("- DataCoolie, days=1: 1 run, 2.50-2.50 s, median 2.50 s"), md);
    }

    @Test
    void write_replacesOnlyTheGeneratedPart(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("benchmarks.md");
        Files.writeString(f, "# Benchmarks\n\nHand-written intro.\n");
        MarkdownReport.write(f, render(2.5));
        Files.writeString(f, Files.readString(f) + "\n## Analysis\n\nWritten by hand.\n");
        MarkdownReport.write(f, render(1.9));
        String text = Files.readString(f);
        assertTrue(text.startsWith("# Benchmarks\n\nHand-written intro.\n"), text);
        assertTrue(text.endsWith("## Analysis\n\nWritten by hand.\n"), text);
        assertEquals(text.indexOf(MarkdownReport.BEGIN), text.lastIndexOf(MarkdownReport.BEGIN));
        assertTrue(text.contains("1.05x") && !text.contains("0.80x"), text);
    }
}
