package io.datacoolie.examples.bench;

/**
 * What a scenario must achieve.
 *
 * @param text the target as the report states it
 * @param minRatio the least throughput ratio to the baseline, or NaN when not a ratio target
 * @param maxMillisPerUnit the most milliseconds per unit (chunk), or NaN when not a cost target
 */
public record Target(String text, double minRatio, double maxMillisPerUnit) {

    /**
     * @param ratio the least throughput ratio to the baseline
     * @return a ratio target
     */
    public static Target atLeast(double ratio) {
        return new Target(String.format(">= %.1fx baseline", ratio), ratio, Double.NaN);
    }

    /**
     * @param millis the most milliseconds per chunk
     * @return a cost target
     */
    public static Target atMostMillisPerChunk(double millis) {
        return new Target(String.format("<= %.0f ms/chunk", millis), Double.NaN, millis);
    }

    /**
     * @param text what completing means
     * @return a target met by completing
     */
    public static Target completes(String text) {
        return new Target(text, Double.NaN, Double.NaN);
    }

    /**
     * @param contender the contender's samples
     * @param baseline the baseline's samples
     * @return whether the target is met
     */
    public boolean met(Samples contender, Samples baseline) {
        if (!Double.isNaN(minRatio)) {
            return baseline.median() / contender.median() >= minRatio;
        }
        if (!Double.isNaN(maxMillisPerUnit)) {
            return contender.median() * 1000 / contender.unitsPerRun() <= maxMillisPerUnit;
        }
        return !contender.seconds().isEmpty();
    }
}
