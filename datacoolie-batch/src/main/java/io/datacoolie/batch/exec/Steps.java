package io.datacoolie.batch.exec;

import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.chunk.ChunkUnit;
import java.util.Locale;

/** Parses a chunk interval written as {@code UNIT=N}, e.g. {@code months=1} or {@code step=100000}. */
public final class Steps {
    private Steps() {
    }

    /**
     * @param text {@code UNIT=N}
     * @param dataflow the dataflow for messages, may be null
     * @return the step
     */
    public static ChunkStep parse(String text, String dataflow) {
        String[] kv = text.trim().split("=", 2);
        String who = dataflow == null ? "" : "Dataflow '" + dataflow + "': ";
        long n;
        try {
            n = kv.length == 2 ? Long.parseLong(kv[1].trim()) : 0;
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n <= 0) {
            throw new InvalidDataflowException(who + "chunk interval '" + text + "' is not UNIT=N with a positive N."
                    + " Write e.g. 'months=1' or 'step=100000'.");
        }
        String unit = kv[0].trim().toLowerCase(Locale.ROOT);
        if (unit.equals("step")) {
            return new ChunkStep.IntegerStep(n);
        }
        for (ChunkUnit u : ChunkUnit.values()) {
            if (u.key().equals(unit)) {
                return new ChunkStep.CalendarStep(u, (int) n);
            }
        }
        throw new InvalidDataflowException(who + "unknown chunk unit '" + kv[0] + "'. Use one of years, months,"
                + " weeks, days, hours, minutes, step.");
    }
}
