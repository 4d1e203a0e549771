package io.datacoolie.batch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run in this JVM: its exit code and what it printed to standard output and error. */
public record CliRun(int code, String out, String err) {
    /**
     * @param args the arguments after {@code datacoolie}
     * @return the run
     */
    public static CliRun of(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new PrintWriter(o), new PrintWriter(e), args);
        return new CliRun(code, o.toString(), e.toString());
    }
}
