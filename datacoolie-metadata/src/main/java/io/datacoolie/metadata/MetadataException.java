package io.datacoolie.metadata;

import io.datacoolie.api.InvalidDataflowException;
import java.util.List;

/** Metadata that cannot be loaded; lists every problem found, each with its path, value and fix. */
public class MetadataException extends InvalidDataflowException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    /**
     * @param source what was read, e.g. {@code file 'metadata.json'}
     * @param problems one message per problem, in document order
     */
    public MetadataException(String source, List<String> problems) {
        super(format(source, problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * @param source what was read
     * @param problems one message per problem
     * @param cause the underlying failure
     */
    public MetadataException(String source, List<String> problems, Throwable cause) {
        super(format(source, problems), cause);
        this.problems = List.copyOf(problems);
    }

    private static String format(String source, List<String> problems) {
        if (problems.size() == 1) {
            return "Invalid metadata in " + source + ": " + problems.get(0);
        }
        return "Invalid metadata in " + source + " (" + problems.size() + " problems):\n  - "
                + String.join("\n  - ", problems);
    }

    /** @return each problem's message, in document order */
    public List<String> problems() {
        return problems;
    }
}
