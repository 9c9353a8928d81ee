/**
 * Submissions and their grades: receiving an answer (who may submit for whom, size, attempt cap, rate limit,
 * idempotency), grading it through {@link dev.heapgrader.exercise.ExerciseGrading}, applying the late policy, and
 * storing the submission and its grade in one transaction; reading them back; the CI batch endpoint (JSON or JUnit
 * XML); and regrading a whole course, which adds grade rows and never overwrites one.
 */
package dev.heapgrader.submission;
