package dev.heapgrader.exercise;

/**
 * What an ungraded run printed: the version it ran as, stdout and stderr as the program wrote them, its exit status,
 * and how it ended (the engine's {@code COMPLETED}, {@code UNCAUGHT_EXCEPTION}, {@code STEP_LIMIT}...).
 */
public record ProgramRun(String version, String stdout, String stderr, int exitStatus, String outcome) {
}
