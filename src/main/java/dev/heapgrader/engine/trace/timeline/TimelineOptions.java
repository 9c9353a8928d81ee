package dev.heapgrader.engine.trace.timeline;

/**
 * How much of a run the timeline keeps. Steps beyond {@code maxSteps} are sampled: once the cap is reached, every
 * other line/call/return step is dropped and only every {@code stride}-th one is recorded from then on, while
 * probes, collections and exceptions are always kept (up to {@code maxSteps} of them). {@code maxHeapObjects}
 * bounds the objects drawn per step.
 */
public record TimelineOptions(int maxSteps, int maxHeapObjects) {

    public TimelineOptions {
        if (maxSteps < 2 || maxHeapObjects < 1) {
            throw new IllegalArgumentException("maxSteps must be at least 2 and maxHeapObjects at least 1");
        }
    }

    /** What a page can draw comfortably: 1,000 steps of up to 300 objects. */
    public static TimelineOptions defaults() {
        return new TimelineOptions(1_000, 300);
    }
}
