package dev.heapgrader.api;

import dev.heapgrader.PostgresSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service contract on a real PostgreSQL (see {@link PostgresSupport}); the database persists between runs, so
 * every test makes courses with slugs unique to the run. The demo course is never created here.
 */
@EnabledIf(value = PostgresSupport.AVAILABLE, disabledReason = PostgresSupport.SKIP_REASON)
class ServiceApiPostgresTest extends ServiceApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }

    @Test
    void noDemoCourseOnPostgres() {
        assertThat(api.get("/api/v1/courses/demo", ADMIN).status()).isEqualTo(404);
    }
}
