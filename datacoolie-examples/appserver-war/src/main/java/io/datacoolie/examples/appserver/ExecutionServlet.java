package io.datacoolie.examples.appserver;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /execution?executionId=N}: describes an execution as it is now, without waiting. */
@WebServlet("/execution")
public class ExecutionServlet extends JobServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        respond(resp, (operator, executions) -> executions.describe(executionId(req)));
    }
}
