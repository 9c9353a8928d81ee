package dev.heapgrader;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen answers that each allocate until the engine's simulated-heap limit stops them, posted at once to the
 * packaged service on a small Java heap ({@code -Xmx768m}): every request is answered (graded, or 503 while the
 * grading line is full), none fails with 500, and the service stays up, because GradingSlots sizes the number of
 * runs at once from the heap.
 */
class MemoryHungryAnswersIT {
    private static final String ADMIN = "memory-hungry-admin-token";
    private static final List<String> HUNGRY = List.of(
            "blocks = []\nwhile True:\n    blocks.append(bytearray(10 ** 6))\n",
            "numbers = list(range(10 ** 8))\n",
            "text = 'x' * (10 ** 9)\n",
            "rows = [[0] * 1000 for _ in range(10 ** 6)]\n");

    @TempDir
    static Path dir;
    private static Path jar;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("heapgrader.jar", "target/heapgrader.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (mvn package)").isRegularFile();
    }

    @Test
    void memoryHungryAnswersAtOnceNeverTakeTheServiceDown() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("serve.log");
        ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx768m", "-XX:+ExitOnOutOfMemoryError", "-jar",
                jar.toString(), "serve", "--server.address=127.0.0.1", "--server.port=" + port,
                "--heapgrader.data-dir=" + dir.resolve("data"), "--heapgrader.demo.enabled=false",
                "--heapgrader.submissions.per-minute=1000", "--heapgrader.grading.max-wait=120s")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HEAPGRADER_ADMIN_TOKEN", ADMIN);
        Process service = builder.start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            awaitHealth(http, base, service);
            awaitAdminToken(http, base);
            send(http, base + "/api/v1/courses", ADMIN,
                    "{\"slug\":\"mem\",\"title\":\"Memory\",\"exercises\":[{\"exercise\":\"leak-fix\"}]}", 201);
            String added = send(http, base + "/api/v1/courses/mem/members", ADMIN,
                    "{\"name\":\"ada\",\"displayName\":\"Ada\",\"role\":\"STUDENT\"}", 201);
            String token = added.replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

            List<CompletableFuture<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String source = HUNGRY.get(i % HUNGRY.size());
                String body = "{\"exercise\":\"leak-fix\",\"source\":\"" + source.replace("\\", "\\\\")
                        .replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
                posts.add(http.sendAsync(request(base + "/api/v1/courses/mem/submissions", token, body),
                        HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> post : posts) {
                statuses.add(post.get(10, TimeUnit.MINUTES));
            }

            assertThat(statuses).as(Files.readString(log)).allMatch(s -> s == 201 || s == 503).contains(201);
            assertThat(service.isAlive()).as("the service survived").isTrue();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).contains("\"status\":\"UP\"");
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private static HttpRequest request(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String send(HttpClient http, String url, String token, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(url, token, body), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response.body();
    }

    private static void awaitHealth(HttpClient http, String base, Process service) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service process is still running").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notUpYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service did not report health in time");
    }

    /** The administrator token is stored by a runner after the web server is already up. */
    private static void awaitAdminToken(HttpClient http, String base) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        HttpRequest list = HttpRequest.newBuilder(URI.create(base + "/api/v1/courses"))
                .header("Authorization", "Bearer " + ADMIN).build();
        while (http.send(list, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            assertThat(System.nanoTime()).as("the admin token works within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
