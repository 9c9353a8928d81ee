/**
 * The exercises the service offers and how an answer is graded, as the service sees them. {@link
 * dev.heapgrader.exercise.ExerciseGrading} is the service's port; {@link
 * dev.heapgrader.exercise.CatalogExerciseGrading} is the one adapter that calls {@code dev.heapgrader.grading}
 * (the same {@code Grader} the CLI's {@code grade} command uses), so a change of the grading API touches one file.
 */
package dev.heapgrader.exercise;
