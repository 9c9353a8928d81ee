package dev.heapgrader.exercise;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotQueueTest {
    private static final long LONG_WAIT = TimeUnit.SECONDS.toNanos(10);

    @Test
    void aLongRunGivesItsSlotToANewArrivalAndResumesAfterIt() throws Exception {
        SlotQueue queue = new SlotQueue(1, 4);
        List<String> order = new CopyOnWriteArrayList<>();
        SlotQueue.Run longRun = queue.start(LONG_WAIT);
        assertThat(longRun.holdsSlot()).isTrue();

        CompletableFuture<Void> quick = CompletableFuture.runAsync(() -> {
            SlotQueue.Run run = queue.start(LONG_WAIT);
            order.add("quick");
            queue.finish(run);
        });
        awaitArrivals(queue, 1);
        queue.offer(longRun, System.nanoTime() + LONG_WAIT);
        order.add("long resumed");
        quick.get(10, TimeUnit.SECONDS);

        assertThat(order).containsExactly("quick", "long resumed");
        assertThat(longRun.holdsSlot()).isTrue();
        queue.finish(longRun);
        assertThat(queue.running()).isZero();
    }

    @Test
    void aSleepingRunLendsItsSlot() throws Exception {
        SlotQueue queue = new SlotQueue(1, 4);
        SlotQueue.Run sleeper = queue.start(LONG_WAIT);
        CompletableFuture<Void> sleeping = CompletableFuture.runAsync(() -> {
            try {
                queue.sleep(sleeper, TimeUnit.MILLISECONDS.toNanos(300), System.nanoTime() + LONG_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        SlotQueue.Run other = queue.start(LONG_WAIT);
        assertThat(other.holdsSlot()).as("granted while the first run sleeps").isTrue();
        assertThat(sleeping).isNotDone();
        queue.finish(other);
        sleeping.get(10, TimeUnit.SECONDS);
        assertThat(sleeper.holdsSlot()).isTrue();
        queue.finish(sleeper);
        assertThat(queue.running()).isZero();
    }

    @Test
    void aRunKeepsItsSlotWhenNobodyWaits() {
        SlotQueue queue = new SlotQueue(1, 4);
        SlotQueue.Run run = queue.start(LONG_WAIT);
        queue.offer(run, System.nanoTime() + LONG_WAIT);
        assertThat(run.holdsSlot()).isTrue();
        assertThat(queue.paused()).isZero();
        queue.finish(run);
    }

    @Test
    void longRunsTakeTurnsOnHalfTheSlotsWhileNewArrivalsUseTheRest() throws Exception {
        SlotQueue queue = new SlotQueue(2, 8);
        SlotQueue.Run first = queue.start(LONG_WAIT);
        SlotQueue.Run second = queue.start(LONG_WAIT);
        List<CompletableFuture<SlotQueue.Run>> arrivals = List.of(
                CompletableFuture.supplyAsync(() -> queue.start(LONG_WAIT)),
                CompletableFuture.supplyAsync(() -> queue.start(LONG_WAIT)),
                CompletableFuture.supplyAsync(() -> queue.start(LONG_WAIT)));
        awaitArrivals(queue, 3);

        queue.offer(first, System.nanoTime() + LONG_WAIT);
        assertThat(first.holdsSlot()).as("no long run holds a slot yet: it keeps its own").isTrue();
        CompletableFuture<Void> secondOffers = offerAsync(queue, second);
        awaitPaused(queue, 1);
        assertThat(queue.arriving()).as("second's slot went to an arrival").isEqualTo(2);

        CompletableFuture<Void> firstOffersAgain = offerAsync(queue, first);
        secondOffers.get(10, TimeUnit.SECONDS);
        assertThat(second.holdsSlot()).as("the long runs take turns on their slot").isTrue();
        awaitPaused(queue, 1);
        assertThat(queue.arriving()).isEqualTo(2);

        queue.finish(second);
        firstOffersAgain.get(10, TimeUnit.SECONDS);
        assertThat(first.holdsSlot()).as("a freed slot goes to the paused long run first").isTrue();
        queue.finish(first);
        finishAll(queue, arrivals);
        assertThat(queue.running()).isZero();
    }

    @Test
    void anArrivalAsksTheLongestHeldResumedRunToStepAsideAtOnce() throws Exception {
        SlotQueue queue = new SlotQueue(2, 8);
        SlotQueue.Run a = queue.start(LONG_WAIT);
        SlotQueue.Run b = queue.start(LONG_WAIT);
        AtomicInteger aNudges = new AtomicInteger();
        AtomicInteger bNudges = new AtomicInteger();
        queue.nudgeWith(a, aNudges::incrementAndGet);
        queue.nudgeWith(b, bNudges::incrementAndGet);
        CompletableFuture<SlotQueue.Run> c = CompletableFuture.supplyAsync(() -> queue.start(LONG_WAIT));
        awaitArrivals(queue, 1);
        // b's slice ends: it is a long run now and keeps the long runs' one slot
        queue.offer(b, System.nanoTime() + LONG_WAIT);
        assertThat(b.holdsSlot()).isTrue();
        // a's slice ends: its slot goes to c, a waits
        CompletableFuture<Void> aTurn = offerAsync(queue, a);
        SlotQueue.Run cRun = c.get(10, TimeUnit.SECONDS);
        awaitPaused(queue, 1);
        // c's slice ends with nobody arriving: a takes its slot, and long runs hold both
        CompletableFuture<Void> cTurn = offerAsync(queue, cRun);
        aTurn.get(10, TimeUnit.SECONDS);
        assertThat(a.holdsSlot()).isTrue();
        assertThat(aNudges.get() + bNudges.get()).as("nobody arrived: nobody was asked").isZero();

        CompletableFuture<SlotQueue.Run> quick = CompletableFuture.supplyAsync(() -> queue.start(LONG_WAIT));
        awaitArrivals(queue, 1);
        assertThat(b.yieldWanted()).as("b has held its slot longest").isTrue();
        assertThat(bNudges.get()).isEqualTo(1);
        assertThat(a.yieldWanted()).as("one slot is the long runs' share").isFalse();
        assertThat(quick).isNotDone();

        CompletableFuture<Void> bSteps = offerAsync(queue, b);
        SlotQueue.Run quickRun = quick.get(10, TimeUnit.SECONDS);
        assertThat(quickRun.holdsSlot()).isTrue();
        assertThat(b.yieldWanted()).isFalse();
        assertThat(aNudges.get()).isZero();

        queue.finish(quickRun);
        queue.finish(a);
        cTurn.get(10, TimeUnit.SECONDS);
        bSteps.get(10, TimeUnit.SECONDS);
        queue.finish(b);
        queue.finish(cRun);
        assertThat(queue.running()).isZero();
    }

    @Test
    void nobodyIsAskedToStepAsideForAnArrivalTheHeapCannotHold() throws Exception {
        SlotQueue queue = new SlotQueue(1, 2);
        SlotQueue.Run first = queue.start(LONG_WAIT);
        CompletableFuture<SlotQueue.Run> second = CompletableFuture.supplyAsync(() -> queue.start(LONG_WAIT));
        awaitArrivals(queue, 1);
        CompletableFuture<Void> firstTurn = offerAsync(queue, first);
        SlotQueue.Run secondRun = second.get(10, TimeUnit.SECONDS);
        awaitPaused(queue, 1);
        CompletableFuture<Void> secondTurn = offerAsync(queue, secondRun);
        firstTurn.get(10, TimeUnit.SECONDS);
        assertThat(first.holdsSlot()).isTrue();

        CompletableFuture<SlotQueue.Run> third = CompletableFuture.supplyAsync(() -> queue.start(LONG_WAIT));
        awaitArrivals(queue, 1);
        assertThat(first.yieldWanted()).as("two runs in progress already fill the heap").isFalse();
        // first's end admits the arrival, which goes ahead of the paused run with one slot
        queue.finish(first);
        queue.finish(third.get(10, TimeUnit.SECONDS));
        secondTurn.get(10, TimeUnit.SECONDS);
        queue.finish(secondRun);
        assertThat(queue.running()).isZero();
    }

    @Test
    void aPausedRunPastItsDeadlineReturnsWithoutASlotAndStillFinishes() throws Exception {
        SlotQueue queue = new SlotQueue(1, 4);
        SlotQueue.Run longRun = queue.start(LONG_WAIT);
        CompletableFuture<SlotQueue.Run> hog = CompletableFuture.supplyAsync(() -> queue.start(LONG_WAIT));
        awaitArrivals(queue, 1);
        queue.offer(longRun, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50));
        // the arrival took the slot and keeps it past the long run's deadline
        assertThat(longRun.holdsSlot()).isFalse();
        assertThat(queue.paused()).isZero();
        queue.finish(longRun);
        SlotQueue.Run arrival = hog.get(10, TimeUnit.SECONDS);
        assertThat(queue.running()).isEqualTo(1);
        queue.finish(arrival);
        assertThat(queue.running()).isZero();
    }

    @Test
    void noMoreRunsInProgressThanTheHeapHolds() throws Exception {
        SlotQueue queue = new SlotQueue(1, 1);
        SlotQueue.Run only = queue.start(LONG_WAIT);
        CompletableFuture<SlotQueue.Run> next = CompletableFuture.supplyAsync(() -> queue.start(LONG_WAIT));
        awaitArrivals(queue, 1);
        queue.offer(only, System.nanoTime() + LONG_WAIT);
        assertThat(only.holdsSlot()).as("the arrival could not be admitted, so the slot stays").isTrue();
        assertThat(next).isNotDone();
        queue.finish(only);
        queue.finish(next.get(10, TimeUnit.SECONDS));
    }

    @Test
    void anArrivalThatWaitsTooLongGetsNothing() {
        SlotQueue queue = new SlotQueue(1, 4);
        SlotQueue.Run busy = queue.start(LONG_WAIT);
        assertThat(queue.start(TimeUnit.MILLISECONDS.toNanos(20))).isNull();
        assertThat(queue.arriving()).isZero();
        queue.finish(busy);
        assertThat(queue.running()).isZero();
        assertThatThrownBy(() -> new SlotQueue(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void finishAll(SlotQueue queue, List<CompletableFuture<SlotQueue.Run>> runs) throws Exception {
        List<CompletableFuture<SlotQueue.Run>> left = new java.util.ArrayList<>(runs);
        long end = System.nanoTime() + LONG_WAIT;
        while (!left.isEmpty() && System.nanoTime() < end) {
            for (CompletableFuture<SlotQueue.Run> run : List.copyOf(left)) {
                if (run.isDone()) {
                    queue.finish(run.get());
                    left.remove(run);
                }
            }
            Thread.sleep(2);
        }
        assertThat(left).isEmpty();
    }

    /** The run's slice ends: it offers its slot on another thread, which returns once it holds one again. */
    private static CompletableFuture<Void> offerAsync(SlotQueue queue, SlotQueue.Run run) {
        return CompletableFuture.runAsync(() -> queue.offer(run, System.nanoTime() + LONG_WAIT));
    }

    private static void awaitArrivals(SlotQueue queue, int count) throws InterruptedException {
        long end = System.nanoTime() + LONG_WAIT;
        while (queue.arriving() < count && System.nanoTime() < end) {
            Thread.sleep(2);
        }
        assertThat(queue.arriving()).isEqualTo(count);
    }

    private static void awaitPaused(SlotQueue queue, int count) throws InterruptedException {
        long end = System.nanoTime() + LONG_WAIT;
        while (queue.paused() < count && System.nanoTime() < end) {
            Thread.sleep(2);
        }
        assertThat(queue.paused()).isEqualTo(count);
    }
}
