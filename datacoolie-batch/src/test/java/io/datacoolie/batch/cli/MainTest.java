package io.datacoolie.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datacoolie.api.InvalidDataflowException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Exit codes of the top-level command: 0 ok, 1 failed while running, 2 bad input. */
class MainTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final RuntimeException error;

        Boom(RuntimeException error) {
            this.error = error;
        }

        @Override
        public Integer call() {
            throw error;
        }
    }

    private static String[] run(RuntimeException error) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new PrintWriter(out), new PrintWriter(err));
        cli.addSubcommand(new CommandLine(new Boom(error)));
        // picocli applies writers only to the subcommands present when they are set
        cli.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cli.execute("boom");
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void invalidDataflow_isBadInput_oneLine() {
        String[] r = run(new InvalidDataflowException("Dataflow 'orders': something\nwrong. Fix it."));

        assertEquals("2", r[0]);
        assertEquals("Dataflow 'orders': something wrong. Fix it." + System.lineSeparator(), r[1]);
    }

    @Test
    void unexpectedError_isFailure_oneLineNamingTheType() {
        String[] r = run(new IllegalStateException("disk on fire"));

        assertEquals("1", r[0]);
        assertEquals(1, r[1].lines().count(), r[1]);
        assertTrue(r[1].startsWith("Failed: disk on fire (java.lang.IllegalStateException;"), r[1]);
    }

    @Test
    void version_exitsWith0() {
        StringWriter out = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "--version");

        assertEquals(0, code);
        assertTrue(out.toString().startsWith("DataCoolie "), out.toString());
    }
}
