package dev.heapgrader.course;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/**
 * The course contract on the embedded default: H2 in file mode with the application's own URL and compatibility
 * settings, in a fresh data directory. The context is closed after the class so H2 releases the files before the
 * directory is deleted.
 */
@DirtiesContext
class CourseRepositoryH2Test extends CourseRepositoryContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("heapgrader.data-dir", () -> dataDir.toString());
    }

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
