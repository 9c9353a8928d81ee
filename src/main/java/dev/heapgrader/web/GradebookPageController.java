package dev.heapgrader.web;

import dev.heapgrader.api.Caller;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseService;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import dev.heapgrader.gradebook.AnalyticsService;
import dev.heapgrader.gradebook.Gradebook;
import dev.heapgrader.gradebook.GradebookCsv;
import dev.heapgrader.gradebook.GradebookService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The instructor's gradebook and analytics pages. The gradebook is {@link GradebookService}'s, the CSV is the API's
 * {@link GradebookCsv}, the statistics are {@link AnalyticsService}'s; sorting and filtering happen in the browser
 * ({@code /js/table.js}) on the numbers the page carries.
 */
@Controller
class GradebookPageController {

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final CourseService courses;
    private final GradebookService gradebooks;
    private final AnalyticsService analytics;
    private final ExerciseGrading grading;

    GradebookPageController(CourseService courses, GradebookService gradebooks, AnalyticsService analytics,
                            ExerciseGrading grading) {
        this.courses = courses;
        this.gradebooks = gradebooks;
        this.analytics = analytics;
        this.grading = grading;
    }

    @GetMapping("/courses/{course}/gradebook")
    String gradebook(@PathVariable String course, Caller caller, Model model) {
        Course found = courses.managed(course, caller);
        Gradebook gradebook = gradebooks.gradebook(found);
        model.addAttribute("course", found);
        model.addAttribute("gradebook", gradebook);
        model.addAttribute("titles", titles(gradebook));
        return "gradebook";
    }

    @GetMapping("/courses/{course}/gradebook.csv")
    void csv(@PathVariable String course, Caller caller, HttpServletResponse response) throws IOException {
        Gradebook gradebook = gradebooks.gradebook(courses.managed(course, caller));
        response.setContentType(TEXT_CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + course + "-gradebook.csv\"");
        GradebookCsv.write(gradebook, response.getWriter());
    }

    @GetMapping("/courses/{course}/analytics")
    String analytics(@PathVariable String course, Caller caller, Model model) {
        Course found = courses.managed(course, caller);
        model.addAttribute("course", found);
        model.addAttribute("exercises", analytics.statistics(found));
        return "analytics";
    }

    private Map<String, String> titles(Gradebook gradebook) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Gradebook.Column column : gradebook.exercises()) {
            titles.put(column.exercise(), grading.find(column.exercise()).map(ExerciseInfo::title)
                    .orElse(column.exercise()));
        }
        return titles;
    }
}
