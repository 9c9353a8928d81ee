package dev.heapgrader.grading;

import java.util.List;

/** A grade request named an exercise the catalog does not hold; the message lists the ids it does. */
public final class UnknownExerciseException extends RuntimeException {
    private final String exerciseId;

    public UnknownExerciseException(String exerciseId, List<String> known) {
        super("unknown exercise '" + exerciseId + "' (known: " + String.join(", ", known) + ")");
        this.exerciseId = exerciseId;
    }

    public String exerciseId() {
        return exerciseId;
    }
}
