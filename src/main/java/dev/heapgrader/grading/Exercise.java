package dev.heapgrader.grading;

import dev.heapgrader.engine.CallPlan;

import java.util.List;

/**
 * One exercise as loaded from its folder: the prompt a student reads, the checks that score an answer, the calls the
 * engine makes after the answer ran ({@link CallPlan#NONE} for none), the reference solution and the stored wrong answers with the score
 * each must get. {@code deadline} (ISO-8601, may be null) is when hidden checks become visible.
 */
public record Exercise(String id, String title, String promptMarkdown, double maxPoints,
                       List<CheckDefinition> checks, CallPlan plan, String solution,
                       List<WrongAnswer> wrongAnswers, String deadline) {

    public Exercise {
        checks = List.copyOf(checks);
        wrongAnswers = List.copyOf(wrongAnswers);
    }

    /** Whether any check is hidden until the deadline. */
    public boolean hasHiddenChecks() {
        return checks.stream().anyMatch(CheckDefinition::hidden);
    }
}
