package dev.heapgrader.grading;

import java.util.List;

/**
 * The grade of one answer: the score out of {@code maxScore}, one {@link CheckResult} per check, what the program
 * printed (the engine's planned calls print nothing) and, when the run did not complete, the error a student sees
 * (syntax error with caret, last traceback line, or the limit that stopped it). While hidden checks are not
 * revealed, {@code score} counts only the visible checks and {@code hiddenChecksPresent} says more is to come.
 * {@code internalErrorReference} is set only when the engine itself failed on the answer (the reference it logged
 * the fault under), so a service can count and trace such runs.
 */
public record GradeReport(String exercise, String python, double score, double maxScore,
                          List<CheckResult> checks, String stdout, String error, boolean hiddenChecksPresent,
                          String internalErrorReference) {

    /** A grade of a run the engine completed without an internal error. */
    public GradeReport(String exercise, String python, double score, double maxScore, List<CheckResult> checks,
                       String stdout, String error, boolean hiddenChecksPresent) {
        this(exercise, python, score, maxScore, checks, stdout, error, hiddenChecksPresent, null);
    }

    public GradeReport {
        checks = List.copyOf(checks);
    }

    /** Full marks, with every check revealed and passed. */
    public boolean fullMarks() {
        return !hiddenChecksPresent && score >= maxScore;
    }
}
