package dev.heapgrader;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.util.Optional;

/**
 * Where tests find a real PostgreSQL. A server named by {@code HEAPGRADER_TEST_POSTGRES_URL} (with
 * {@code _USER} and {@code _PASSWORD}) comes first, because that is what CI here provides; otherwise a Testcontainers
 * PostgreSQL 16 when a Docker engine answers; otherwise PostgreSQL tests are skipped, and {@link #SKIP_REASON} says
 * why in the test report. Use it with
 * {@code @EnabledIf(value = PostgresSupport.AVAILABLE, disabledReason = PostgresSupport.SKIP_REASON)} and a
 * {@code @DynamicPropertySource} method that calls {@link #register}.
 */
public final class PostgresSupport {

    /** The condition method, for {@code @EnabledIf}. */
    public static final String AVAILABLE = "dev.heapgrader.PostgresSupport#available";

    public static final String SKIP_REASON = "PostgreSQL tests skipped: HEAPGRADER_TEST_POSTGRES_URL is not set and "
            + "no Docker engine is available (.ci/run sets the variable up from a local PostgreSQL)";

    static final String URL_VARIABLE = "HEAPGRADER_TEST_POSTGRES_URL";
    static final String USER_VARIABLE = "HEAPGRADER_TEST_POSTGRES_USER";
    static final String PASSWORD_VARIABLE = "HEAPGRADER_TEST_POSTGRES_PASSWORD";

    private static final String IMAGE = "postgres:16";

    private PostgresSupport() {
    }

    /**
     * Whether a PostgreSQL is at hand: a named server, or Docker to start one. When there is none it also says so on
     * the console, since Maven's summary shows only a count of skipped tests, not why.
     */
    public static boolean available() {
        boolean available = externalUrl().isPresent() || DockerClientFactory.instance().isDockerAvailable();
        if (!available) {
            System.out.println(SKIP_REASON);
        }
        return available;
    }

    /** Points the Spring datasource at the named server, or at the shared container (started on first use). */
    public static void register(DynamicPropertyRegistry registry) {
        Optional<String> url = externalUrl();
        if (url.isPresent()) {
            registry.add("spring.datasource.url", url::get);
            registry.add("spring.datasource.username", () -> variable(USER_VARIABLE).orElse("heapgrader_test"));
            registry.add("spring.datasource.password", () -> variable(PASSWORD_VARIABLE).orElse(""));
        } else {
            registry.add("spring.datasource.url", () -> SharedContainer.POSTGRES.getJdbcUrl());
            registry.add("spring.datasource.username", () -> SharedContainer.POSTGRES.getUsername());
            registry.add("spring.datasource.password", () -> SharedContainer.POSTGRES.getPassword());
        }
    }

    private static Optional<String> externalUrl() {
        return variable(URL_VARIABLE);
    }

    private static Optional<String> variable(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }

    /**
     * One container for the whole test JVM, started when a test first needs it (the holder idiom makes that lazy
     * and thread-safe); Testcontainers removes it when the JVM ends.
     */
    private static final class SharedContainer {
        static final PostgreSQLContainer POSTGRES = start();

        private static PostgreSQLContainer start() {
            PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
            container.start();
            return container;
        }
    }
}
