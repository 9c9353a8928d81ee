package dev.heapgrader.api;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One student sends many submissions at the same moment: every one is answered 201 and stored with its grade, and
 * the submission list and the gradebook count exactly that many attempts.
 */
final class ConcurrentSubmissions {

    private final ApiClient api;
    private final String admin;

    ConcurrentSubmissions(ApiClient api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    void run(int count) throws Exception {
        CourseFixture course = CourseFixture.create(api, admin, "burst");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<ApiClient.Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                String source = (i % 2 == 0 ? ScriptedGrading.RIGHT : ScriptedGrading.WRONG) + "# attempt " + i + "\n";
                Callable<ApiClient.Response> send = () -> {
                    start.await();
                    return api.post(course.path("/submissions"), course.sam,
                            Map.of("exercise", "refcount", "source", source));
                };
                futures.add(pool.submit(send));
            }
            start.countDown();
            Set<Long> ids = new HashSet<>();
            for (Future<ApiClient.Response> future : futures) {
                ApiClient.Response response = future.get(5, TimeUnit.MINUTES);
                assertThat(response.status()).as(response.body()).isEqualTo(201);
                ids.add(response.json().get("id").asLong());
            }
            assertThat(ids).hasSize(count);
        } finally {
            pool.shutdownNow();
        }
        JsonNode stored = api.get(course.path("/submissions?student=sam&exercise=refcount"), course.instructor).json();
        assertThat(stored).hasSize(count);
        stored.forEach(submission -> assertThat(submission.get("grade").get("maxScore").asDouble()).isEqualTo(10.0));
        JsonNode rows = api.get(course.path("/gradebook"), course.instructor).json().get("rows");
        for (JsonNode row : rows) {
            if (row.get("student").asString().equals("sam")) {
                for (JsonNode cell : row.get("cells")) {
                    if (cell.get("exercise").asString().equals("refcount")) {
                        assertThat(cell.get("attempts").asInt()).isEqualTo(count);
                        assertThat(cell.get("score").asDouble()).isEqualTo(10.0);
                    }
                }
            }
        }
    }
}
