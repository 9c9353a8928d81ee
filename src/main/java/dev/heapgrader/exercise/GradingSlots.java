package dev.heapgrader.exercise;

import dev.heapgrader.api.ApiException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Admission control for grading: at most {@code heapgrader.grading.max-running} runs at once and at most
 * {@code heapgrader.grading.max-queued} requests waiting for a slot,
 * in arrival order. Past that, or after waiting {@code heapgrader.grading.max-wait}, a request is answered 503 with
 * {@code Retry-After} instead of piling up threads, so an overloaded service degrades by refusing work it could
 * not finish in time rather than by growing latency for everyone.
 *
 * <p>The default number of runs is the number of cores (a run is pure CPU), lowered so that every run at once can
 * use {@code heapgrader.grading.memory-per-run} of Java heap (default 512 MiB: twice the engine's 256 MiB simulated
 * heap per run, which bounds what a run allocates) beside 256 MiB for the service itself. So a small {@code -Xmx}
 * means fewer runs at once, never a JVM that runs out of memory when memory-hungry answers arrive together.
 */
@Component
public class GradingSlots {
    private static final long SERVICE_HEAP_BYTES = 256L * 1024 * 1024;
    private final Semaphore running;
    private final int maxRunning;
    private final int maxQueued;
    private final Duration maxWait;
    private final AtomicInteger queued = new AtomicInteger();

    GradingSlots(@Value("${heapgrader.grading.max-running:0}") int maxRunning,
                 @Value("${heapgrader.grading.max-queued:64}") int maxQueued,
                 @Value("${heapgrader.grading.max-wait:30s}") Duration maxWait,
                 @Value("${heapgrader.grading.memory-per-run:512MB}") DataSize memoryPerRun,
                 MeterRegistry meters) {
        this.maxRunning = maxRunning > 0 ? maxRunning
                : defaultRuns(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                memoryPerRun.toBytes());
        this.maxQueued = maxQueued;
        this.maxWait = maxWait;
        this.running = new Semaphore(this.maxRunning, true);
        Gauge.builder("heapgrader_grading_queued", queued, AtomicInteger::get)
                .description("requests waiting for a grading slot").register(meters);
        Gauge.builder("heapgrader_grading_running", running, s -> this.maxRunning - s.availablePermits())
                .description("grading runs in progress").register(meters);
    }

    /** Runs {@code grading} in a slot, waiting in line for one; 503 when the line is full or too slow. */
    public <T> T run(Supplier<T> grading) {
        if (!running.tryAcquire()) {
            if (queued.incrementAndGet() > maxQueued) {
                queued.decrementAndGet();
                throw busy();
            }
            try {
                if (!running.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            } finally {
                queued.decrementAndGet();
            }
        }
        try {
            return grading.get();
        } finally {
            running.release();
        }
    }

    /** One run per core, as many as the heap holds beside the service's own 256 MiB, and at least one. */
    static int defaultRuns(int cores, long maxHeapBytes, long memoryPerRun) {
        long fits = (maxHeapBytes - SERVICE_HEAP_BYTES) / memoryPerRun;
        return (int) Math.max(1, Math.min(cores, fits));
    }

    public int maxRunning() {
        return maxRunning;
    }

    private ApiException busy() {
        return ApiException.unavailable("Grader busy", "every grading slot is taken and " + maxQueued
                + " answers are already waiting; nothing was stored, send the answer again shortly",
                Duration.ofSeconds(2));
    }
}
