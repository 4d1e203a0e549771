package io.datacoolie.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code datacoolie plan}, run in-process with captured output. */
class PlanCommandTest {

    /** The exit code and what was printed. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void plan_months_printsTheSeedExampleAsATable() {
        Run r = run("plan", "--start", "2025-01-01", "--end", "2025-04-01", "--chunk", "months=1");

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(String.join(System.lineSeparator(),
                "3 chunks by months=1 over [2025-01-01, 2025-04-01)",
                "index  chunk                     length",
                "    0  [2025-01-01, 2025-02-01)  31 days",
                "    1  [2025-02-01, 2025-03-01)  28 days",
                "    2  [2025-03-01, 2025-04-01)  31 days",
                ""), r.out());
    }

    @Test
    void plan_json_hasIndexStartAndEndPerChunk() throws Exception {
        Run r = run("plan", "--start", "2025-01-01", "--end", "2025-04-01", "--chunk", "months=1", "--format", "json");

        assertEquals(0, r.code(), r.err());
        assertEquals("{\"chunks\":[{\"index\":0,\"start\":\"2025-01-01\",\"end\":\"2025-02-01\"},"
                + "{\"index\":1,\"start\":\"2025-02-01\",\"end\":\"2025-03-01\"},"
                + "{\"index\":2,\"start\":\"2025-03-01\",\"end\":\"2025-04-01\"}]}", r.out().strip());
        JsonNode chunks = new ObjectMapper().readTree(r.out()).get("chunks");
        assertEquals(3, chunks.size());
        assertEquals("2025-03-01", chunks.get(2).get("start").asText());
    }

    static Stream<Arguments> jsonShapes() {
        return Stream.of(
                arguments("local date-times always with seconds", List.of("--start", "2025-01-01T06:00", "--end",
                        "2025-01-01T08:00", "--chunk", "hours=1"),
                        "{\"index\":0,\"start\":\"2025-01-01T06:00:00\",\"end\":\"2025-01-01T07:00:00\"}"),
                arguments("a fraction only when not zero", List.of("--start", "2025-01-01T06:00:00.250", "--end",
                        "2025-01-01T07:00", "--chunk", "hours=1"),
                        "{\"index\":0,\"start\":\"2025-01-01T06:00:00.25\",\"end\":\"2025-01-01T07:00:00\"}"),
                arguments("zoned values with their offset", List.of("--start", "2025-03-30T01:00", "--end",
                        "2025-03-30T04:00", "--chunk", "hours=1", "--zone", "Europe/Berlin"),
                        "{\"index\":0,\"start\":\"2025-03-30T01:00:00+01:00\",\"end\":\"2025-03-30T03:00:00+02:00\"}"),
                arguments("integers as numbers", List.of("--start", "-15", "--end", "25", "--chunk", "step=10"),
                        "{\"index\":0,\"start\":-15,\"end\":-10}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonShapes")
    void plan_json_writesEachKindAsPromised(String label, List<String> options, String expectedChunk) {
        String[] args = Stream.concat(Stream.of("plan", "--format", "JSON"), options.stream()).toArray(String[]::new);
        Run r = run(args);

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(expectedChunk), label + ": " + r.out());
    }

    @Test
    void plan_zonedHours_tableShowsElapsedTime() {
        Run r = run("plan", "--start", "2025-10-26T01:00", "--end", "2025-10-26T03:00", "--chunk", "hours=1",
                "--zone", "Europe/Berlin");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("3 chunks by hours=1 over [2025-10-26T01:00:00+02:00, 2025-10-26T03:00:00+01:00)"
                + " in Europe/Berlin"), r.out());
        assertTrue(r.out().contains("    1  [2025-10-26T02:00:00+02:00, 2025-10-26T02:00:00+01:00)  1h"), r.out());
    }

    @Test
    void plan_withoutChunk_isOneChunk() {
        Run r = run("plan", "--start", "2025-01-01", "--end", "2025-01-03T12:00");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 chunk (single shot) over [2025-01-01T00:00:00, 2025-01-03T12:00:00)"), r.out());
        assertTrue(r.out().contains("[2025-01-01T00:00:00, 2025-01-03T12:00:00)  2d 12h"), r.out());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                arguments(List.of("plan", "--start", "2025-13-01", "--end", "2025-04-01"),
                        "Start '2025-13-01' is not a date, a date-time or an integer. Use ISO-8601, e.g. '2025-01-01',"
                                + " '2025-01-01T06:00:00' or '2025-01-01T00:00:00+02:00', or an integer such as"
                                + " '100000'."),
                arguments(List.of("plan", "--start", "2025-04-01", "--end", "2025-01-01", "--chunk", "months=1"),
                        "Replay range [2025-04-01, 2025-01-01) is reversed: start '2025-04-01' must be before end"
                                + " '2025-01-01'. The end is exclusive; set it after the start."),
                arguments(List.of("plan", "--start", "2025-01-01", "--end", "2025-04-01", "--chunk", "month=1"),
                        "chunk_interval has unknown key 'month'. Did you mean 'months'? Use exactly one of years,"
                                + " months, weeks, days, hours, minutes or step."),
                arguments(List.of("plan", "--start", "2025-01-01", "--end", "2025-04-01", "--chunk", "days=0"),
                        "chunk_interval.days must be a positive integer, got 0. Set it to 1 or more."),
                arguments(List.of("plan", "--start", "0", "--end", "100", "--chunk", "days=1"),
                        "chunk_interval.days applies to dates and times, but [0, 100) is an integer range. Use"
                                + " {\"step\": N}."),
                arguments(List.of("plan", "--start", "2025-01-01", "--end", "2025-04-01", "--zone", "Europe/Berln"),
                        "Zone 'Europe/Berln' is not a known time zone. Use an IANA id such as 'Europe/Berlin',"
                                + " 'America/New_York' or 'UTC'."),
                arguments(List.of("plan", "--start", "2025-01-01"),
                        "Missing required option: '--end=E'. See 'datacoolie plan --help'."),
                arguments(List.of("plan", "--start", "2025-01-01", "--end", "2025-02-01", "--format", "xml"),
                        "Invalid value for option '--format': expected one of [TABLE, JSON] (case-insensitive) but"
                                + " was 'xml'. See 'datacoolie plan --help'."),
                arguments(List.of("plan", "--start", "2025-01-01", "--end", "2025-02-01", "--bogus"),
                        "Unknown option: '--bogus'. See 'datacoolie plan --help'."),
                arguments(List.of(), "Missing a command: choose one of plan, replay, run, status, restart, help. See 'datacoolie --help'."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInput_exitsWith2AndOneLineOnStderr(List<String> args, String message) {
        Run r = run(args.toArray(String[]::new));

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(List.of(message), r.errLines());
    }

    @Test
    void help_exitsWith0() {
        Run r = run("plan", "--help");

        assertEquals(0, r.code());
        assertTrue(r.out().contains("--chunk=UNIT=N"), r.out());
    }
}
