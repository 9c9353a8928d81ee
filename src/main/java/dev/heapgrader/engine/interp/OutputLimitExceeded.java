package dev.heapgrader.engine.interp;

/**
 * Thrown when the program's own code prints past the run's output cap: like the step and time limits, it ends the
 * run at once, so a loop printing as fast as it can stops at the cap instead of filling memory until the time limit.
 * Output written while no program code runs (a traceback, shutdown) is only cut at the cap.
 */
final class OutputLimitExceeded extends RuntimeException {
    OutputLimitExceeded() {
        super(null, null, false, false);
    }
}
