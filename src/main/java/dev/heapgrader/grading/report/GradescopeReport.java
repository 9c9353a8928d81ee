package dev.heapgrader.grading.report;

import dev.heapgrader.grading.CheckResult;
import dev.heapgrader.grading.GradeReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Gradescope's {@code results.json}: the total {@code score}, {@code execution_time} in seconds, and one entry in
 * {@code tests} per check ({@code name}, {@code score}, {@code max_score}, {@code status}, {@code output},
 * {@code visibility}). Grade with hidden checks revealed: Gradescope itself withholds tests marked
 * {@code after_due_date} until the due date.
 */
public final class GradescopeReport {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GradescopeReport() {
    }

    public static String render(List<GradeReport> reports, double executionSeconds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", Points.score(reports));
        root.put("execution_time", executionSeconds);
        StringBuilder summary = new StringBuilder();
        ArrayNode tests = root.putArray("tests");
        for (GradeReport r : reports) {
            summary.append(r.exercise()).append(" on CPython ").append(r.python()).append(": ")
                    .append(Points.format(r.score())).append('/').append(Points.format(r.maxScore())).append('\n');
            if (!r.error().isEmpty()) {
                summary.append(r.error()).append('\n');
            }
            for (CheckResult c : r.checks()) {
                ObjectNode t = tests.addObject();
                t.put("name", (reports.size() > 1 ? r.exercise() + ": " : "") + c.title());
                t.put("score", c.points());
                t.put("max_score", c.maxPoints());
                t.put("status", c.passed() ? "passed" : "failed");
                t.put("output", (c.line() == null ? "" : "Line " + c.line() + ": ") + c.feedback());
                t.put("visibility", c.hidden() ? "after_due_date" : "visible");
            }
        }
        root.put("output", summary.toString());
        root.put("stdout_visibility", "hidden");
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
