package io.datacoolie.examples.bench;

import io.datacoolie.api.chunk.ChunkPlan;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.chunk.ChunkUnit;
import io.datacoolie.batch.cli.PlanJson;
import io.datacoolie.planner.ChunkPlanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Measures planning speed and allocation for large plans, against a baseline measured in the same run: appending one
 * million {@code LocalDateTime.plusMinutes} results to a list, the least any plan of a million minute chunks must do.
 * Run: {@code java -cp <classpath> io.datacoolie.examples.bench.PlannerBenchmark [iterations]}.
 */
public final class PlannerBenchmark {
    private static final int N = 1_000_000;
    private static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 1, 0, 0);
    private static final ChunkPlanner PLANNER = ChunkPlanner.forDataflow("bench");

    private PlannerBenchmark() {
    }

    /** One measured shape. */
    private record Shape(String name, IntSupplier body) {
    }

    /**
     * @param args optional: the number of measured iterations (default 10)
     */
    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Shape> shapes = List.of(
                new Shape("baseline: 1M LocalDateTime.plusMinutes into a list", PlannerBenchmark::baseline),
                new Shape("1M minute chunks, local date-times", () -> minutes(null)),
                new Shape("1M minute chunks, Europe/Berlin (DST)", () -> minutes(ZoneId.of("Europe/Berlin"))),
                new Shape("1M minute chunks, minutes=15 grid, local", () -> plan(T0, T0.plusMinutes(15L * N),
                        new ChunkStep.CalendarStep(ChunkUnit.MINUTES, 15), null)),
                new Shape("1M hour chunks, America/New_York (DST)", () -> plan(T0, T0.plusHours(N),
                        new ChunkStep.CalendarStep(ChunkUnit.HOURS, 1), ZoneId.of("America/New_York"))),
                new Shape("~1M day chunks, dates", () -> plan(LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 1)
                        .plusDays(N), new ChunkStep.CalendarStep(ChunkUnit.DAYS, 1), null)),
                new Shape("1M integer steps", () -> plan(-500_000L, 500_000L, new ChunkStep.IntegerStep(1), null)),
                new Shape("12k month chunks (1000 years)", () -> plan(LocalDate.of(1500, 1, 1),
                        LocalDate.of(2500, 1, 1), new ChunkStep.CalendarStep(ChunkUnit.MONTHS, 1), null)),
                new Shape("1M minute chunks planned and written as JSON", PlannerBenchmark::json));
        System.out.printf(Locale.ROOT, "Planner benchmark: %d warm-up + %d measured iterations each, %s%n",
                iterations / 2 + 3, iterations, Runtime.version());
        double baseline = 0;
        for (Shape s : shapes) {
            double[] r = measure(s, iterations);
            if (baseline == 0) {
                baseline = r[0];
            }
            System.out.printf(Locale.ROOT, "%-52s median %8.1f ms  min %8.1f ms  %6.2fx baseline  %6.0f bytes/op-chunk%n",
                    s.name(), r[0], r[1], r[0] / baseline, r[2]);
        }
    }

    /** @return median ms, min ms, bytes allocated per chunk in the last run */
    private static double[] measure(Shape shape, int iterations) {
        for (int i = 0; i < iterations / 2 + 3; i++) {
            shape.body().getAsInt();
        }
        double[] ms = new double[iterations];
        double bytesPerChunk = 0;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < iterations; i++) {
            System.gc(); // each run starts from a collected heap, so one run's garbage does not bill the next
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long t = System.nanoTime();
            int chunks = shape.body().getAsInt();
            ms[i] = (System.nanoTime() - t) / 1e6;
            bytesPerChunk = (threads.getCurrentThreadAllocatedBytes() - bytes) / (double) chunks;
        }
        Arrays.sort(ms);
        return new double[] {ms[iterations / 2], ms[0], bytesPerChunk};
    }

    private static int baseline() {
        List<LocalDateTime> list = new ArrayList<>(N + 1);
        LocalDateTime t = T0;
        for (int i = 0; i <= N; i++) {
            list.add(t);
            t = t.plusMinutes(1);
        }
        return list.size() - 1;
    }

    private static int minutes(ZoneId zone) {
        return plan(T0, T0.plusMinutes(N), new ChunkStep.CalendarStep(ChunkUnit.MINUTES, 1), zone);
    }

    private static int plan(Object start, Object end, ChunkStep step, ZoneId zone) {
        return PLANNER.plan(start, end, step, zone).size();
    }

    private static int json() {
        ChunkPlan<?> plan = PLANNER.plan(T0, T0.plusMinutes(N), new ChunkStep.CalendarStep(ChunkUnit.MINUTES, 1), null);
        try (Writer sink = Writer.nullWriter()) {
            PlanJson.write(sink, plan, PlanJson.NO_EXTRA_FIELDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return plan.size();
    }
}
