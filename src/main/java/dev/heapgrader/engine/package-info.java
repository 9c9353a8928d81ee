/**
 * The reference engine: a plain Java library that runs a Python program the way CPython 3.11, 3.12 or 3.13 would,
 * including reference counts, object sizes and the cycle collector. No Spring, JPA or servlet type may appear here
 * (an ArchUnit test enforces it); {@link dev.heapgrader.engine.Engine} is the one entry point. Beside it: what a
 * run may use ({@code Limits}), the calls made after a module body ({@code CallPlan}), what a run did
 * ({@code RunResult}, {@code TimelineRun}), and how a caller shares the processor among runs ({@code RunPacer},
 * with the {@code ClockSignal} the waiting thread rings so the run looks at its clock every 10 ms).
 */
package dev.heapgrader.engine;
