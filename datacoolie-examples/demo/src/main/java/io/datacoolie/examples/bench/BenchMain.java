package io.datacoolie.examples.bench;

import io.datacoolie.examples.orders.Vendor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code datacoolie bench}: runs every benchmark scenario and writes the results to docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures DataCoolie against its baselines in the same run (alternating runs, a warm-up, the"
                + " median of several repetitions) and writes the results with the machine to docs/benchmarks.md.",
            "Uses the local PostgreSQL (127.0.0.1:5432, user postgres, database test) and MariaDB (127.0.0.1:3306,"
                + " root) in fresh schemas that it drops afterwards."})
public final class BenchMain implements Callable<Integer> {

    @Option(names = "--rows", description = "Orders per source table (default: ${DEFAULT-VALUE}).")
    long rows = 5_000_000;

    @Option(names = "--reps", description = "Measured repetitions per contender (default: ${DEFAULT-VALUE}).")
    int reps = 3;

    @Option(names = "--chunks", description = "Empty hourly chunks in the overhead scenario (default: ${DEFAULT-VALUE}).")
    int chunks = 10_000;

    @Option(names = "--overhead-reps", description = "Repetitions of the overhead scenario (default: --reps).")
    Integer overheadReps;

    @Option(names = "--memory-rows", description = "Rows of the single-shot chunk in the memory scenario"
            + " (default: ${DEFAULT-VALUE}).")
    long memoryRows = 5_000_000;

    @Option(names = "--only", split = ",", paramLabel = "ID",
            description = "Run only these: same-h2, same-postgres, cross-h2-postgres, cross-postgres-mariadb,"
                    + " overhead, memory, planner, statement.")
    List<String> only = new ArrayList<>();

    @Option(names = "--out", description = "Markdown file to update (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("docs", "benchmarks.md");

    @Option(names = "--work-dir", description = "Where H2 benchmark files go (default: ${DEFAULT-VALUE}).")
    Path workDir = Path.of(".datacoolie", "bench");

    @Option(names = "--baselines-only", description = "Measure the baselines without DataCoolie.")
    boolean baselinesOnly;

    private final PrintStream log = System.out;

    /**
     * @param args command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    private boolean selected(String id) {
        return only.isEmpty() || only.contains(id);
    }

    private List<Scenario> all() {
        return List.of(new SameDatabaseScenario(Vendor.H2), new SameDatabaseScenario(Vendor.POSTGRES),
                new CrossDatabaseScenario(Vendor.H2, Vendor.POSTGRES),
                new CrossDatabaseScenario(Vendor.POSTGRES, Vendor.MARIADB),
                new ChunkOverheadScenario(overheadReps == null ? reps : overheadReps), new MemoryScenario(memoryRows));
    }

    @Override
    public Integer call() throws Exception {
        List<Scenario> scenarios = all().stream().filter(s -> selected(s.id())).toList();
        List<ConsoleBenchmark> consoles = ConsoleBenchmark.ALL.stream().filter(b -> selected(b.id())).toList();
        if (scenarios.isEmpty() && consoles.isEmpty()) {
            List<String> ids = new ArrayList<>(all().stream().map(Scenario::id).toList());
            ConsoleBenchmark.ALL.forEach(b -> ids.add(b.id()));
            throw new CommandLine.ParameterException(new CommandLine(this), "No benchmark matches --only " + only
                    + "; valid ids: " + ids);
        }
        List<ScenarioResult> results = new ArrayList<>();
        Map<String, String> versions;
        try (Fixtures fixtures = new Fixtures(rows, workDir, log);
                Replayer replayer = baselinesOnly ? null : DataCoolieReplayer.open(workDir.resolve("datacoolie"))) {
            BenchContext ctx = new BenchContext(fixtures, new Trial(reps, log), replayer, log, chunks,
                    workDir);
            for (Scenario s : scenarios) {
                log.println("== " + s.id());
                results.add(s.run(ctx));
            }
            versions = fixtures.versions();
        }
        Map<String, String> console = new LinkedHashMap<>();
        for (ConsoleBenchmark b : consoles) {
            log.println("== " + b.id());
            console.put(b.title(), b.available() ? b.run() : "(not run: " + b.className() + " is not on the class path)");
            log.println(console.get(b.title()));
        }
        String command = "./datacoolie bench --rows " + rows + " --reps " + reps + " --chunks " + chunks
                + (overheadReps == null ? "" : " --overhead-reps " + overheadReps) + " --memory-rows " + memoryRows
                + (only.isEmpty() ? "" : " --only " + String.join(",", only)) + (baselinesOnly ? " --baselines-only" : "");
        Map<String, String> machine = MachineInfo.describe(new LinkedHashMap<>(versions));
        String md = MarkdownReport.render(command, machine, results, console);
        MarkdownReport.write(out, md);
        log.println(md);
        log.println("Written to " + out.toAbsolutePath());
        return results.stream().allMatch(ScenarioResult::met) ? 0 : 1;
    }
}
