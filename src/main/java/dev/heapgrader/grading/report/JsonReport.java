package dev.heapgrader.grading.report;

import dev.heapgrader.grading.CheckResult;
import dev.heapgrader.grading.GradeReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A grade as JSON for scripts: {@code {"exercise","python","score","max_score","checks":[{"id","passed","points",
 * "max_points","feedback",...}],"stdout","error","hidden_checks_present"}}; several grades form an array.
 */
public final class JsonReport {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonReport() {
    }

    public static String render(List<GradeReport> reports) {
        if (reports.size() == 1) {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node(reports.get(0))) + "\n";
        }
        ArrayNode array = JSON.createArrayNode();
        reports.forEach(r -> array.add(node(r)));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    }

    static ObjectNode node(GradeReport r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("exercise", r.exercise());
        o.put("python", r.python());
        o.put("score", r.score());
        o.put("max_score", r.maxScore());
        ArrayNode checks = o.putArray("checks");
        for (CheckResult c : r.checks()) {
            ObjectNode n = checks.addObject();
            n.put("id", c.id());
            n.put("title", c.title());
            n.put("passed", c.passed());
            n.put("points", c.points());
            n.put("max_points", c.maxPoints());
            n.put("feedback", c.feedback());
            n.put("hidden", c.hidden());
            if (c.line() == null) {
                n.putNull("line");
            } else {
                n.put("line", c.line().intValue());
            }
        }
        o.put("stdout", r.stdout());
        o.put("error", r.error());
        o.put("hidden_checks_present", r.hiddenChecksPresent());
        return o;
    }
}
