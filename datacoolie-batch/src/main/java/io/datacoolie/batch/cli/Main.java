package io.datacoolie.batch.cli;

import io.datacoolie.api.FilterExpressionException;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.UnsupportedDialectException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code datacoolie} command line: one subcommand per task. Exit codes: 0 when nothing failed, 1 when something
 * failed while running, 2 for bad input (one line on stderr).
 */
@Command(name = "datacoolie", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Metadata-driven ETL for JDBC databases, with calendar-aligned replay and backfill.",
        subcommands = {
            // One line per subcommand; keep help last.
            PlanCommand.class,
            ReplayCommand.class,
            RunCommand.class,
            StatusCommand.class,
            RestartCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Callable<Integer> {
    /** Nothing failed. */
    public static final int OK = 0;
    /** Something failed while running (a chunk, a dataflow, an unexpected error). */
    public static final int FAILED = 1;
    /** Bad input: options, ranges, metadata; reported as one line on stderr. */
    public static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
                1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in-process, as tests do.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * @param out standard output
     * @param err standard error
     * @return the configured command line: error handlers, exit codes, case-insensitive enum values
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Main::badArguments)
                .setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, cmd));
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    private static int badArguments(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message = oneLine(e.getMessage());
        cmd.getErr().println(message + (message.endsWith(".") ? "" : ".") + " See '"
                + cmd.getCommandSpec().qualifiedName() + " --help'.");
        return BAD_INPUT;
    }

    private static int failed(Exception e, CommandLine cmd) {
        if (e instanceof InvalidDataflowException || e instanceof FilterExpressionException
                || e instanceof UnsupportedDialectException) {
            cmd.getErr().println(oneLine(e.getMessage()));
            return BAD_INPUT;
        }
        if (System.getenv("DATACOOLIE_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        } else {
            cmd.getErr().println("Failed: " + oneLine(String.valueOf(e.getMessage())) + " (" + e.getClass().getName()
                    + "; set DATACOOLIE_DEBUG=1 for the stack trace)");
        }
        return FAILED;
    }

    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The version from the jar manifest, or a development marker when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"DataCoolie " + (v == null ? "(development build)" : v)};
        }
    }
}
