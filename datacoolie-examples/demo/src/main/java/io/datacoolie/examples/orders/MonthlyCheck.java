package io.datacoolie.examples.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares a destination with the source, month by month: row counts, amount sums, and no duplicated orders.
 *
 * @param lines one line per month present on either side
 */
public record MonthlyCheck(List<Line> lines) {

    /**
     * One month of the comparison.
     *
     * @param month {@code yyyy-MM} or {@code none}
     * @param expected the source's totals (zero rows when absent)
     * @param actual the destination's totals (zero rows when absent)
     */
    public record Line(String month, MonthTotals expected, MonthTotals actual) {
        /** @return true when counts and sums agree and the destination holds each order once */
        public boolean ok() {
            return expected.rows() == actual.rows() && actual.distinctOrders() == actual.rows()
                    && expected.amount().compareTo(actual.amount()) == 0;
        }
    }

    /** Copies the lines. */
    public MonthlyCheck {
        lines = List.copyOf(lines);
    }

    /**
     * @param expected totals by month from a query of the source
     * @param actual totals by month of the destination
     * @return the comparison
     */
    public static MonthlyCheck compare(Map<String, MonthTotals> expected, Map<String, MonthTotals> actual) {
        List<Line> lines = new ArrayList<>();
        for (String m : new TreeSet<>(union(expected, actual))) {
            lines.add(new Line(m, expected.getOrDefault(m, empty(m)), actual.getOrDefault(m, empty(m))));
        }
        return new MonthlyCheck(lines);
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static MonthTotals empty(String month) {
        return new MonthTotals(month, 0, 0, BigDecimal.ZERO);
    }

    /** @return true when every month agrees (and there is at least one) */
    public boolean passed() {
        return !lines.isEmpty() && lines.stream().allMatch(Line::ok);
    }

    /** @return the lines that disagree */
    public List<Line> mismatches() {
        return lines.stream().filter(l -> !l.ok()).toList();
    }

    /** @return the total number of destination rows */
    public long actualRows() {
        return lines.stream().mapToLong(l -> l.actual().rows()).sum();
    }

    /** @return a table for people, one month a line, ending with PASS or FAIL */
    public String render() {
        StringBuilder sb = new StringBuilder(String.format("  %-7s %12s %12s %16s %16s%n",
                "month", "source rows", "dest rows", "source amount", "dest amount"));
        for (Line l : lines) {
            sb.append(String.format("  %-7s %,12d %,12d %,16.2f %,16.2f  %s%n", l.month(), l.expected().rows(),
                    l.actual().rows(), l.expected().amount(), l.actual().amount(), l.ok() ? "ok" : "MISMATCH"
                    + (l.actual().distinctOrders() != l.actual().rows() ? " (duplicated orders)" : "")));
        }
        sb.append(passed() ? "PASS" : "FAIL").append(": ").append(lines.size() - mismatches().size())
                .append(" of ").append(lines.size()).append(" months agree");
        return sb.toString();
    }
}
