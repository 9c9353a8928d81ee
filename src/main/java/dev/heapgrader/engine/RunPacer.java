package dev.heapgrader.engine;

/**
 * Lets the engine's caller share the processor among runs. A running program offers to pause about every
 * {@link #intervalNanos()} of its run; the caller may block it there (for instance to let a run that just arrived
 * go first) until {@code deadlineNanos} at the latest. Time spent paused counts against the run's wall-time limit,
 * so a run that is paused too long ends at its limit as any other run does. Pausing never changes what a program
 * prints or what it measures.
 */
public interface RunPacer {

    /** Never pauses: the run keeps the processor until it ends (the CLI, tests, JMH). */
    RunPacer NONE = new RunPacer() {
        @Override
        public long intervalNanos() {
            return Long.MAX_VALUE;
        }

        @Override
        public void pause(long deadlineNanos) {
            // nothing waits for this run's processor
        }
    };

    /** How much of its run a program uses between two offers to pause. */
    long intervalNanos();

    /**
     * The run has started and reads {@code clock} at every statement: ringing it makes the run look at its clock
     * at once, and offer to pause there if {@link #pauseWanted()}, instead of at the end of its interval.
     */
    default void watching(ClockSignal clock) {
        // a caller that never needs a run to pause early ignores the signal
    }

    /** Whether the caller wants the run to offer to pause before its interval is over (someone waits for it). */
    default boolean pauseWanted() {
        return false;
    }

    /** Called on the run's own thread; returns when the run may go on (or its deadline has passed). */
    void pause(long deadlineNanos);

    /**
     * {@code time.sleep(nanos / 1e9)} on the run's own thread: the run needs no processor meanwhile. Returns when
     * the sleep is over and the run may go on, or at its deadline.
     */
    default void sleep(long nanos, long deadlineNanos) throws InterruptedException {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }
}
