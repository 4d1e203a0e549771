package io.datacoolie.api;

/** Small text helpers shared by the records. */
final class Strings {
    private Strings() {
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
