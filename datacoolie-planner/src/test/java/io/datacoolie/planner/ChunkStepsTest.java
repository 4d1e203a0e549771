package io.datacoolie.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.chunk.ChunkUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parsing chunk_interval maps and the UNIT=N command-line form. */
class ChunkStepsTest {

    static Stream<Arguments> valid() {
        return Stream.of(
                arguments(Map.of("years", 1), "years=1", new ChunkStep.CalendarStep(ChunkUnit.YEARS, 1)),
                arguments(Map.of("months", 3), "months=3", new ChunkStep.CalendarStep(ChunkUnit.MONTHS, 3)),
                arguments(Map.of("weeks", 2), "weeks=2", new ChunkStep.CalendarStep(ChunkUnit.WEEKS, 2)),
                arguments(Map.of("days", 7), "days=7", new ChunkStep.CalendarStep(ChunkUnit.DAYS, 7)),
                arguments(Map.of("hours", 24), "hours=24", new ChunkStep.CalendarStep(ChunkUnit.HOURS, 24)),
                arguments(Map.of("minutes", 60L), " minutes = 60 ", new ChunkStep.CalendarStep(ChunkUnit.MINUTES, 60)),
                arguments(Map.of("step", 100_000), "step=100000", new ChunkStep.IntegerStep(100_000)),
                arguments(Map.of("step", "5"), "step=5", new ChunkStep.IntegerStep(5)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("valid")
    void parse_mapAndCliForm_giveTheSameStep(Map<String, ?> map, String cli, ChunkStep expected) {
        assertEquals(expected, ChunkSteps.fromMap(map, null));
        assertEquals(expected, ChunkSteps.parse(cli, null));
        assertEquals(expected, ChunkSteps.parse(ChunkSteps.format(expected), null));
    }

    @Test
    void fromMap_null_isSingleShot() {
        assertNull(ChunkSteps.fromMap(null, "orders"));
    }

    static Stream<Arguments> badMaps() {
        Map<String, Object> several = new LinkedHashMap<>();
        several.put("months", 1);
        several.put("days", 15);
        return Stream.of(
                arguments("empty", Map.of(), "Dataflow 'orders': chunk_interval is empty. Give exactly one of years,"
                        + " months, weeks, days, hours, minutes or step, e.g. {\"months\": 1}, or leave chunk_interval"
                        + " out for a single-shot replay."),
                arguments("singular key", Map.of("month", 1), "Dataflow 'orders': chunk_interval has unknown key"
                        + " 'month'. Did you mean 'months'? Use exactly one of years, months, weeks, days, hours,"
                        + " minutes or step."),
                arguments("upper-case key", Map.of("Days", 1), "Dataflow 'orders': chunk_interval has unknown key"
                        + " 'Days'. Did you mean 'days'? Use exactly one of years, months, weeks, days, hours, minutes"
                        + " or step."),
                arguments("quarters", Map.of("quarters", 1), "Dataflow 'orders': chunk_interval has unknown key"
                        + " 'quarters'. For quarters use {\"months\": 3}. Use exactly one of years, months, weeks,"
                        + " days, hours, minutes or step."),
                arguments("nothing close", Map.of("fortnight", 1), "Dataflow 'orders': chunk_interval has unknown key"
                        + " 'fortnight'. Use exactly one of years, months, weeks, days, hours, minutes or step."),
                arguments("several keys (W7)", several, "Dataflow 'orders': chunk_interval has several keys 'months',"
                        + " 'days'. Give exactly one of years, months, weeks, days, hours, minutes or step, e.g."
                        + " {\"months\": 1}."),
                arguments("zero", Map.of("days", 0), "Dataflow 'orders': chunk_interval.days must be a positive"
                        + " integer, got 0. Set it to 1 or more."),
                arguments("negative", Map.of("step", -5), "Dataflow 'orders': chunk_interval.step must be a positive"
                        + " integer, got -5. Set it to 1 or more."),
                arguments("fraction (W10)", Map.of("step", 2.5), "Dataflow 'orders': chunk_interval.step must be a"
                        + " positive integer, got '2.5'. Set it to a whole number such as 1."),
                arguments("text", Map.of("months", "one"), "Dataflow 'orders': chunk_interval.months must be a"
                        + " positive integer, got 'one'. Set it to a whole number such as 1."),
                arguments("boolean", Map.of("days", true), "Dataflow 'orders': chunk_interval.days must be a positive"
                        + " integer, got 'true'. Set it to a whole number such as 1."),
                arguments("minutes over an hour", Map.of("minutes", 90), "Dataflow 'orders': chunk_interval.minutes"
                        + " must be at most 60, got 90. Minutes restart every hour; for longer chunks use hours."),
                arguments("hours over a day", Map.of("hours", 48), "Dataflow 'orders': chunk_interval.hours must be"
                        + " at most 24, got 48. Hours restart every day; for longer chunks use days."),
                arguments("months over a year", Map.of("months", 18), "Dataflow 'orders': chunk_interval.months must"
                        + " be at most 12, got 18. Months restart every January; for longer chunks use years."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMaps")
    void fromMap_badInterval_namesTheKeyAndTheChoices(String label, Map<String, ?> map, String message) {
        InvalidDataflowException e = assertThrows(InvalidDataflowException.class,
                () -> ChunkSteps.fromMap(map, "orders"));

        assertEquals(message, e.getMessage(), label);
    }

    static Stream<Arguments> badCli() {
        return Stream.of(
                arguments("months", "Chunk interval 'months' is not UNIT=N; write it as e.g. 'months=1', where UNIT is"
                        + " one of years, months, weeks, days, hours, minutes or step."),
                arguments("1d", "Chunk interval '1d' is not UNIT=N; write it as e.g. 'months=1', where UNIT is one of"
                        + " years, months, weeks, days, hours, minutes or step."),
                arguments("week=1", "chunk_interval has unknown key 'week'. Did you mean 'weeks'? Use exactly one of"
                        + " years, months, weeks, days, hours, minutes or step."),
                arguments("days=", "chunk_interval.days must be a positive integer, got ''. Set it to a whole number"
                        + " such as 1."),
                arguments("hours=-1", "chunk_interval.hours must be a positive integer, got -1. Set it to 1 or more."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCli")
    void parse_badCliForm_saysHowToWriteIt(String text, String message) {
        InvalidDataflowException e = assertThrows(InvalidDataflowException.class, () -> ChunkSteps.parse(text, null));

        assertEquals(message, e.getMessage());
    }
}
