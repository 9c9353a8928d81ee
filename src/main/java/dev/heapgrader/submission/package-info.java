/**
 * Submissions and their grades: receiving an answer (who may submit for whom, size, attempt cap, rate limit,
 * idempotency), grading it through {@link dev.heapgrader.exercise.ExerciseGrading}, applying the late policy, and
 * storing the submission and its grade in one transaction; reading them back; the CI batch endpoint (JSON or JUnit
 * XML); and regrading a whole course, which adds grade rows and never overwrites one. What must hold across
 * instances is in the database: the rate limit's window ({@link dev.heapgrader.submission.SubmissionRateLimiter})
 * and each student's counted submission per exercise ({@link dev.heapgrader.submission.CountedSubmissions}), which
 * the gradebook reads. A stored submission is one transaction: the student's row lock, one read of what the rules
 * need ({@link dev.heapgrader.submission.StoreChecks}), the submission, its grade and its gradebook cell; the course
 * of a request comes from {@link dev.heapgrader.submission.RecentCourses}, kept a moment.
 */
package dev.heapgrader.submission;
