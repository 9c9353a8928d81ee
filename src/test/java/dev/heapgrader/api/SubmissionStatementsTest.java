package dev.heapgrader.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many SQL statements a student's submission costs once its token, course and member row were read by an earlier
 * request (issue 13): five, in one transaction (the student's row lock, one read of the rules' state, the submission,
 * its grade, its gradebook cell). Every statement prepared on a pooled connection is counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the two submissions must fall within the caches' time to live however slow the machine is
        properties = {"heapgrader.demo.enabled=false", "heapgrader.submissions.per-minute=1000",
                "heapgrader.auth.token-cache-ttl=10m", "heapgrader.submissions.course-cache-ttl=10m"})
@Import({ScriptedGradingConfiguration.class, SubmissionStatementsTest.CountingDataSource.class})
@DirtiesContext
class SubmissionStatementsTest {

    static final String ADMIN = "test-admin-" + UUID.randomUUID();
    static final AtomicInteger STATEMENTS = new AtomicInteger();
    static final AtomicInteger COMMITS = new AtomicInteger();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("heapgrader.admin-token", () -> ADMIN);
        registry.add("heapgrader.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Test
    void aWarmSubmissionIsFiveStatementsInOneTransaction() {
        ApiClient api = new ApiClient(port);
        CourseFixture course = CourseFixture.create(api, ADMIN, "sql");
        String path = "/api/v1/courses/" + course.slug + "/submissions";
        Map<String, Object> answer = Map.of("exercise", "cycles", "source", ScriptedGrading.RIGHT);
        assertThat(api.post(path, course.sam, answer).status()).isEqualTo(201);

        STATEMENTS.set(0);
        COMMITS.set(0);
        ApiClient.Response second = api.post(path, course.sam, answer);

        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(STATEMENTS.get()).isEqualTo(5);
        assertThat(COMMITS.get()).isEqualTo(1);
    }

    /** Wraps the application's data source so that every prepared statement and commit is counted. */
    @TestConfiguration
    static class CountingDataSource {

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source ? counting(source) : bean;
                }
            };
        }

        private static DataSource counting(DataSource source) {
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        Object result = invoke(source, method, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "prepareStatement", "prepareCall", "createStatement" -> STATEMENTS.incrementAndGet();
                            case "commit" -> COMMITS.incrementAndGet();
                            default -> { }
                        }
                        return invoke(connection, method, args);
                    });
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
