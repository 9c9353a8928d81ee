/**
 * Report formats for grades: plain text for a student's terminal, JSON for scripts, JUnit XML for any CI, and the
 * result files of Gradescope and GitHub Classroom autograders. Each renders a list of
 * {@link dev.heapgrader.grading.GradeReport}s (one per graded answer) to a string.
 */
package dev.heapgrader.grading.report;
