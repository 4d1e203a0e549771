package io.datacoolie.planner;

import io.datacoolie.api.chunk.ChunkStep;
import io.datacoolie.api.chunk.ChunkUnit;
import io.datacoolie.planner.internal.Problems;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a chunk step from the metadata's {@code chunk_interval} map ({@code {"months": 1}}) or from the command line's
 * {@code UNIT=N} form ({@code months=1}). Exactly one key, a positive integer; minutes at most 60, hours at most 24 and
 * months at most 12, because those grids restart every hour, day and year.
 */
public final class ChunkSteps {
    /** The valid keys, in the order messages list them. */
    public static final List<String> KEYS = List.of("years", "months", "weeks", "days", "hours", "minutes", "step");
    private static final String CHOICES = "years, months, weeks, days, hours, minutes or step";

    private ChunkSteps() {
    }

    /**
     * @param chunkInterval the {@code chunk_interval} map; null means single-shot
     * @param dataflow the dataflow name for messages, or null
     * @return the step, or null for a single-shot replay
     * @throws io.datacoolie.api.InvalidDataflowException for an empty map, an unknown key, several keys, or an amount
     *     that is not a positive integer in range
     */
    public static ChunkStep fromMap(Map<String, ?> chunkInterval, String dataflow) {
        if (chunkInterval == null) {
            return null;
        }
        if (chunkInterval.isEmpty()) {
            throw Problems.invalid(dataflow, "chunk_interval is empty. Give exactly one of " + CHOICES
                    + ", e.g. {\"months\": 1}, or leave chunk_interval out for a single-shot replay.");
        }
        for (String key : chunkInterval.keySet()) {
            checkKey(key, dataflow);
        }
        if (chunkInterval.size() > 1) {
            throw Problems.invalid(dataflow, "chunk_interval has several keys " + quoted(chunkInterval.keySet())
                    + ". Give exactly one of " + CHOICES + ", e.g. {\"months\": 1}.");
        }
        Map.Entry<String, ?> e = chunkInterval.entrySet().iterator().next();
        return of(e.getKey(), amount(e.getKey(), e.getValue(), dataflow), dataflow);
    }

    /**
     * @param text the command-line form {@code UNIT=N}, e.g. {@code months=1}
     * @param dataflow the dataflow name for messages, or null
     * @return the step
     * @throws io.datacoolie.api.InvalidDataflowException when the text is not {@code UNIT=N} with a valid unit and a
     *     positive integer
     */
    public static ChunkStep parse(String text, String dataflow) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            String hint = KEYS.contains(text.strip()) ? " e.g. '" + text.strip() + "=1'" : " e.g. 'months=1'";
            throw Problems.invalid(dataflow, "chunk interval '" + text + "' is not UNIT=N; write it as" + hint
                    + ", where UNIT is one of " + CHOICES + ".");
        }
        String key = text.substring(0, eq).strip();
        checkKey(key, dataflow);
        return of(key, amount(key, text.substring(eq + 1).strip(), dataflow), dataflow);
    }

    /**
     * @param key one of {@link #KEYS}
     * @param amount the amount
     * @param dataflow the dataflow name for messages, or null
     * @return the step
     */
    public static ChunkStep of(String key, long amount, String dataflow) {
        checkKey(key, dataflow);
        if (amount <= 0) {
            throw Problems.invalid(dataflow, "chunk_interval." + key + " must be a positive integer, got " + amount
                    + ". Set it to 1 or more.");
        }
        if (key.equals("step")) {
            return new ChunkStep.IntegerStep(amount);
        }
        ChunkUnit unit = ChunkUnit.valueOf(key.toUpperCase(Locale.ROOT));
        long max = maxAmount(unit);
        if (amount > max) {
            throw Problems.invalid(dataflow, "chunk_interval." + key + " must be at most " + max + ", got " + amount
                    + ". " + longerHint(unit));
        }
        return new ChunkStep.CalendarStep(unit, (int) amount);
    }

    /**
     * @param step a step, or null
     * @return the command-line form, e.g. {@code months=1}, or {@code single} for null
     */
    public static String format(ChunkStep step) {
        return step == null ? "single" : step.key() + "=" + step.size();
    }

    private static long maxAmount(ChunkUnit unit) {
        switch (unit) {
            case MINUTES:
                return 60;
            case HOURS:
                return 24;
            case MONTHS:
                return 12;
            default:
                return Integer.MAX_VALUE;
        }
    }

    private static String longerHint(ChunkUnit unit) {
        switch (unit) {
            case MINUTES:
                return "Minutes restart every hour; for longer chunks use hours.";
            case HOURS:
                return "Hours restart every day; for longer chunks use days.";
            case MONTHS:
                return "Months restart every January; for longer chunks use years.";
            default:
                return "Use a larger unit.";
        }
    }

    private static long amount(String key, Object value, String dataflow) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger && ((BigInteger) value).bitLength() < 64) {
            return ((BigInteger) value).longValue();
        }
        if (value instanceof String && ((String) value).strip().matches("[+-]?\\d+")) {
            try {
                return Long.parseLong(((String) value).strip());
            } catch (NumberFormatException tooLarge) {
                // falls through to the message below
            }
        }
        throw Problems.invalid(dataflow, "chunk_interval." + key + " must be a positive integer, got '" + value
                + "'. Set it to a whole number such as 1.");
    }

    private static void checkKey(String key, String dataflow) {
        if (KEYS.contains(key)) {
            return;
        }
        String lower = key.toLowerCase(Locale.ROOT).strip();
        String hint;
        if (lower.startsWith("quarter")) {
            hint = " For quarters use {\"months\": 3}.";
        } else {
            String best = closest(lower);
            hint = best == null ? "" : " Did you mean '" + best + "'?";
        }
        throw Problems.invalid(dataflow, "chunk_interval has unknown key '" + key + "'." + hint
                + " Use exactly one of " + CHOICES + ".");
    }

    private static String closest(String key) {
        String best = null;
        int bestDistance = 3;
        for (String k : KEYS) {
            int d = levenshtein(key, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String quoted(Iterable<String> keys) {
        List<String> q = new ArrayList<>();
        keys.forEach(k -> q.add("'" + k + "'"));
        return String.join(", ", q);
    }
}
