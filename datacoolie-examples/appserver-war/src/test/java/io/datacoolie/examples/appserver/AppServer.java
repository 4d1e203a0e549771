package io.datacoolie.examples.appserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The IT's client of the example WAR's endpoints in the WildFly that the appserver-it profile started. */
final class AppServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    private AppServer(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The server of this build; its URL comes from the failsafe configuration of the appserver-it profile. */
    static AppServer fromBuild() {
        String url = System.getProperty("datacoolie.appserver.url");
        if (url == null) {
            throw new IllegalStateException("System property datacoolie.appserver.url is not set. Run the IT with "
                    + "-Pappserver-it (or CI=true), which starts WildFly and sets it.");
        }
        return new AppServer(url);
    }

    /** Starts a job through POST /replay and returns the ended execution; asserts HTTP 200. */
    JsonNode start(String job, Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.put("job", job);
        return post("/replay", form);
    }

    /** Restarts an execution through POST /restart and returns the new, ended execution; asserts HTTP 200. */
    JsonNode restart(long executionId, Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.put("executionId", Long.toString(executionId));
        return post("/restart", form);
    }

    /** Describes an execution as it is now through GET /execution; asserts HTTP 200. */
    JsonNode execution(long executionId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/execution?executionId=" + executionId))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return send(request, "/execution");
    }

    /** The partitions of an execution's steps as {@code index=STATUS} pairs in index order, e.g. {@code 1=COMPLETED}. */
    static String partitions(JsonNode execution) {
        List<String> out = new ArrayList<>();
        for (JsonNode step : execution.path("steps")) {
            for (JsonNode p : step.path("partitions")) {
                out.add(p.path("partition").asInt() + "=" + p.path("batchStatus").asText());
            }
        }
        return String.join(" ", out);
    }

    private JsonNode post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request, path);
    }

    private JsonNode send(HttpRequest request, String path) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), () -> path + " answered " + response.body());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + path, e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
