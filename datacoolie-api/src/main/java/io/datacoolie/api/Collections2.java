package io.datacoolie.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Copies that keep insertion order and tolerate null values (metadata JSON may hold {@code null}). */
final class Collections2 {
    private Collections2() {
    }

    static <K, V> Map<K, V> copyOfNullable(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
