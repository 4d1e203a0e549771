package io.datacoolie.examples.appserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Base of the job endpoints: request parsing, the server's JobOperator, and JSON replies with HTTP status codes. */
abstract class JobServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Request parameters that steer the endpoint; every other one is passed to the job as a job parameter. */
    private static final Set<String> CONTROL = Set.of("job", "executionId", "timeoutSeconds");
    private static final long DEFAULT_TIMEOUT_SECONDS = 300;

    /** Runs the action against the server's JobOperator and writes its JSON, or the error with a fitting status. */
    protected final void respond(HttpServletResponse resp, Action action) throws IOException {
        JobOperator operator = BatchRuntime.getJobOperator();
        Object body;
        int status;
        try {
            body = action.run(operator, new Executions(operator));
            status = HttpServletResponse.SC_OK;
        } catch (NoSuchJobException | NoSuchJobExecutionException e) {
            body = error(e);
            status = HttpServletResponse.SC_NOT_FOUND;
        } catch (JobRestartException | JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException e) {
            body = error(e);
            status = HttpServletResponse.SC_CONFLICT;
        } catch (JobStartException | IllegalArgumentException e) {
            body = error(e);
            status = HttpServletResponse.SC_BAD_REQUEST;
        } catch (JobSecurityException e) {
            body = error(e);
            status = HttpServletResponse.SC_FORBIDDEN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            body = error(e);
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        JSON.writeValue(resp.getWriter(), body);
    }

    /** The job parameters: every request parameter except the endpoint's own (job, executionId, timeoutSeconds). */
    protected static Properties jobParameters(HttpServletRequest req) {
        Properties params = new Properties();
        req.getParameterMap().forEach((name, values) -> {
            if (!CONTROL.contains(name) && values.length > 0) {
                params.setProperty(name, values[values.length - 1]);
            }
        });
        return params;
    }

    protected static Duration timeout(HttpServletRequest req) {
        String value = req.getParameter("timeoutSeconds");
        return Duration.ofSeconds(value == null ? DEFAULT_TIMEOUT_SECONDS : parseLong("timeoutSeconds", value));
    }

    protected static long executionId(HttpServletRequest req) {
        String value = req.getParameter("executionId");
        if (value == null) {
            throw new IllegalArgumentException("Parameter 'executionId' is missing. Pass the id that /replay returned.");
        }
        return parseLong("executionId", value);
    }

    private static long parseLong(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Parameter '" + name + "' must be a whole number, got '" + value + "'.", e);
        }
    }

    private static Map<String, String> error(Exception e) {
        return Map.of("error", e.getClass().getSimpleName(), "message", String.valueOf(e.getMessage()));
    }

    /** One endpoint's work. */
    @FunctionalInterface
    protected interface Action {
        Object run(JobOperator operator, Executions executions) throws InterruptedException;
    }
}
