package dev.heapgrader.submission;

import dev.heapgrader.PostgresSupport;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service's tables on a real PostgreSQL (see {@link PostgresSupport}). */
@EnabledIf(value = PostgresSupport.AVAILABLE, disabledReason = PostgresSupport.SKIP_REASON)
class ServiceRepositoryPostgresTest extends ServiceRepositoryContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }
}
