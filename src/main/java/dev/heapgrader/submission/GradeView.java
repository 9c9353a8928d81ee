package dev.heapgrader.submission;

import dev.heapgrader.exercise.CheckOutcome;

import java.time.Instant;
import java.util.List;

/** A grade as the API returns it: raw score, checks, late penalty and final score, and what graded it. */
public record GradeView(long id, double score, double maxScore, int lateDays, int penaltyPercent, double finalScore,
                        List<CheckOutcome> checks, String error, String engineVersion, String rubricVersion,
                        Instant gradedAt) {
}
