package dev.heapgrader;

import dev.heapgrader.api.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one PostgreSQL, as behind a load balancer: they start at once on an empty schema
 * (Flyway migrates once, one administrator token), then interleaved requests through both must keep every rule
 * that spans requests: an attempt cap is never exceeded, an idempotent retry stores one submission, the per-student
 * rate limit counts both instances' submissions, and both gradebooks equal the one computed from the stored
 * responses. Each run uses a schema of its own in the test database and drops it afterwards.
 */
@EnabledIf(value = PostgresSupport.AVAILABLE, disabledReason = PostgresSupport.SKIP_REASON)
class ScaleOutPostgresTest {

    private static final String ADMIN = "scale-out-admin-token-0123456789";
    private static final int PER_MINUTE = 5;
    private static final int CAP = 3;
    private static final List<String> EXERCISES = List.of("gc-cycles", "leak-fix", "refcount-list", "slots",
            "tuple-vs-list");

    @TempDir
    static Path dataDirs;

    private static final Map<String, Object> database = new HashMap<>();
    private static String schema;
    private static JdbcTemplate jdbc;
    private static SingleConnectionDataSource admin;
    private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private static ApiClient first;
    private static ApiClient second;

    @BeforeAll
    static void twoInstancesStartAtOnceOnAnEmptySchema() throws Exception {
        PostgresSupport.register(new DynamicPropertyRegistry() {
            @Override
            public void add(String name, Supplier<Object> value) {
                database.put(name, value.get());
            }
        });
        schema = "scale_" + UUID.randomUUID().toString().substring(0, 8);
        admin = new SingleConnectionDataSource((String) database.get("spring.datasource.url"),
                (String) database.get("spring.datasource.username"),
                (String) database.get("spring.datasource.password"), true);
        jdbc = new JdbcTemplate(admin);
        jdbc.execute("CREATE SCHEMA " + schema);
        jdbc.execute("SET search_path TO " + schema);

        // Two Spring Boot applications initialising Logback at once in one JVM race on its shared context (a CI run
        // failed with "Unknown format 'CONSOLE_LOG_STRUCTURED_FORMAT_IS_UNDEFINED'"); the race under test is the
        // database's, so the two instances keep the logging the test JVM already set up.
        String previousLogging = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Path dataDir = dataDirs.resolve("instance-" + i);
                started.add(starting.submit(() -> start(dataDir)));
            }
            for (Future<ConfigurableApplicationContext> each : started) {
                instances.add(each.get(180, TimeUnit.SECONDS));
            }
        } finally {
            starting.shutdownNow();
            if (previousLogging == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, previousLogging);
            }
        }
        first = new ApiClient("127.0.0.1", port(instances.get(0)));
        second = new ApiClient("127.0.0.1", port(instances.get(1)));
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        String url = (String) database.get("spring.datasource.url");
        String separator = url.contains("?") ? "&" : "?";
        // As command-line arguments, so they win over the test resources' application.properties (H2).
        return new SpringApplicationBuilder(HeapGraderApplication.class).run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + url + separator + "currentSchema=" + schema,
                "--spring.datasource.username=" + database.get("spring.datasource.username"),
                "--spring.datasource.password=" + database.get("spring.datasource.password"),
                "--spring.flyway.schemas=" + schema,
                "--heapgrader.data-dir=" + dataDir,
                "--heapgrader.admin-token=" + ADMIN,
                "--heapgrader.submissions.per-minute=" + PER_MINUTE);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    static void stopAndDropTheSchema() {
        instances.forEach(ConfigurableApplicationContext::close);
        if (jdbc != null) {
            jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            admin.destroy();
        }
    }

    @Test
    void theSchemaWasMigratedOnceWithOneAdministratorToken() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(DISTINCT version) FROM flyway_schema_history",
                        Integer.class));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE kind = 'ADMIN'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void interleavedRequestsThroughBothInstancesKeepEveryRule() throws Exception {
        String slug = "scale-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response course = first.post("/api/v1/courses", ADMIN, Map.of("slug", slug, "title", "Scale",
                "pythonVersion", "3.12", "maxAttempts", CAP));
        assertThat(course.status()).as(course.body()).isEqualTo(201);
        String instructor = member(second, ADMIN, slug, "ivy", "INSTRUCTOR");
        String sam = member(first, instructor, slug, "sam", "STUDENT");
        member(second, instructor, slug, "tess", "STUDENT");
        ApiClient.Response ciToken = first.post("/api/v1/courses/" + slug + "/tokens", instructor,
                Map.of("label", "repo"));
        assertThat(ciToken.status()).as(ciToken.body()).isEqualTo(201);
        String ci = ciToken.json().get("token").asString();
        String submissions = "/api/v1/courses/" + slug + "/submissions";

        List<Callable<ApiClient.Response>> requests = new ArrayList<>();
        // The cap: eight answers of tess at one exercise from the CI token, alternating instances.
        for (int i = 0; i < 8; i++) {
            ApiClient via = i % 2 == 0 ? first : second;
            String answer = i % 3 == 0 ? solution("gc-cycles") : wrong("gc-cycles");
            requests.add(() -> via.post(submissions, ci, Map.of("exercise", "gc-cycles", "source", answer,
                    "student", "tess")));
        }
        // Idempotent retries: one key sent six times, three times to each instance.
        for (int i = 0; i < 6; i++) {
            ApiClient via = i % 2 == 0 ? first : second;
            requests.add(() -> via.call("POST", submissions, ci, Map.of("exercise", "slots",
                    "source", solution("slots"), "student", "tess"), Map.of("Idempotency-Key", "retry-1")));
        }
        // The rate limit: sam's own token, three answers at each of four exercises (never over the cap).
        for (int i = 0; i < 12; i++) {
            ApiClient via = i % 2 == 0 ? first : second;
            String exercise = EXERCISES.get(1 + i % 4);
            String answer = i < 4 ? solution(exercise) : wrong(exercise);
            requests.add(() -> via.post(submissions, sam, Map.of("exercise", exercise, "source", answer)));
        }
        List<ApiClient.Response> responses = sendAtOnce(requests);

        List<ApiClient.Response> capped = responses.subList(0, 8);
        assertThat(capped).filteredOn(r -> r.status() == 201).hasSize(CAP);
        assertThat(capped).filteredOn(r -> r.status() == 409).hasSize(8 - CAP);

        List<ApiClient.Response> retries = responses.subList(8, 14);
        assertThat(retries).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(retries).extracting(r -> r.json().get("id").asLong()).containsOnly(
                retries.get(0).json().get("id").asLong());
        assertThat(retries).filteredOn(r -> "false".equals(r.header("Idempotent-Replayed"))).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE idempotency_key = 'retry-1'",
                Integer.class)).isEqualTo(1);

        List<ApiClient.Response> limited = responses.subList(14, 26);
        assertThat(limited).filteredOn(r -> r.status() == 201).hasSize(PER_MINUTE);
        assertThat(limited).filteredOn(r -> r.status() == 429)
                .hasSize(12 - PER_MINUTE)
                .allSatisfy(r -> assertThat(r.header("Retry-After")).isNotNull());

        Map<String, Map<String, List<Double>>> expected = gradebookOf(responses);
        for (ApiClient via : List.of(first, second)) {
            ApiClient.Response gradebook = via.get("/api/v1/courses/" + slug + "/gradebook", instructor);
            assertThat(gradebook.status()).as(gradebook.body()).isEqualTo(200);
            assertThat(cellsOf(gradebook.json())).isEqualTo(expected);
        }
    }

    /** Per student and exercise: {best final score, attempts}, from the 201 responses (each new submission once). */
    private static Map<String, Map<String, List<Double>>> gradebookOf(List<ApiClient.Response> responses) {
        Map<Long, JsonNode> stored = new TreeMap<>();
        for (ApiClient.Response response : responses) {
            if (response.status() == 201) {
                stored.put(response.json().get("id").asLong(), response.json());
            }
        }
        Map<String, Map<String, List<Double>>> cells = new TreeMap<>();
        for (JsonNode submission : stored.values()) {
            double score = submission.get("grade").get("finalScore").asDouble();
            cells.computeIfAbsent(submission.get("student").asString(), s -> new TreeMap<>())
                    .merge(submission.get("exercise").asString(), List.of(score, 1.0),
                            (cell, more) -> List.of(Math.max(cell.get(0), score), cell.get(1) + 1));
        }
        return cells;
    }

    private static Map<String, Map<String, List<Double>>> cellsOf(JsonNode gradebook) {
        Map<String, Map<String, List<Double>>> cells = new TreeMap<>();
        for (JsonNode row : gradebook.get("rows")) {
            for (JsonNode cell : row.get("cells")) {
                if (cell.get("attempts").asInt() > 0) {
                    cells.computeIfAbsent(row.get("student").asString(), s -> new TreeMap<>())
                            .put(cell.get("exercise").asString(), List.of(cell.get("score").asDouble(),
                                    (double) cell.get("attempts").asInt()));
                }
            }
        }
        return cells;
    }

    private static List<ApiClient.Response> sendAtOnce(List<Callable<ApiClient.Response>> requests)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<ApiClient.Response>> sent = new ArrayList<>();
            for (Callable<ApiClient.Response> request : requests) {
                sent.add(clients.submit(request));
            }
            List<ApiClient.Response> responses = new ArrayList<>();
            for (Future<ApiClient.Response> each : sent) {
                responses.add(each.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            clients.shutdownNow();
        }
    }

    private static String member(ApiClient via, String token, String slug, String name, String role) {
        ApiClient.Response added = via.post("/api/v1/courses/" + slug + "/members", token,
                Map.of("name", name, "displayName", name.toUpperCase(), "role", role));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("token").asString();
    }

    private static String solution(String exercise) {
        return resource("exercises/" + exercise + "/solution.py");
    }

    /** The exercise's first known wrong answer (exercises/<id>/wrong/*.py), which loses points. */
    private static String wrong(String exercise) {
        try {
            Resource[] wrong = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:exercises/" + exercise + "/wrong/*.py");
            Arrays.sort(wrong, Comparator.comparing(Resource::getFilename));
            return read(wrong[0]);
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }

    private static String resource(String path) {
        return read(new ClassPathResource(path));
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }
}
