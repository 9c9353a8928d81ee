package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.ClockSignal;
import dev.heapgrader.engine.RunPacer;

/**
 * Keeps a run's wall-time limit and its pauses. The thread waiting for the run rings a {@link ClockSignal} about
 * every 10 ms; the run reads the signal (one field read) wherever its work can go on for long: at every statement,
 * at every frame entry (recursion through lambdas passes no statement), at every item a loop or a builtin takes
 * from an iterator ({@link Interpreter#tick}), and in the long loops inside single operations (the cycle
 * collector, sorting, big-integer algorithms), which call {@link #charge}. Only when the signal has rung does it
 * read the clock, end the run past its deadline and offer the processor to the {@link RunPacer}. So a run
 * overstays its deadline by at most the 10 ms period plus one operation that checks nothing (a builtin walking
 * one big container once), and those are bounded by the heap limit; big-integer products, which one call could
 * make last minutes, are refused beforehand ({@link Interpreter#checkTimeForBigIntegerWork}).
 *
 * <p>This replaces a meter that charged the sizes of the operands of every operator and native call and read the
 * clock after every 65,536 units: the signal covers those loops already, at a field read instead of a size
 * computation per operation.
 */
public final class WorkMeter {
    private final long deadlineNanos;
    /** Rung by the thread waiting for this run; one that nobody rings (a run without a waiter) never stops it. */
    private ClockSignal clock = new ClockSignal();
    /** Who may pause this run to share the processor; null: nobody. */
    private RunPacer pacer;
    private long nextPauseNanos;

    WorkMeter(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** Sets what tells the run to look at its clock, and who may pause it. */
    void pacing(RunPacer runPacer, ClockSignal signal) {
        this.clock = signal;
        this.pacer = runPacer == RunPacer.NONE ? null : runPacer;
        this.nextPauseNanos = System.nanoTime() + runPacer.intervalNanos();
        runPacer.watching(signal);
    }

    /**
     * Called by native code as it goes through long work ({@code units} items, characters or bytes: for the
     * reader, the signal alone decides when the clock is read). Stops the run past its deadline.
     */
    public void charge(long units) {
        if (clock.isDue()) {
            checkClock();
        }
    }

    /** Whether the signal has rung since the clock was last read. */
    boolean isDue() {
        return clock.isDue();
    }

    /** Ends the run past its deadline, and offers the processor to other runs as often as the pacer asks. */
    void checkClock() {
        clock.clear();
        long now = System.nanoTime();
        if (now > deadlineNanos) {
            throw new Interpreter.TimeLimitExceeded();
        }
        if (pacer != null && (now - nextPauseNanos >= 0 || pacer.pauseWanted())) {
            pacer.pause(deadlineNanos);
            now = System.nanoTime();
            if (now > deadlineNanos) {
                throw new Interpreter.TimeLimitExceeded();
            }
            nextPauseNanos = now + pacer.intervalNanos();
        }
    }

    /**
     * {@code time.sleep}: waits for real, since a sleep is part of the run's wall time; a sleep that would end
     * past the run's deadline ends the run at the deadline, as any run that overstays its time does. The pacer,
     * if any, lends the run's processor to others meanwhile.
     */
    void sleep(long nanos) {
        long remaining = deadlineNanos - System.nanoTime();
        long wait = Math.min(nanos, Math.max(0, remaining));
        try {
            if (pacer != null) {
                pacer.sleep(wait, deadlineNanos);
            } else {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interpreter.TimeLimitExceeded();
        }
        if (nanos > remaining || System.nanoTime() > deadlineNanos) {
            throw new Interpreter.TimeLimitExceeded();
        }
    }

    /** Whether work taking {@code nanos} from now would end past the deadline. */
    boolean wouldOverstay(long nanos) {
        return System.nanoTime() + nanos > deadlineNanos;
    }
}
