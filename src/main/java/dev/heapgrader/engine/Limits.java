package dev.heapgrader.engine;

import java.time.Duration;

/**
 * What one run may use. Exceeding steps or wall time stops the program with a {@code RunResult} that says so;
 * exceeding heap bytes raises Python's {@code MemoryError}; recursion is bounded by {@code sys.getrecursionlimit()}
 * as in CPython, and printing past the output cap (stdout and stderr together) stops the program there.
 */
public record Limits(long maxSteps, long maxHeapBytes, int maxOutputChars, Duration maxWallTime) {

    /** Generous limits for a student's exercise answer. */
    public static Limits defaults() {
        return new Limits(50_000_000L, 512L * 1024 * 1024, 1_000_000, Duration.ofSeconds(10));
    }
}
