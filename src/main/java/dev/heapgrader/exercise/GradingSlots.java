package dev.heapgrader.exercise;

import dev.heapgrader.api.ApiException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Admission control for grading: at most {@code heapgrader.grading.max-running} runs at once (default: the number
 * of cores, since a run is pure CPU) and at most {@code heapgrader.grading.max-queued} requests waiting for a slot,
 * in arrival order. Past that, or after waiting {@code heapgrader.grading.max-wait}, a request is answered 503 with
 * {@code Retry-After} instead of piling up threads, so an overloaded service degrades by refusing work it could
 * not finish in time rather than by growing latency for everyone.
 */
@Component
public class GradingSlots {
    private final Semaphore running;
    private final int maxRunning;
    private final int maxQueued;
    private final Duration maxWait;
    private final AtomicInteger queued = new AtomicInteger();

    GradingSlots(@Value("${heapgrader.grading.max-running:0}") int maxRunning,
                 @Value("${heapgrader.grading.max-queued:64}") int maxQueued,
                 @Value("${heapgrader.grading.max-wait:30s}") Duration maxWait,
                 MeterRegistry meters) {
        this.maxRunning = maxRunning > 0 ? maxRunning : Runtime.getRuntime().availableProcessors();
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

    public int maxRunning() {
        return maxRunning;
    }

    private ApiException busy() {
        return ApiException.unavailable("Grader busy", "every grading slot is taken and " + maxQueued
                + " answers are already waiting; nothing was stored, send the answer again shortly",
                Duration.ofSeconds(2));
    }
}
