package dev.heapgrader.gradebook;

import java.util.List;

/**
 * One exercise's statistics over the students who submitted, each counted by their counted submission (the one the
 * gradebook counts): the score histogram, mean, median and share with full marks, how many attempts students make
 * and how the score grows with the attempt number, and per check the share failing it with example submissions
 * (most failed first: the common misconceptions).
 */
public record ExerciseStatistics(String exercise, double maxScore, int students, double mean, double median,
                                 double perfectShare, double meanAttempts, List<Bin> histogram,
                                 List<AttemptScore> byAttempt, List<CheckFailures> checks) {

    /** Counted scores in {@code [from, to)} ({@code to} included for the last bin). */
    public record Bin(double from, double to, int count) {
    }

    /** The students who made an n-th attempt, and the mean final score of those attempts. */
    public record AttemptScore(int attempt, int students, double meanScore) {
    }

    /** One check: students whose counted submission fails it, their share, and a few of those submissions. */
    public record CheckFailures(String check, String title, int failing, double failingShare, List<Long> examples) {
    }
}
