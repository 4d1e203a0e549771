package io.datacoolie.sql.internal;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDateLiteral;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlTimeLiteral;
import org.apache.calcite.sql.SqlTimestampLiteral;
import org.apache.calcite.sql.SqlUnknownLiteral;

/** Renders literals: strings (quotes doubled, MariaDB backslashes doubled), numbers, date-times, one-field intervals. */
final class Literals {
    private final ExprRenderer r;

    Literals(ExprRenderer r) {
        this.r = r;
    }

    String render(SqlLiteral lit) {
        if (lit instanceof SqlUnknownLiteral) {
            return render(resolve((SqlUnknownLiteral) lit));
        }
        if (lit instanceof SqlCharStringLiteral) {
            return string(lit.toValue());
        }
        if (lit instanceof SqlNumericLiteral) {
            return ((SqlNumericLiteral) lit).bigDecimalValue().toPlainString();
        }
        if (lit instanceof SqlDateLiteral) {
            return "DATE '" + ((SqlDateLiteral) lit).toFormattedString() + "'";
        }
        if (lit instanceof SqlTimestampLiteral) {
            return "TIMESTAMP '" + ((SqlTimestampLiteral) lit).toFormattedString() + "'";
        }
        if (lit instanceof SqlTimeLiteral) {
            return "TIME '" + ((SqlTimeLiteral) lit).toFormattedString() + "'";
        }
        if (lit instanceof SqlIntervalLiteral) {
            return interval((SqlIntervalLiteral) lit);
        }
        switch (lit.getTypeName()) {
            case BOOLEAN:
                Boolean b = lit.booleanValue() ? Boolean.TRUE : Boolean.FALSE;
                return lit.getValue() == null ? "NULL" : b.toString().toUpperCase(Locale.ROOT);
            case NULL:
                return "NULL";
            default:
                throw r.reject(lit, "literal " + lit + " is not allowed", "Use a string, number, date or timestamp");
        }
    }

    /** The parser leaves {@code DATE '...'} and friends unresolved; resolving checks the value's format. */
    private SqlLiteral resolve(SqlUnknownLiteral lit) {
        if (!List.of("DATE", "TIME", "TIMESTAMP").contains(lit.tag)) {
            throw r.reject(lit, "literal " + lit.tag + " '" + lit.getValue() + "' is not allowed",
                    "Use DATE 'yyyy-mm-dd', TIME 'hh:mm:ss' or TIMESTAMP 'yyyy-mm-dd hh:mm:ss'");
        }
        try {
            return lit.resolve(org.apache.calcite.sql.type.SqlTypeName.valueOf(lit.tag));
        } catch (RuntimeException e) {
            throw r.reject(lit, lit.tag + " literal '" + lit.getValue() + "' is not a valid " + lit.tag.toLowerCase(
                    Locale.ROOT), "Write it as DATE 'yyyy-mm-dd' or TIMESTAMP 'yyyy-mm-dd hh:mm:ss'");
        }
    }

    private String string(String value) {
        String v = value.replace("'", "''");
        // MariaDB/MySQL treat backslash as an escape inside literals; double it so the value is kept as written.
        return "'" + (r.dialect().pipesAreOr() ? v.replace("\\", "\\\\") : v) + "'";
    }

    private String interval(SqlIntervalLiteral lit) {
        SqlIntervalLiteral.IntervalValue v = lit.getValueAs(SqlIntervalLiteral.IntervalValue.class);
        SqlIntervalQualifier q = v.getIntervalQualifier();
        if (!q.isSingleDatetimeField() || !v.getIntervalLiteral().trim().matches("\\d+")) {
            throw r.reject(lit, "interval " + lit + " has more than one field",
                    "Use one whole-number field, e.g. INTERVAL '7' DAY");
        }
        String sign = v.getSign() < 0 ? "-" : "";
        return "INTERVAL '" + sign + v.getIntervalLiteral().trim() + "' " + q.getStartUnit().name();
    }
}
