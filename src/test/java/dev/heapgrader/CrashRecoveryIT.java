package dev.heapgrader;

import dev.heapgrader.api.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every 201 is a promise: the packaged service takes a burst of submissions (several at once), is killed with
 * SIGKILL the moment the last 201 arrives, is started again on the same data, and must still hold every
 * acknowledged submission with the grade it was acknowledged with, and a gradebook computed from exactly those.
 * On the embedded H2 always; on PostgreSQL where the PostgreSQL tests run ({@code .ci/run} sets
 * {@code HEAPGRADER_TEST_POSTGRES_URL}).
 */
class CrashRecoveryIT {

    private static final int SUBMISSIONS = 60;
    private static final int CLIENTS = 4;
    private static final List<String> STUDENTS = List.of("ana", "ben", "cy");
    private static final List<String> EXERCISES = List.of("slots", "refcount-list");
    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("heapgrader.jar", "target/heapgrader.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (mvn package)").isRegularFile();
    }

    @Test
    void noAcknowledgedSubmissionIsLostOnH2() throws Exception {
        Path data = dir.resolve("data");
        crashAndRecover(List.of("--heapgrader.data-dir=" + data), Map.of("HEAPGRADER_DEMO", "false"));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresSupport.URL_VARIABLE, matches = ".+",
            disabledReason = "no HEAPGRADER_TEST_POSTGRES_URL (.ci/run sets it from a local PostgreSQL)")
    void noAcknowledgedSubmissionIsLostOnPostgres() throws Exception {
        crashAndRecover(List.of("--heapgrader.data-dir=" + dir.resolve("data")), Map.of(
                "SPRING_DATASOURCE_URL", System.getenv(PostgresSupport.URL_VARIABLE),
                "SPRING_DATASOURCE_USERNAME", envOr(PostgresSupport.USER_VARIABLE, "heapgrader_test"),
                "SPRING_DATASOURCE_PASSWORD", envOr(PostgresSupport.PASSWORD_VARIABLE, "")));
    }

    private void crashAndRecover(List<String> args, Map<String, String> database) throws Exception {
        String admin = "admin-" + UUID.randomUUID();
        Map<String, String> env = new TreeMap<>(database);
        env.put("HEAPGRADER_ADMIN_TOKEN", admin);
        Path log = dir.resolve("service.log");
        String slug = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        String instructor;
        Map<Long, Acknowledged> acknowledged;
        try (ServiceProcess first = ServiceProcess.start(jar, dir, log, args, env, START_PATIENCE)) {
            ApiClient api = new ApiClient("127.0.0.1", first.port());
            instructor = setUpCourse(api, admin, slug);
            String ci = created(api.post(path(slug, "/tokens"), instructor, Map.of("label", "ci"))).get("token")
                    .asString();
            acknowledged = burst(api, slug, ci);
            int status = first.kill();

            assertThat(status).as("Process.destroyForcibly is SIGKILL on Linux").isEqualTo(
                    ServiceProcess.KILLED_BY_SIGKILL);
        }
        assertThat(acknowledged).as("every submission of the burst was acknowledged").hasSize(SUBMISSIONS);

        try (ServiceProcess second = ServiceProcess.start(jar, dir, log, args, env, START_PATIENCE)) {
            ApiClient api = new ApiClient("127.0.0.1", second.port());
            for (Acknowledged ack : acknowledged.values()) {
                ApiClient.Response read = api.get(path(slug, "/submissions/" + ack.id()), instructor);
                assertThat(read.status()).as("submission %d after the restart", ack.id()).isEqualTo(200);
                assertThat(read.json().get("grade").get("finalScore").asDouble()).isEqualTo(ack.finalScore());
                assertThat(read.json().get("source").asString()).isEqualTo(ack.source());
            }
            ApiClient.Response all = api.get(path(slug, "/submissions"), instructor);
            assertThat(all.json().size()).as("nothing unacknowledged appeared either").isEqualTo(SUBMISSIONS);
            assertGradebookMatches(api.get(path(slug, "/gradebook"), instructor).json(), acknowledged);
        }
    }

    private static String setUpCourse(ApiClient api, String admin, String slug) {
        List<Map<String, Object>> exercises = EXERCISES.stream()
                .map(exercise -> Map.<String, Object>of("exercise", exercise)).toList();
        created(api.post("/api/v1/courses", admin, Map.of("slug", slug, "title", "Crash " + slug,
                "exercises", exercises, "scorePolicy", "BEST")));
        String instructor = created(api.post(path(slug, "/members"), admin,
                Map.of("name", "ivy", "role", "INSTRUCTOR"))).get("token").asString();
        for (String student : STUDENTS) {
            created(api.post(path(slug, "/members"), instructor, Map.of("name", student, "role", "STUDENT")));
        }
        return instructor;
    }

    /** Posts the burst from {@link #CLIENTS} threads at once; returns every 201 by submission id. */
    private Map<Long, Acknowledged> burst(ApiClient api, String slug, String ci) throws Exception {
        List<Answer> answers = answers();
        Map<Long, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int first = client;
                running.add(clients.submit(() -> {
                    for (int i = first; i < SUBMISSIONS; i += CLIENTS) {
                        Answer answer = answers.get(i % answers.size());
                        String student = STUDENTS.get(i % STUDENTS.size());
                        JsonNode body = created(api.post(path(slug, "/submissions"), ci, Map.of(
                                "exercise", answer.exercise(), "source", answer.source(), "student", student)));
                        long id = body.get("id").asLong();
                        acknowledged.put(id, new Acknowledged(id, student, answer.exercise(), answer.source(),
                                body.get("grade").get("finalScore").asDouble()));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get(10, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        return acknowledged;
    }

    /** Right and wrong answers from the repository's exercises, so the burst's scores differ. */
    private static List<Answer> answers() throws Exception {
        List<Answer> answers = new ArrayList<>();
        for (String exercise : EXERCISES) {
            Path folder = Path.of("exercises", exercise).toAbsolutePath();
            answers.add(new Answer(exercise, Files.readString(folder.resolve("solution.py"), StandardCharsets.UTF_8)));
            try (var wrong = Files.list(folder.resolve("wrong"))) {
                for (Path file : wrong.sorted().limit(3).toList()) {
                    answers.add(new Answer(exercise, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return answers;
    }

    private static void assertGradebookMatches(JsonNode gradebook, Map<Long, Acknowledged> acknowledged) {
        assertThat(gradebook.get("rows").size()).isEqualTo(STUDENTS.size());
        for (JsonNode row : gradebook.get("rows")) {
            String student = row.get("student").asString();
            for (JsonNode cell : row.get("cells")) {
                String exercise = cell.get("exercise").asString();
                List<Acknowledged> mine = acknowledged.values().stream()
                        .filter(ack -> ack.student().equals(student) && ack.exercise().equals(exercise))
                        .toList();
                assertThat(cell.get("attempts").asInt()).as("%s, %s: attempts", student, exercise)
                        .isEqualTo(mine.size());
                double best = mine.stream().mapToDouble(Acknowledged::finalScore).max().orElseThrow();
                assertThat(cell.get("score").asDouble()).as("%s, %s: best score", student, exercise)
                        .isEqualTo(best);
            }
        }
    }

    private static JsonNode created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static String path(String slug, String rest) {
        return "/api/v1/courses/" + slug + rest;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One answer to submit. */
    private record Answer(String exercise, String source) {
    }

    /** What a 201 promised: the submission, whose it is, and its final score. */
    private record Acknowledged(long id, String student, String exercise, String source, double finalScore) {
    }
}
