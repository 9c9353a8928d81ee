/**
 * The heap timeline over HTTP: {@code GET /api/v1/courses/{course}/submissions/{id}/timeline} re-runs a stored
 * answer (as grading runs it, under the course's Python version) recording its timeline, for whoever may read
 * that submission; {@code POST /api/v1/timeline} does the same for any program an authenticated caller sends. The
 * JSON is the engine's export ({@code TimelineJson}), in Python Tutor's trace shape.
 */
package dev.heapgrader.timeline;
