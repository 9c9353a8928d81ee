/** The events a run records for grading and the heap timeline: what was called, allocated, collected and freed. */
package dev.heapgrader.engine.trace;
