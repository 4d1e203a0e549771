package io.datacoolie.examples.appserver;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /replay}: starts a job (default {@code datacoolie-replay}) with the request's other parameters as job
 * parameters, waits until it ends (or {@code timeoutSeconds}, default 300) and returns its execution as JSON.
 */
@WebServlet("/replay")
public class ReplayServlet extends JobServlet {

    private static final long serialVersionUID = 1L;
    static final String DEFAULT_JOB = "datacoolie-replay";

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String job = req.getParameter("job") == null ? DEFAULT_JOB : req.getParameter("job");
        respond(resp, (operator, executions) -> {
            long id = operator.start(job, jobParameters(req));
            executions.awaitEnd(id, timeout(req));
            return executions.describe(id);
        });
    }
}
