package dev.heapgrader.grading;

import java.util.List;

/**
 * The grade of one answer: the score out of {@code maxScore}, one {@link CheckResult} per check, what the program
 * printed (the engine's planned calls print nothing) and, when the run did not complete, the error a student sees
 * (syntax error with caret, last traceback line, or the limit that stopped it). While hidden checks are not
 * revealed, {@code score} counts only the visible checks and {@code hiddenChecksPresent} says more is to come.
 */
public record GradeReport(String exercise, String python, double score, double maxScore,
                          List<CheckResult> checks, String stdout, String error, boolean hiddenChecksPresent) {

    public GradeReport {
        checks = List.copyOf(checks);
    }

    /** Full marks, with every check revealed and passed. */
    public boolean fullMarks() {
        return !hiddenChecksPresent && score >= maxScore;
    }
}
