/**
 * Grading: exercises loaded as data from {@code exercises/<id>/} ({@link dev.heapgrader.grading.ExerciseCatalog}),
 * the {@link dev.heapgrader.grading.Grader} that runs an answer in the engine and scores it with the exercise's
 * checks, and the {@link dev.heapgrader.grading.GradeReport} it returns. Check kinds live in {@code check}, report
 * formats in {@code report}. This package uses only the JDK, the engine and Jackson, so the fast CLI can carry it
 * at the jar's root.
 */
package dev.heapgrader.grading;
