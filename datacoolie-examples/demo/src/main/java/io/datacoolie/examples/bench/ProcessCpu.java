package io.datacoolie.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM and by the local database servers (every process named {@code postgres} or
 * {@code mariadbd}/{@code mysqld}, from {@code /proc}), so a run can say where its time went: on a 2-core machine a
 * copy is often bound by one server's CPU rather than by the client. Empty for the servers where {@code /proc} is
 * missing (not Linux) or the servers run elsewhere.
 */
final class ProcessCpu {
    private static final Map<String, String> SERVERS = Map.of("postgres", "postgres", "mariadbd", "mariadb",
            "mysqld", "mariadb");
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux this runs on

    private ProcessCpu() {
    }

    /** @return CPU seconds so far by owner: "client" (this JVM), "postgres", "mariadb" */
    static Map<String, Double> snapshot() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            cpu.put("client", ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e9);
        }
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return cpu;
        }
        try (Stream<Path> pids = Files.list(proc)) {
            pids.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> add(cpu, p.resolve("stat")));
        } catch (IOException e) {
            return cpu;
        }
        return cpu;
    }

    private static void add(Map<String, Double> cpu, Path stat) {
        String s;
        try {
            s = Files.readString(stat);
        } catch (IOException | RuntimeException e) {
            return; // the process ended, or is not ours to read
        }
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        if (open < 0 || close < open) {
            return;
        }
        String owner = SERVERS.get(s.substring(open + 1, close));
        if (owner == null) {
            return;
        }
        String[] f = s.substring(close + 2).split(" ");
        // after "pid (comm) ": state is field 0, utime field 11, stime field 12
        double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        cpu.merge(owner, seconds, Double::sum);
    }

    /**
     * @param before a snapshot
     * @param after a later one
     * @return "client 5.1 s, postgres 2.0 s, mariadb 6.3 s": the CPU each used in between
     */
    static String between(Map<String, Double> before, Map<String, Double> after) {
        StringBuilder sb = new StringBuilder();
        after.forEach((k, v) -> {
            // a server process that started and ended in between is missed; one that ended counts as 0
            double d = Math.max(0, v - before.getOrDefault(k, 0.0));
            sb.append(sb.length() == 0 ? "" : ", ").append(k).append(String.format(" %.1f s", d));
        });
        return sb.toString();
    }
}
