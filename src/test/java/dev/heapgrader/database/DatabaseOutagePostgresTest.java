package dev.heapgrader.database;

import dev.heapgrader.api.ApiClient;
import dev.heapgrader.api.CourseFixture;
import dev.heapgrader.api.ScriptedGradingConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away in the middle of a burst and comes back: the service runs against PostgreSQL through a
 * {@link CuttableTcpProxy}. While cut, submissions get 503 problem details and readiness reports DOWN; afterwards
 * the same service (no restart) answers 201 again, every 201 is in the database exactly once with its grade, no
 * submission is stored without a grade, and retrying each 503 with its Idempotency-Key stores each answer once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"heapgrader.submissions.per-minute=1000", "server.address=127.0.0.1"})
@Import(ScriptedGradingConfiguration.class)
@EnabledIfEnvironmentVariable(named = "HEAPGRADER_TEST_POSTGRES_URL", matches = "jdbc:postgresql://[^/]+:\\d+/.+",
        disabledReason = "needs HEAPGRADER_TEST_POSTGRES_URL with host and port (.ci/run sets it)")
class DatabaseOutagePostgresTest {

    private static final String ADMIN = "test-admin-" + UUID.randomUUID();
    private static final int CLIENTS = 3;
    private static final int PER_CLIENT = 25;

    private static CuttableTcpProxy proxy;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws Exception {
        URI database = URI.create(url().substring("jdbc:".length()));
        proxy = new CuttableTcpProxy(database.getHost(), database.getPort());
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port()
                + database.getPath());
        registry.add("spring.datasource.username", DatabaseOutagePostgresTest::user);
        registry.add("spring.datasource.password", DatabaseOutagePostgresTest::password);
        registry.add("heapgrader.admin-token", () -> ADMIN);
    }

    @AfterAll
    static void closeProxy() throws InterruptedException {
        proxy.close();
    }

    @LocalServerPort
    int port;

    /** One request of the burst and what came back. */
    private record Sent(String key, String student, String exercise, String source, ApiClient.Response response) {
    }

    @Test
    void anOutageGives503sAndLosesOrDuplicatesNothing() throws Exception {
        ApiClient api = new ApiClient("127.0.0.1", port);
        CourseFixture course = CourseFixture.create(api, ADMIN, "outage");
        List<Sent> sent = new CopyOnWriteArrayList<>();
        AtomicInteger created = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        ApiClient.Response readinessDuringCut;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int number = client;
                running.add(clients.submit(() -> {
                    for (int i = 0; i < PER_CLIENT; i++) {
                        Sent one = submit(api, course, number + "-" + i);
                        sent.add(one);
                        if (one.response().status() == 201) {
                            created.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            awaitAtLeast(created, 10, Duration.ofMinutes(2));
            proxy.cut();
            int before = sent.size();
            awaitAtLeast(() -> sent.size() - before, CLIENTS * 2, Duration.ofMinutes(1));
            readinessDuringCut = api.get("/actuator/health/readiness", null);
            proxy.restore();
            for (Future<?> client : running) {
                client.get(5, TimeUnit.MINUTES);
            }
        } finally {
            proxy.restore();
            clients.shutdownNow();
        }

        assertThat(readinessDuringCut.status()).isEqualTo(503);
        assertThat(readinessDuringCut.body()).contains("\"DOWN\"");
        List<Sent> failed = sent.stream().filter(one -> one.response().status() != 201).toList();
        assertThat(failed).as("the cut was felt").isNotEmpty();
        for (Sent one : failed) {
            assertThat(one.response().status()).as(one.response().body()).isEqualTo(503);
            assertThat(one.response().header("Content-Type")).startsWith("application/problem+json");
            assertThat(one.response().header("Retry-After")).isNotBlank();
            assertThat(one.response().body()).doesNotContain("Exception", "at org.", "at java.");
        }
        awaitReadinessUp(api);

        List<Long> acknowledged = sent.stream().filter(one -> one.response().status() == 201)
                .map(one -> one.response().json().get("id").asLong()).toList();
        try (Connection db = DriverManager.getConnection(url(), user(), password())) {
            for (long id : acknowledged) {
                assertThat(count(db, "SELECT COUNT(*) FROM submission WHERE id = ?", id)).isEqualTo(1);
                assertThat(count(db, "SELECT COUNT(*) FROM grade WHERE submission_id = ?", id)).isEqualTo(1);
            }
            for (Sent one : failed) {
                ApiClient.Response retried = submit(api, course, one).response();
                assertThat(retried.status()).as(retried.body()).isEqualTo(201);
            }
            long courseId = courseId(db, course.slug);
            assertThat(count(db, "SELECT COUNT(*) FROM submission WHERE course_id = ?", courseId))
                    .as("each answer stored once, after its retries").isEqualTo(sent.size());
            assertThat(count(db, "SELECT COUNT(*) FROM submission s WHERE s.course_id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM grade g WHERE g.submission_id = s.id)", courseId))
                    .as("no submission without its grade").isZero();
        }
    }

    private static Sent submit(ApiClient api, CourseFixture course, String name) {
        String student = name.hashCode() % 2 == 0 ? "sam" : "tess";
        return submit(api, course, new Sent("outage-" + name, student, "slots", "answer = '" + name + "'\n", null));
    }

    private static Sent submit(ApiClient api, CourseFixture course, Sent request) {
        ApiClient.Response response = api.call("POST", course.path("/submissions"), course.ci,
                Map.of("exercise", request.exercise(), "source", request.source(), "student", request.student()),
                Map.of("Idempotency-Key", request.key()));
        return new Sent(request.key(), request.student(), request.exercise(), request.source(), response);
    }

    private static void awaitReadinessUp(ApiClient api) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (api.get("/actuator/health/readiness", null).status() != 200) {
            assertThat(System.nanoTime()).as("readiness is UP again within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static void awaitAtLeast(AtomicInteger value, int target, Duration patience) throws InterruptedException {
        awaitAtLeast(value::get, target, patience);
    }

    private static void awaitAtLeast(java.util.function.IntSupplier value, int target, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (value.getAsInt() < target) {
            assertThat(System.nanoTime()).as("reached %d within %s", target, patience).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static long courseId(Connection db, String slug) throws Exception {
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM course WHERE slug = ?")) {
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private static long count(Connection db, String sql, long parameter) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String url() {
        return System.getenv("HEAPGRADER_TEST_POSTGRES_URL");
    }

    private static String user() {
        return System.getenv().getOrDefault("HEAPGRADER_TEST_POSTGRES_USER", "heapgrader_test");
    }

    private static String password() {
        return System.getenv().getOrDefault("HEAPGRADER_TEST_POSTGRES_PASSWORD", "");
    }
}
