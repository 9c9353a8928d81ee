package dev.heapgrader.web;

import dev.heapgrader.exercise.CheckOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * A submitted source split into numbered lines, each with the checks that point at it, so the page can mark the
 * line a failing check is about and print its feedback right under it. A check that points past the end (a line of
 * the harness that runs after the answer) marks nothing.
 */
record AnnotatedSource(List<Line> lines) {

    /** One line of source and the checks that point at it. */
    record Line(int number, String text, List<CheckOutcome> checks) {

        public boolean marked() {
            return !checks.isEmpty();
        }

        /** Whether any check on this line failed: the line shows red, else green. */
        public boolean failing() {
            return checks.stream().anyMatch(check -> !check.passed());
        }
    }

    static AnnotatedSource of(String source, List<CheckOutcome> checks) {
        String[] texts = (source == null ? "" : source).split("\r?\n", -1);
        int count = texts.length > 1 && texts[texts.length - 1].isEmpty() ? texts.length - 1 : texts.length;
        List<Line> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int number = i + 1;
            List<CheckOutcome> here = checks.stream()
                    .filter(check -> check.line() != null && check.line() == number)
                    .toList();
            lines.add(new Line(number, texts[i], here));
        }
        return new AnnotatedSource(lines);
    }
}
