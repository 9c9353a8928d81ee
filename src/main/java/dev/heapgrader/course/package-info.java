/**
 * Courses: the entity and its settings (CPython version, exercises offered with deadlines, late policy, score
 * policy, attempt cap), the service that creates and updates them and decides who may see or manage a course, and
 * the {@code /api/v1/courses} endpoints. Package by feature: members, tokens, submissions and gradebooks have
 * their own packages; every table is owned by the Flyway migrations in {@code db/migration}.
 */
package dev.heapgrader.course;
