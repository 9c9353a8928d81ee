package dev.heapgrader.engine;

/**
 * Tells a running interpreter that it is time to look at its clock. The thread waiting for the run sets it about
 * every 10 ms ({@link #ring}); the interpreter reads it at every statement and in long native loops, and only
 * then reads the clock, compares it with the deadline and offers to pause. Counting steps instead would let one
 * slow step per statement (big-integer or long string work) outrun the wall-time limit by seconds.
 */
public final class ClockSignal {
    /** How often the waiting thread rings. */
    public static final long PERIOD_MILLIS = 10;

    private volatile boolean due;

    public void ring() {
        due = true;
    }

    public boolean isDue() {
        return due;
    }

    /** The interpreter has looked at its clock. */
    public void clear() {
        due = false;
    }
}
