package dev.heapgrader.exercise;

/**
 * One check of a graded answer: whether it passed, the points it earned of its maximum, the feedback, and the line
 * of the answer it points at (null when it points at none; grades stored before lines were kept have none). A
 * hidden check's feedback does not say what it tests.
 */
public record CheckOutcome(String id, String title, boolean passed, double points, double maxPoints,
                           String feedback, boolean hidden, Integer line) {

    /** The feedback of a hidden check whose result a student may not see yet. */
    public static final String WITHHELD = "This check is hidden; its result is withheld.";

    /** Whether this is a hidden check shown to a student without its result. */
    public boolean withheld() {
        return hidden && WITHHELD.equals(feedback);
    }

    /** A check that points at no line. */
    public CheckOutcome(String id, String title, boolean passed, double points, double maxPoints, String feedback,
                        boolean hidden) {
        this(id, title, passed, points, maxPoints, feedback, hidden, null);
    }
}
