package dev.heapgrader.exercise;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Who may use a processor now: {@code slots} runs at once among at most {@code maxAlive} runs in progress
 * (started and not finished, paused ones included, since each holds its simulated heap).
 *
 * <p>A new run waits in the <em>arrival</em> line. A run that has used its time slice and sees others waiting
 * gives its slot up and queues again in the <em>resumed</em> line, behind the runs already there (round robin).
 * A free slot goes to the resumed line while fewer than {@code resumedShare} slots run resumed runs, otherwise to
 * the arrival line first, where {@code resumedShare} is half the slots, rounded down. So quick answers (done
 * within a slice or two) pass long ones, and long ones still get half the slots: a slow answer cannot stall quick
 * ones beyond its share, nor be starved by them. With one slot, arrivals always go first and long runs use the
 * gaps between them.
 *
 * <p>An arrival does not wait for a long run's slice to end: when resumed runs hold more than their share of the
 * slots while an arrival waits, the queue asks the one that has held its slot longest to step aside now
 * ({@link Run#yieldWanted()}, and its nudge, which makes the run look at once). A quick answer beside long ones
 * then waits for one statement of theirs, not for up to a whole slice.
 * Slots are handed to a waiter directly, never grabbed by a newcomer past it.
 */
final class SlotQueue {

    /** One run's place in the queue; only its own thread and the queue's lock touch it. */
    static final class Run {
        private final Condition granted;
        private boolean holdsSlot;
        private boolean resumed;
        /** Set by the queue for a waiting arrival, read by the run's own thread between statements. */
        private volatile boolean yieldWanted;
        private Runnable nudge = () -> { };

        private Run(Condition granted) {
            this.granted = granted;
        }

        boolean holdsSlot() {
            return holdsSlot;
        }

        /** Whether an arrival waits for this run's slot: the run should offer it now, not at its slice's end. */
        boolean yieldWanted() {
            return yieldWanted;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final int slots;
    private final int maxAlive;
    private final int resumedShare;
    private final ArrayDeque<Run> arriving = new ArrayDeque<>();
    private final ArrayDeque<Run> resuming = new ArrayDeque<>();
    /** The runs holding a slot, longest-held first. */
    private final ArrayDeque<Run> holders = new ArrayDeque<>();
    private int free;
    private int alive;
    private int runningResumed;

    SlotQueue(int slots, int maxAlive) {
        if (slots < 1 || maxAlive < slots) {
            throw new IllegalArgumentException("need 1 <= slots <= maxAlive, got " + slots + ", " + maxAlive);
        }
        this.slots = slots;
        this.maxAlive = maxAlive;
        this.resumedShare = slots / 2;
        this.free = slots;
    }

    /**
     * A new run waits up to {@code waitNanos} for a slot; null when none came in time (the run holds nothing).
     * Interruption counts as no slot.
     */
    Run start(long waitNanos) {
        lock.lock();
        try {
            Run run = new Run(lock.newCondition());
            arriving.addLast(run);
            dispatch();
            if (!awaitSlot(run, System.nanoTime() + waitNanos, arriving)) {
                return null;
            }
            return run;
        } finally {
            lock.unlock();
        }
    }

    /** {@code nudge} makes the run look at its clock at once (and so offer its slot when asked to). */
    void nudgeWith(Run run, Runnable nudge) {
        lock.lock();
        try {
            run.nudge = nudge;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A running run offers its slot. It keeps it when nobody could use it; otherwise it queues behind the resumed
     * runs and returns when it has a slot again, or at {@code deadlineNanos} without one ({@link Run#holdsSlot()}).
     */
    void offer(Run run, long deadlineNanos) {
        lock.lock();
        try {
            if (!run.holdsSlot || nobodyCouldUse()) {
                run.yieldWanted = false;
                return;
            }
            releaseSlot(run);
            run.resumed = true;
            resuming.addLast(run);
            dispatch();
            awaitSlot(run, deadlineNanos, resuming);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The run sleeps for {@code nanos} without its slot, then queues behind the resumed runs; it returns with a
     * slot, or at {@code deadlineNanos} without one.
     */
    void sleep(Run run, long nanos, long deadlineNanos) throws InterruptedException {
        lock.lock();
        try {
            if (run.holdsSlot) {
                releaseSlot(run);
                run.resumed = true;
                dispatch();
            }
        } finally {
            lock.unlock();
        }
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        lock.lock();
        try {
            resuming.addLast(run);
            dispatch();
            awaitSlot(run, deadlineNanos, resuming);
        } finally {
            lock.unlock();
        }
    }

    /** The run ended; its slot (if it holds one) and its place among the runs in progress go to the next. */
    void finish(Run run) {
        lock.lock();
        try {
            if (run.holdsSlot) {
                releaseSlot(run);
            }
            alive--;
            dispatch();
        } finally {
            lock.unlock();
        }
    }

    int running() {
        lock.lock();
        try {
            return slots - free;
        } finally {
            lock.unlock();
        }
    }

    int arriving() {
        lock.lock();
        try {
            return arriving.size();
        } finally {
            lock.unlock();
        }
    }

    int paused() {
        lock.lock();
        try {
            return resuming.size();
        } finally {
            lock.unlock();
        }
    }

    private boolean nobodyCouldUse() {
        return resuming.isEmpty() && (arriving.isEmpty() || alive >= maxAlive);
    }

    private void releaseSlot(Run run) {
        run.holdsSlot = false;
        run.yieldWanted = false;
        holders.remove(run);
        free++;
        if (run.resumed) {
            runningResumed--;
        }
    }

    private boolean awaitSlot(Run run, long deadlineNanos, ArrayDeque<Run> line) {
        try {
            while (!run.holdsSlot) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    line.remove(run);
                    return false;
                }
                run.granted.awaitNanos(left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (run.holdsSlot) {
                return true;
            }
            line.remove(run);
            return false;
        }
    }

    private void dispatch() {
        while (free > 0) {
            Run next = next();
            if (next == null) {
                break;
            }
            free--;
            next.holdsSlot = true;
            holders.addLast(next);
            if (next.resumed) {
                runningResumed++;
            } else {
                alive++;
            }
            next.granted.signal();
        }
        askResumedRunsToYield();
    }

    /**
     * While an arrival waits and resumed runs hold more than their share of the slots, asks the ones holding theirs
     * longest to give them up now, one per waiting arrival.
     */
    private void askResumedRunsToYield() {
        if (arriving.isEmpty() || alive >= maxAlive) {
            return;
        }
        int asked = 0;
        for (Run holder : holders) {
            if (holder.yieldWanted) {
                asked++;
            }
        }
        int wanted = Math.min(arriving.size(), runningResumed - resumedShare) - asked;
        for (Run holder : holders) {
            if (wanted <= 0) {
                return;
            }
            if (holder.resumed && !holder.yieldWanted) {
                holder.yieldWanted = true;
                holder.nudge.run();
                wanted--;
            }
        }
    }

    private Run next() {
        boolean arrivalReady = !arriving.isEmpty() && alive < maxAlive;
        if (!resuming.isEmpty() && (!arrivalReady || runningResumed < resumedShare)) {
            return resuming.pollFirst();
        }
        return arrivalReady ? arriving.pollFirst() : null;
    }
}
