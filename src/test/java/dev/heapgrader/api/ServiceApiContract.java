package dev.heapgrader.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The service over real HTTP on a random port, with {@link ScriptedGrading} in place of the exercises: the issue's
 * end-to-end story, the authorization matrix (every endpoint with every kind of token and with none), 100
 * concurrent submissions of one student, and problem details for the error statuses. Each subclass runs it on one
 * database; every test makes its own course with a slug unique to the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"heapgrader.submissions.per-minute=1000", "heapgrader.auth.failures-per-minute=1000"})
@Import(ScriptedGradingConfiguration.class)
abstract class ServiceApiContract {

    /** This run's administrator token, given to the service as {@code HEAPGRADER_ADMIN_TOKEN} would be. */
    static final String ADMIN = "test-admin-" + UUID.randomUUID();

    @DynamicPropertySource
    static void adminToken(DynamicPropertyRegistry registry) {
        registry.add("heapgrader.admin-token", () -> ADMIN);
    }

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void endToEndStory() {
        new StoryWalk(api, ADMIN).walk();
    }

    @TestFactory
    Stream<DynamicTest> authorizationMatrix() {
        return new AuthorizationMatrix(api, ADMIN).tests();
    }

    @Test
    void hundredConcurrentSubmissionsOfOneStudentAreAllStored() throws Exception {
        new ConcurrentSubmissions(api, ADMIN).run(100);
    }

    @Test
    void errorsAreProblemDetails() {
        new ErrorResponses(api, ADMIN).check();
    }

    static List<String> exercises() {
        return ScriptedGrading.EXERCISES;
    }
}
