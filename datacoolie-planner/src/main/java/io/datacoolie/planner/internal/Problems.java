package io.datacoolie.planner.internal;

import io.datacoolie.api.InvalidDataflowException;

/** Builds the planner's user-facing errors, prefixed with the dataflow when one is known. */
public final class Problems {
    private Problems() {
    }

    /**
     * @param dataflow the dataflow name, or null
     * @param message the message, starting in lower case
     * @return the exception to throw
     */
    public static InvalidDataflowException invalid(String dataflow, String message) {
        if (dataflow == null || dataflow.isBlank()) {
            return new InvalidDataflowException(sentenceCase(message));
        }
        return new InvalidDataflowException("Dataflow '" + dataflow + "': " + message);
    }

    /** Capitalises a leading word, but leaves identifiers such as {@code chunk_interval.step} as they are. */
    private static String sentenceCase(String message) {
        int space = message.indexOf(' ');
        String first = space < 0 ? message : message.substring(0, space);
        if (!first.chars().allMatch(Character::isLetter)) {
            return message;
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
