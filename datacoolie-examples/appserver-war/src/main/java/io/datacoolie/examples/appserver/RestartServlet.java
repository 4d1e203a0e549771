package io.datacoolie.examples.appserver;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /restart?executionId=N}: restarts a failed or stopped execution through the server's
 * {@code JobOperator.restart}, waits until the new execution ends and returns it as JSON. Other request parameters
 * are passed as restart parameters, which JBeret merges over the original ones (restart wins per key).
 */
@WebServlet("/restart")
public class RestartServlet extends JobServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        respond(resp, (operator, executions) -> {
            long id = operator.restart(executionId(req), jobParameters(req));
            executions.awaitEnd(id, timeout(req));
            return executions.describe(id);
        });
    }
}
