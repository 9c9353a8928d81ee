package dev.heapgrader.submission;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/** The service's tables on H2 in file mode with the application's own settings, in a fresh data directory. */
@DirtiesContext
class ServiceRepositoryH2Test extends ServiceRepositoryContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("heapgrader.data-dir", () -> dataDir.toString());
    }
}
