package dev.heapgrader.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for service tests: one call per request, with an optional bearer token and headers. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Bounds every call, so a hung service fails a test instead of stalling the build. */
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public ApiClient(int port) {
        this("localhost", port);
    }

    /** A client of a service bound to one address only, such as 127.0.0.1. */
    public ApiClient(String host, int port) {
        this.base = "http://" + host + ":" + port;
    }

    /** A response: status, body, headers; {@link #json()} parses the body. */
    public record Response(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response call(String method, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        boolean contentTypeGiven = headers.keySet().stream().anyMatch("Content-Type"::equalsIgnoreCase);
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
            if (!contentTypeGiven) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public Response get(String path, String token) {
        return call("GET", path, token, null, Map.of());
    }

    public Response post(String path, String token, Object body) {
        return call("POST", path, token, body, Map.of());
    }
}
