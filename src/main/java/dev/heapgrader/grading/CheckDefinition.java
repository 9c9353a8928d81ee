package dev.heapgrader.grading;

import java.util.Map;

/**
 * One check of an exercise as its definition file states it: an id, the title a student sees, the check kind that
 * observes the run, its points, whether it is hidden until the deadline, the hint added to its feedback when it
 * fails, and the kind's parameters (all strings, read by the kind).
 */
public record CheckDefinition(String id, String title, String kind, double points, boolean hidden, String hint,
                              Map<String, String> params) {

    public CheckDefinition {
        params = Map.copyOf(params);
    }

    /** A parameter, or {@code fallback} when the definition does not set it. */
    public String param(String name, String fallback) {
        return params.getOrDefault(name, fallback);
    }
}
