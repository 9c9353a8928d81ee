package dev.heapgrader.course;

import dev.heapgrader.PostgresSupport;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The course contract on a real PostgreSQL (see {@link PostgresSupport} for where it comes from); skipped, with the
 * reason in the report, when none is available.
 */
@EnabledIf(value = PostgresSupport.AVAILABLE, disabledReason = PostgresSupport.SKIP_REASON)
class CourseRepositoryPostgresTest extends CourseRepositoryContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
