package dev.heapgrader.exercise;

import dev.heapgrader.api.ApiException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradingSlotsTest {
    private static final DataSize MB512 = DataSize.ofMegabytes(512);

    @Test
    void aFullLineIsRefusedWith503AndRetryAfterWhileQueuedWorkStillRuns() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        GradingSlots slots = new GradingSlots(1, 1, Duration.ofSeconds(30), MB512, Duration.ofMillis(50), meters);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.run(pacer -> {
            started.countDown();
            await(release);
            return "first";
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> slots.run(pacer -> "second"));
        while (meters.get("heapgrader_grading_queued").gauge().value() < 1) {
            Thread.sleep(5);
        }

        assertThatThrownBy(() -> slots.run(pacer -> "third")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.retryAfter()).isPositive();
        });
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(meters.get("heapgrader_grading_running").gauge().value()).isZero();
    }

    @Test
    void aRequestThatWaitsTooLongIsRefused() throws Exception {
        GradingSlots slots = new GradingSlots(1, 4, Duration.ofMillis(50), MB512, Duration.ofMillis(50), new SimpleMeterRegistry());
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> busy = CompletableFuture.supplyAsync(() -> slots.run(pacer -> {
            started.countDown();
            await(release);
            return "done";
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> slots.run(pacer -> "late")).isInstanceOf(ApiException.class);
        release.countDown();
        assertThat(busy.get(10, TimeUnit.SECONDS)).isEqualTo("done");
    }

    @Test
    void defaultsToOneRunPerCoreAsLongAsTheHeapHoldsThem() {
        long gib = 1024L * 1024 * 1024;
        assertThat(GradingSlots.defaultRuns(2, 6 * gib, MB512.toBytes())).isEqualTo(2);
        assertThat(GradingSlots.defaultRuns(16, 4 * gib, MB512.toBytes())).isEqualTo(7);
        assertThat(GradingSlots.defaultRuns(2, gib, MB512.toBytes())).isEqualTo(1);
        assertThat(GradingSlots.defaultRuns(2, gib / 2, MB512.toBytes())).as("never zero").isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
