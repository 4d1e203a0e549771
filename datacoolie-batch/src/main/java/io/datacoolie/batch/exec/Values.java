package io.datacoolie.batch.exec;

import java.sql.Timestamp;

/** JDBC values as java.time values, and comparison of bounds of one kind. */
public final class Values {
    private Values() {
    }

    /**
     * @param v a JDBC value
     * @return java.time for legacy date/time types, else the value
     */
    public static Object normalize(Object v) {
        if (v instanceof Timestamp) {
            return ((Timestamp) v).toLocalDateTime();
        }
        if (v instanceof java.sql.Date) {
            return ((java.sql.Date) v).toLocalDate();
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        return v;
    }

    /**
     * @param a a value
     * @param b a value of the same kind
     * @return their order
     * @throws ClassCastException when the kinds differ
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }
}
