package dev.heapgrader.cli;

import dev.heapgrader.grading.CheckResult;
import dev.heapgrader.grading.ExerciseCatalog;
import dev.heapgrader.grading.ExerciseDefinitionException;
import dev.heapgrader.grading.GradeReport;
import dev.heapgrader.grading.Grader;
import dev.heapgrader.grading.UnknownExerciseException;
import dev.heapgrader.grading.report.ClassroomReport;
import dev.heapgrader.grading.report.GradescopeReport;
import dev.heapgrader.grading.report.JsonReport;
import dev.heapgrader.grading.report.JunitReport;
import dev.heapgrader.grading.report.TextReport;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades a validated {@link GradeRequest} with the {@link Grader} and prints the report in the requested format.
 * Exit status: 0 graded, 1 graded below full marks with {@code --fail-under-full}, 2 for an unknown exercise or a
 * broken exercise folder (a usage problem, reported in one line).
 */
final class Grading {

    private Grading() {
    }

    /** Grades the request and returns the exit status. */
    static int grade(GradeRequest request, String command, PrintWriter out, PrintWriter err) {
        ExerciseCatalog catalog;
        try {
            catalog = request.exercisesDir() == null ? ExerciseCatalog.fromClasspath()
                    : ExerciseCatalog.load(request.exercisesDir());
        } catch (ExerciseDefinitionException e) {
            return usage(command, e.getMessage(), err);
        }
        Grader grader = new Grader(catalog);
        // Gradescope withholds tests marked after_due_date itself, so it receives every result.
        boolean reveal = request.revealHidden() || request.format() == ReportFormat.GRADESCOPE;
        long start = System.nanoTime();
        List<GradeReport> reports = new ArrayList<>();
        try {
            for (GradeRequest.Answer answer : answers(request, catalog)) {
                reports.add(grade(grader, answer, request, reveal));
            }
        } catch (UnknownExerciseException e) {
            return usage(command, e.getMessage(), err);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        switch (request.format()) {
            case TEXT -> out.print(TextReport.render(reports));
            case JSON -> out.print(JsonReport.render(reports));
            case JUNIT -> out.print(JunitReport.render(reports));
            case GRADESCOPE -> out.print(GradescopeReport.render(reports, Math.round(seconds * 1000) / 1000.0));
            case CLASSROOM -> {
                out.println(ClassroomReport.outputLine(reports));
                err.println(ClassroomReport.pointsLine(reports));
            }
        }
        out.flush();
        err.flush();
        boolean full = reports.stream().allMatch(r -> r.score() >= r.maxScore());
        return request.failUnderFull() && !full ? 1 : 0;
    }

    private static List<GradeRequest.Answer> answers(GradeRequest request, ExerciseCatalog catalog) {
        if (!request.exercise().equals(GradeRequest.ALL)) {
            return request.answers();
        }
        return catalog.ids().stream().map(id -> request.answers().stream().filter(a -> a.exercise().equals(id))
                .findFirst().orElse(new GradeRequest.Answer(id, null))).toList();
    }

    private static GradeReport grade(Grader grader, GradeRequest.Answer answer, GradeRequest request,
                                     boolean reveal) {
        if (answer.source() == null) {
            GradeReport empty = grader.grade(answer.exercise(), "", answer.exercise() + ".py", request.version(),
                    reveal);
            // A missing answer earns nothing, not even the points an empty program would.
            List<CheckResult> none = empty.checks().stream().map(c -> new CheckResult(c.id(), c.title(), false, 0,
                    c.maxPoints(), c.withheld() ? c.feedback() : "No answer: " + answer.exercise() + ".py is missing.",
                    c.hidden(), null)).toList();
            return new GradeReport(empty.exercise(), empty.python(), 0, empty.maxScore(), none, "",
                    "no answer: " + answer.exercise() + ".py is missing", empty.hiddenChecksPresent());
        }
        return grader.grade(answer.exercise(), answer.source().text(), answer.source().name(), request.version(),
                reveal);
    }

    private static int usage(String command, String message, PrintWriter err) {
        err.println(command + ": " + message);
        err.flush();
        return 2;
    }
}
