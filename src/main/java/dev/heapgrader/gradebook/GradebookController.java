package dev.heapgrader.gradebook;

import dev.heapgrader.api.Caller;
import dev.heapgrader.course.CourseService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The instructor's views of a course: the gradebook as JSON ({@code Accept: application/json}, the default), as CSV
 * ({@code Accept: text/csv} or {@code /gradebook.csv}), and analytics.
 */
@RestController
@RequestMapping("/api/v1/courses/{course}")
@Tag(name = "Gradebook")
class GradebookController {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final CourseService courses;
    private final GradebookService gradebooks;
    private final AnalyticsService analytics;

    GradebookController(CourseService courses, GradebookService gradebooks, AnalyticsService analytics) {
        this.courses = courses;
        this.gradebooks = gradebooks;
        this.analytics = analytics;
    }

    @GetMapping(path = "/gradebook", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The gradebook: a row per student, a cell per exercise, totals (instructor)")
    Gradebook gradebook(@PathVariable String course, Caller caller) {
        return gradebooks.gradebook(courses.managed(course, caller));
    }

    @GetMapping(path = "/gradebook", produces = "text/csv")
    @Operation(summary = "The gradebook as CSV for spreadsheets and LMS imports (instructor)")
    void gradebookCsv(@PathVariable String course, Caller caller, HttpServletResponse response) throws IOException {
        Gradebook gradebook = gradebooks.gradebook(courses.managed(course, caller));
        response.setContentType(TEXT_CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + course + "-gradebook.csv\"");
        // Streamed: written to the response as formatted; an error above still becomes a problem response.
        GradebookCsv.write(gradebook, response.getWriter());
    }

    @GetMapping(path = "/gradebook.csv")
    @Operation(summary = "The gradebook as CSV, for clients that cannot set Accept (instructor)")
    void gradebookCsvFile(@PathVariable String course, Caller caller, HttpServletResponse response)
            throws IOException {
        gradebookCsv(course, caller, response);
    }

    @GetMapping("/analytics")
    @Operation(summary = "Per exercise, the share of students failing each check (instructor)")
    Analytics analytics(@PathVariable String course, Caller caller) {
        return analytics.analytics(courses.managed(course, caller));
    }
}
