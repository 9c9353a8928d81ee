/**
 * The demo course: on the embedded H2 database, the first start on an empty database creates a {@code demo} course
 * with an instructor, students and graded sample submissions, so the README's first commands show a filled
 * gradebook. Never on PostgreSQL; {@code heapgrader.demo.enabled=false} turns it off.
 */
package dev.heapgrader.demo;
