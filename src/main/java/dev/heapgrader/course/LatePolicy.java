package dev.heapgrader.course;

/**
 * How late work is marked down: {@code percentPerDay} off per started day after the deadline, but a late answer
 * always keeps at least {@code floorPercent} of its raw score. {@code (0, 0)} means lateness costs nothing.
 */
public record LatePolicy(int percentPerDay, int floorPercent) {

    public LatePolicy {
        if (percentPerDay < 0 || percentPerDay > 100 || floorPercent < 0 || floorPercent > 100) {
            throw new IllegalArgumentException("late policy percentages must be between 0 and 100");
        }
    }

    /** The percentage taken off an answer that is {@code lateDays} started days late. */
    public int penaltyPercent(int lateDays) {
        if (lateDays <= 0) {
            return 0;
        }
        long off = (long) lateDays * percentPerDay;
        return (int) Math.min(off, 100 - floorPercent);
    }
}
