package dev.heapgrader.submission;

import dev.heapgrader.exercise.CheckOutcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A grade as the API returns it: raw score, checks, late penalty and final score, and what graded it. Students and
 * CI tokens see hidden checks withheld ({@link #withHiddenChecksWithheld}): numbered, without title, result or
 * feedback, so they cannot tune an answer to them; the scores still include them, as the gradebook does.
 */
public record GradeView(long id, double score, double maxScore, int lateDays, int penaltyPercent, double finalScore,
                        List<CheckOutcome> checks, String error, String engineVersion, String rubricVersion,
                        Instant gradedAt) {

    static final String WITHHELD = CheckOutcome.WITHHELD;

    GradeView withHiddenChecksWithheld() {
        List<CheckOutcome> shown = new ArrayList<>();
        int hidden = 0;
        for (CheckOutcome check : checks) {
            if (check.hidden()) {
                hidden++;
                shown.add(new CheckOutcome("hidden-" + hidden, "Hidden check " + hidden, false, 0,
                        check.maxPoints(), WITHHELD, true));
            } else {
                shown.add(check);
            }
        }
        return new GradeView(id, score, maxScore, lateDays, penaltyPercent, finalScore, shown, error, engineVersion,
                rubricVersion, gradedAt);
    }
}
