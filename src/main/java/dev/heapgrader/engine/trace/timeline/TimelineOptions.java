package dev.heapgrader.engine.trace.timeline;

/**
 * How much of a run the timeline keeps. Steps beyond {@code maxSteps} are sampled: once the cap is reached, every
 * other line/call/return step is dropped and only every {@code stride}-th one is recorded from then on, while
 * probes, collections and exceptions are always kept (up to {@code maxSteps} of them). {@code maxHeapObjects}
 * bounds the objects drawn per step (and the items shown per container), {@code drawingBudget} the time spent
 * drawing steps in all.
 */
public record TimelineOptions(int maxSteps, int maxHeapObjects, java.time.Duration drawingBudget) {

    public TimelineOptions {
        if (maxSteps < 2 || maxHeapObjects < 1 || drawingBudget.isNegative()) {
            throw new IllegalArgumentException("maxSteps must be at least 2, maxHeapObjects at least 1 and the "
                    + "drawing budget not negative");
        }
    }

    /** With the default drawing budget. */
    public TimelineOptions(int maxSteps, int maxHeapObjects) {
        this(maxSteps, maxHeapObjects, java.time.Duration.ofSeconds(2));
    }

    /**
     * What a page can draw comfortably: 1,000 steps of up to 100 objects, and at most 2 s spent drawing them, so
     * a run that recording slows down still ends well inside its wall-time limit (recording then stops drawing
     * and the timeline says it is capped).
     */
    public static TimelineOptions defaults() {
        return new TimelineOptions(1_000, 100);
    }
}
