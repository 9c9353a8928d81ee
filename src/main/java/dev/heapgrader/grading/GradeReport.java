package dev.heapgrader.grading;

import java.util.List;

/** TEMPORARY stub of the grading contract (to be replaced by the grading branch). */
public record GradeReport(String exercise, String python, double score, double maxScore, List<CheckResult> checks,
                          String stdout, String error, boolean hiddenChecksPresent) {
}
