package dev.heapgrader.grading.report;

import dev.heapgrader.grading.CheckResult;
import dev.heapgrader.grading.GradeReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * What GitHub Classroom's autograding reporter reads from a grader step: the step output {@code result}, a base64
 * JSON object {@code {"version":1,"status","max_score","tests":[{"name","status","score","message",...}]}}; the
 * reporter sums the tests' scores and writes {@code Points X/Y} on the check run, which Classroom records.
 * {@link #outputLine} is the line to append to {@code $GITHUB_OUTPUT}; {@link #pointsLine} is the same total for
 * the log.
 */
public final class ClassroomReport {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClassroomReport() {
    }

    /** The decoded result object, as JSON text. */
    public static String json(List<GradeReport> reports) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        boolean full = reports.stream().allMatch(GradeReport::fullMarks);
        root.put("status", full ? "pass" : "fail");
        root.put("max_score", Points.max(reports));
        ArrayNode tests = root.putArray("tests");
        for (GradeReport r : reports) {
            for (CheckResult c : r.checks()) {
                ObjectNode t = tests.addObject();
                t.put("name", (reports.size() > 1 ? r.exercise() + ": " : "") + c.title());
                t.put("status", c.passed() ? "pass" : "fail");
                t.put("score", c.points());
                t.put("message", c.feedback());
                t.put("test_code", "heapgrader grade --exercise " + r.exercise() + " --python " + r.python());
                t.put("filename", "");
                t.put("line_no", c.line() == null ? 0 : c.line());
                t.put("execution_time", "");
            }
        }
        return JSON.writeValueAsString(root);
    }

    /** {@code result=<base64 JSON>}, ready for {@code >> "$GITHUB_OUTPUT"}. */
    public static String outputLine(List<GradeReport> reports) {
        return "result=" + Base64.getEncoder().encodeToString(json(reports).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code Points X/Y}, the total the reporter writes and Classroom records. */
    public static String pointsLine(List<GradeReport> reports) {
        return "Points " + Points.format(Points.score(reports)) + "/" + Points.format(Points.max(reports));
    }
}
