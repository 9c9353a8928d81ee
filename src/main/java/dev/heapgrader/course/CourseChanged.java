package dev.heapgrader.course;

/**
 * Published when a course's settings change (exercises, deadlines, policies, attempt cap, hidden-check release),
 * inside the transaction that changes them, so that copies of the course kept for a moment elsewhere (the
 * submission path's {@code RecentCourses}) are dropped.
 */
public record CourseChanged(long courseId) {
}
