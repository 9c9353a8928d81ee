/**
 * Members of a course (instructors and students, each known by a short name), their per-exercise deadline
 * extensions, and the {@code /api/v1/courses/{course}/members} endpoints; adding a member issues their token.
 */
package dev.heapgrader.member;
