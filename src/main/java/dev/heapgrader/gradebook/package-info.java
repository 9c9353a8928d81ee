/**
 * What instructors read about a course: the gradebook (one row per student, one cell per exercise with the counted
 * score, attempts and lateness, and the total) as JSON and CSV, and analytics (per exercise, the share of
 * students failing each check). Read-only: it computes from the stored submissions and their current grades.
 */
package dev.heapgrader.gradebook;
