package dev.heapgrader.grading.report;

import dev.heapgrader.grading.GradeReport;

import java.math.BigDecimal;
import java.util.List;

/** Formats points as people write them ("10", "2.5") and totals a list of grades. */
final class Points {
    private Points() {
    }

    static String format(double points) {
        return BigDecimal.valueOf(points).stripTrailingZeros().toPlainString();
    }

    static double score(List<GradeReport> reports) {
        return reports.stream().mapToDouble(GradeReport::score).sum();
    }

    static double max(List<GradeReport> reports) {
        return reports.stream().mapToDouble(GradeReport::maxScore).sum();
    }
}
