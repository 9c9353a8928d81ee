package dev.heapgrader.grading.check;

import java.util.Map;

/** One way of observing a run: reads the observation and the check's parameters, and concludes. */
@FunctionalInterface
public interface CheckKind {
    Verdict evaluate(Observation observation, Map<String, String> params);
}
