package io.datacoolie.metadata;

import io.datacoolie.api.Connection;
import io.datacoolie.api.InvalidDataflowException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Resolves {@code secrets_ref}: each listed configure field holds the name of an environment variable, replaced by
 * that variable's value. Sources: {@code env}, {@code env:PREFIX} (the variable is PREFIX + name) and {@code ""}
 * (the platform default, which in this edition is the environment).
 */
final class Secrets {
    private Secrets() {
    }

    static void apply(Connection connection, Map<String, String> values, UnaryOperator<String> env) {
        String who = "Connection '" + connection.name() + "'";
        for (Map.Entry<String, List<String>> e : connection.secretsRef().entrySet()) {
            String prefix = prefix(who, e.getKey());
            for (String field : e.getValue()) {
                String key = values.get(field);
                if (key == null || key.isBlank()) {
                    throw new InvalidDataflowException(who + ": secrets_ref lists configure field '" + field
                            + "', but configure has no value for it. Set configure." + field
                            + " to the name of the environment variable that holds the secret.");
                }
                String variable = prefix + key.trim();
                String value = env.apply(variable);
                if (value == null) {
                    throw new InvalidDataflowException(who + ": configure field '" + field
                            + "' names the environment variable '" + variable + "' (secrets_ref '" + e.getKey()
                            + "'), which is not set. Export " + variable + " before running.");
                }
                values.put(field, value);
            }
        }
    }

    private static String prefix(String who, String source) {
        String s = source.trim();
        if (s.isEmpty() || s.equals("env")) {
            return "";
        }
        if (s.startsWith("env:")) {
            return s.substring(4);
        }
        throw new InvalidDataflowException(who + ": secrets_ref source '" + source + "' cannot be honoured by this"
                + " JDBC edition, which reads secrets from environment variables only. Use \"env\" (or \"env:PREFIX\")"
                + " and export the variables.");
    }
}
