package dev.heapgrader.exercise;

import dev.heapgrader.api.ApiException;
import dev.heapgrader.engine.ClockSignal;
import dev.heapgrader.engine.RunPacer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Admission control and processor sharing for grading: at most {@code heapgrader.grading.max-running} runs use
 * a processor at once, and at most {@code heapgrader.grading.max-queued} new requests wait for one, in arrival
 * order. Past that, or after waiting {@code heapgrader.grading.max-wait}, a request is answered 503 with
 * {@code Retry-After} instead of piling up threads, so an overloaded service degrades by refusing work it could
 * not finish in time rather than by growing latency for everyone.
 *
 * <p>A run that has used its slice ({@code heapgrader.grading.slice}, default 50 ms) while others wait steps
 * aside and resumes later ({@link SlotQueue}): quick answers are not stuck behind answers that run to the 10 s
 * limit, and long answers keep half the slots; an arriving answer asks a long one holding more than that share to
 * step aside at its next statement rather than at its slice's end. Time paused counts against the run's wall-time limit.
 *
 * <p>The default number of runs at once is the number of cores (a run is pure CPU). Every run in progress, paused
 * or not, may hold {@code heapgrader.grading.memory-per-run} of Java heap (default 512 MiB: twice the engine's
 * 256 MiB simulated heap per run, which bounds what a run allocates), beside 256 MiB for the service itself; so
 * the heap bounds the runs in progress, and a small {@code -Xmx} means fewer runs at once, never a JVM that runs
 * out of memory when memory-hungry answers arrive together.
 */
@Component
public class GradingSlots {
    private static final long SERVICE_HEAP_BYTES = 256L * 1024 * 1024;
    private final SlotQueue queue;
    private final int maxRunning;
    private final int maxQueued;
    private final Duration maxWait;
    private final long sliceNanos;
    private final AtomicInteger waiting = new AtomicInteger();

    GradingSlots(@Value("${heapgrader.grading.max-running:0}") int maxRunning,
                 @Value("${heapgrader.grading.max-queued:64}") int maxQueued,
                 @Value("${heapgrader.grading.max-wait:30s}") Duration maxWait,
                 @Value("${heapgrader.grading.memory-per-run:512MB}") DataSize memoryPerRun,
                 @Value("${heapgrader.grading.slice:50ms}") Duration slice,
                 MeterRegistry meters) {
        int inMemory = runsInMemory(Runtime.getRuntime().maxMemory(), memoryPerRun.toBytes());
        this.maxRunning = maxRunning > 0 ? maxRunning
                : defaultRuns(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                memoryPerRun.toBytes());
        this.maxQueued = maxQueued;
        this.maxWait = maxWait;
        this.sliceNanos = slice.toNanos();
        this.queue = new SlotQueue(this.maxRunning, Math.max(this.maxRunning, inMemory));
        Gauge.builder("heapgrader_grading_queued", waiting, AtomicInteger::get)
                .description("requests waiting for a grading slot").register(meters);
        Gauge.builder("heapgrader_grading_running", queue, SlotQueue::running)
                .description("grading runs in progress").register(meters);
        Gauge.builder("heapgrader_grading_paused", queue, SlotQueue::paused)
                .description("long grading runs paused so that others can go first").register(meters);
    }

    /**
     * Runs {@code grading} in a slot, waiting in line for one; 503 when the line is full or too slow. The
     * function gets the pacer to hand to the engine, through which the run steps aside when others wait.
     */
    public <T> T run(Function<RunPacer, T> grading) {
        if (waiting.incrementAndGet() > maxQueued) {
            waiting.decrementAndGet();
            throw busy();
        }
        SlotQueue.Run run;
        try {
            run = queue.start(maxWait.toNanos());
        } finally {
            waiting.decrementAndGet();
        }
        if (run == null) {
            throw busy();
        }
        try {
            return grading.apply(new RunPacer() {
                @Override
                public long intervalNanos() {
                    return sliceNanos;
                }

                @Override
                public void watching(ClockSignal clock) {
                    queue.nudgeWith(run, clock::ring);
                }

                @Override
                public boolean pauseWanted() {
                    return run.yieldWanted();
                }

                @Override
                public void pause(long deadlineNanos) {
                    queue.offer(run, deadlineNanos);
                }

                @Override
                public void sleep(long nanos, long deadlineNanos) throws InterruptedException {
                    queue.sleep(run, nanos, deadlineNanos);
                }
            });
        } finally {
            queue.finish(run);
        }
    }

    /** As many runs as the heap holds beside the service's own 256 MiB, and at least one. */
    static int runsInMemory(long maxHeapBytes, long memoryPerRun) {
        return (int) Math.max(1, (maxHeapBytes - SERVICE_HEAP_BYTES) / memoryPerRun);
    }

    /** One run per core, as many as the heap holds beside the service's own 256 MiB, and at least one. */
    static int defaultRuns(int cores, long maxHeapBytes, long memoryPerRun) {
        return Math.min(cores, runsInMemory(maxHeapBytes, memoryPerRun));
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
