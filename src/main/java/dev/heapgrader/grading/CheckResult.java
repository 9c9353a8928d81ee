package dev.heapgrader.grading;

/**
 * The outcome of one check: earned {@code points} of {@code maxPoints}, the feedback in plain words, and the source
 * line it points at (null when none). A hidden check whose result is withheld has a neutral id, title and feedback ({@link #WITHHELD}) and 0 points;
 * a revealed hidden check keeps {@code hidden} true so reports can mark it.
 */
public record CheckResult(String id, String title, boolean passed, double points, double maxPoints,
                          String feedback, boolean hidden, Integer line) {

    /** The feedback of a hidden check whose result is withheld until the deadline. */
    public static final String WITHHELD = "This check is hidden until the deadline; its result is shown then.";

    /** A hidden check whose result is not revealed yet: it neither passed nor failed as far as a student knows. */
    public boolean withheld() {
        return hidden && WITHHELD.equals(feedback);
    }
}
