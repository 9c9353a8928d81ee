package dev.heapgrader.course;

import java.time.Instant;

/** An exercise a course offers and its deadline (null: no deadline), as requests give it. */
public record ExerciseDeadline(String exercise, Instant deadline) {
}
