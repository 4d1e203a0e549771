package io.datacoolie.examples.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of this module in a child JVM with the same class path, and collects its stdout. */
final class JavaChild {

    /**
     * What the child did.
     *
     * @param exitCode its exit code
     * @param stdout everything it printed on stdout
     */
    record Result(int exitCode, String stdout) {
    }

    private JavaChild() {
    }

    /**
     * @param jvmOptions options such as {@code -Xmx256m}
     * @param mainClass the class to run
     * @param args its arguments
     * @return exit code and stdout; stderr goes to this process's stderr
     * @throws IOException when the JVM cannot start
     * @throws InterruptedException when interrupted while waiting
     */
    static Result run(List<String> jvmOptions, String mainClass, List<String> args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dorg.jboss.logging.provider=slf4j",
                mainClass));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    /**
     * @param className a class name
     * @return true when this class path has it
     */
    static boolean exists(String className) {
        try {
            Class.forName(className, false, JavaChild.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
