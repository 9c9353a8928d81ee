package dev.heapgrader.grading.report;

import dev.heapgrader.grading.CheckResult;
import dev.heapgrader.grading.GradeReport;

import java.util.List;

/** A grade as a student reads it in a terminal: the score, one line per check, feedback under failed checks. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(List<GradeReport> reports) {
        StringBuilder out = new StringBuilder();
        for (GradeReport r : reports) {
            out.append(r.exercise()).append(" (CPython ").append(r.python()).append("): ")
                    .append(Points.format(r.score())).append('/').append(Points.format(r.maxScore()))
                    .append(" points\n");
            for (CheckResult c : r.checks()) {
                String mark = c.withheld() ? "HIDDEN" : c.passed() ? "PASS" : "FAIL";
                out.append(String.format("  %-6s %s/%s  %s%n", mark,
                        c.withheld() ? "?" : Points.format(c.points()),
                        Points.format(c.maxPoints()), c.title()));
                if (!c.passed() && !c.withheld()) {
                    out.append("         ").append(c.line() == null ? "" : "line " + c.line() + ": ")
                            .append(c.feedback()).append('\n');
                }
            }
            if (!r.error().isEmpty()) {
                out.append("  Your program's error:\n");
                r.error().lines().forEach(l -> out.append("    ").append(l).append('\n'));
            }
            if (r.hiddenChecksPresent()) {
                long hidden = r.checks().stream().filter(CheckResult::withheld).count();
                out.append("  Note: ").append(hidden).append(" hidden check(s) are graded after the deadline; "
                        + "passing every visible check is not yet full marks.\n");
            }
        }
        if (reports.size() > 1) {
            out.append("Total: ").append(Points.format(Points.score(reports))).append('/')
                    .append(Points.format(Points.max(reports))).append(" points\n");
        }
        return out.toString();
    }
}
