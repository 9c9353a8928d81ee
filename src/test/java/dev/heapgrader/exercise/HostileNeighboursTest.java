package dev.heapgrader.exercise;

import dev.heapgrader.engine.version.PythonVersion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight hostile answers that each run to the 10 s limit, graded at once on two slots, do not hold up an ordinary
 * answer: every ordinary answer is graded, with the score it gets alone, while all eight are still running. (How
 * much slower it gets beside them is measured by bench/load's --hostile option, not asserted here.)
 */
class HostileNeighboursTest {
    private static final List<String> HOSTILE = List.of(
            "import time\ntime.sleep(60)\n",
            "x = 7 ** 300000\nwhile True:\n    y = x * x\n",
            "s = 'ab' * 200000\nwhile True:\n    s.count('ba')\n",
            "while True:\n    x = [0] * 1000000\n");

    @Test
    void ordinaryAnswersAreGradedWhileEightHostileOnesRunToTheLimit() throws Exception {
        GradingSlots slots = new GradingSlots(2, 64, Duration.ofSeconds(30), DataSize.ofMegabytes(1),
                Duration.ofMillis(50), new SimpleMeterRegistry());
        CatalogExerciseGrading grading = new CatalogExerciseGrading("", slots);
        String solution = read(Path.of("exercises/slots/solution.py"));
        GradedAnswer alone = grading.grade("slots", solution, PythonVersion.V3_12);

        List<CompletableFuture<GradedAnswer>> hostile = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String program = HOSTILE.get(i % HOSTILE.size());
            hostile.add(CompletableFuture.supplyAsync(() -> grading.grade("slots", program, PythonVersion.V3_12)));
        }
        Thread.sleep(500);
        for (int i = 0; i < 5; i++) {
            GradedAnswer beside = grading.grade("slots", solution, PythonVersion.V3_12);
            assertThat(beside).isEqualTo(alone);
        }
        assertThat(hostile).as("all eight still running when the ordinary answers are done")
                .noneMatch(CompletableFuture::isDone);
        for (CompletableFuture<GradedAnswer> run : hostile) {
            GradedAnswer stopped = run.get(60, TimeUnit.SECONDS);
            assertThat(stopped.error()).contains("stopped after 10 seconds");
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
