package io.datacoolie.sql.internal;

import io.datacoolie.sql.Dialect;
import java.util.Collection;

/** The names a fragment may reference, and how each renders (a quoted column, or a substituted expression). */
public interface Scope {

    /**
     * @param name the identifier as parsed
     * @param quoted true when the user wrote it in double quotes (then case matters)
     * @param dialect the target database
     * @return the SQL for it, or null when the name is unknown
     */
    String resolve(String name, boolean quoted, Dialect dialect);

    /** @return the names that may be referenced, for messages */
    Collection<String> names();
}
