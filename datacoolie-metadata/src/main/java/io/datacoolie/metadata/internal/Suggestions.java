package io.datacoolie.metadata.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the closest known name to a misspelt one by edit distance, for "did you mean" hints. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * @param wrong the name the user wrote
     * @param known the valid names
     * @return the closest valid name within a distance of about a third of its length, if any
     */
    public static Optional<String> closest(String wrong, Collection<String> known) {
        String w = wrong.toLowerCase(Locale.ROOT);
        List<String> sorted = known.stream().sorted().toList();
        if (w.length() >= 4) {
            // An abbreviation ("expr") or an extension ("watermark_column") of a known name beats edit distance.
            Optional<String> affix = sorted.stream().filter(k -> {
                String l = k.toLowerCase(Locale.ROOT);
                return l.startsWith(w) || w.startsWith(l);
            }).min(Comparator.comparingInt(k -> Math.abs(k.length() - w.length())));
            if (affix.isPresent()) {
                return affix;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : sorted) {
            int d = distance(w, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int limit = Math.max(2, w.length() / 3);
        return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance with transpositions counted as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * @param wrong the name the user wrote
     * @param known the valid names
     * @return {@code "; did you mean 'x'?"} or an empty string
     */
    public static String didYouMean(String wrong, Collection<String> known) {
        return closest(wrong, known).map(s -> "; did you mean '" + s + "'?").orElse("");
    }
}
