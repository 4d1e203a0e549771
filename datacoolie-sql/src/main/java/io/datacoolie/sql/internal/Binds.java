package io.datacoolie.sql.internal;

import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.sql.Column;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Converts a window bound to the Java type that matches the column's JDBC type, applying the replay zone. */
public final class Binds {
    private Binds() {
    }

    /**
     * @param dataflow the dataflow name, for messages
     * @param col the column the bound is compared with
     * @param value LocalDate, LocalDateTime, OffsetDateTime, ZonedDateTime, Integer/Long, BigDecimal or String
     * @param zone the zone naive values are read in for zoned columns
     * @return the typed bind value
     */
    public static Object forColumn(String dataflow, Column col, Object value, ZoneId zone) {
        Object v = value instanceof ZonedDateTime ? ((ZonedDateTime) value).toOffsetDateTime() : value;
        if (col.isZoned()) {
            if (v instanceof LocalDate) {
                return ((LocalDate) v).atStartOfDay(zone).toOffsetDateTime();
            }
            if (v instanceof LocalDateTime) {
                return ((LocalDateTime) v).atZone(zone).toOffsetDateTime();
            }
            if (v instanceof OffsetDateTime) {
                return v;
            }
        } else if (col.isTimestamp()) {
            if (v instanceof LocalDate) {
                return ((LocalDate) v).atStartOfDay();
            }
            if (v instanceof OffsetDateTime) {
                return ((OffsetDateTime) v).atZoneSameInstant(zone).toLocalDateTime();
            }
            if (v instanceof LocalDateTime) {
                return v;
            }
        } else if (col.isDate()) {
            if (v instanceof OffsetDateTime) {
                v = ((OffsetDateTime) v).atZoneSameInstant(zone).toLocalDateTime();
            }
            if (v instanceof LocalDateTime) {
                LocalDateTime t = (LocalDateTime) v;
                return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate() : t;
            }
            if (v instanceof LocalDate) {
                return v;
            }
        } else if (col.isInteger() && v instanceof Number && !(v instanceof BigDecimal)) {
            return ((Number) v).longValue();
        } else if (col.isDecimal() && v instanceof Number) {
            return v instanceof BigDecimal ? v : BigDecimal.valueOf(((Number) v).longValue());
        } else if (!(v instanceof java.time.temporal.Temporal)) {
            return v;
        }
        throw new InvalidDataflowException("Dataflow '" + dataflow + "': the bound '" + value + "' ("
                + value.getClass().getSimpleName() + ") cannot be compared with column '" + col.name() + "' of type "
                + col.typeName() + ". Use date or date-time bounds for date/time columns and integer bounds (step) for"
                + " numeric columns.");
    }
}
