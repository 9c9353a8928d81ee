package dev.heapgrader.submission;

import dev.heapgrader.api.Caller;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * Submissions: submit one answer (a student, or a CI token for a named student) and get it back graded; read one
 * (its student or an instructor); list them (an instructor sees all, a student their own); regrade a course.
 */
@RestController
@RequestMapping("/api/v1/courses/{course}")
@Tag(name = "Submissions")
class SubmissionController {

    /** Set on a response that replays the first answer to an earlier request with the same key. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final CourseService courses;
    private final RecentCourses recentCourses;
    private final SubmissionService service;
    private final SubmissionQueries queries;
    private final RegradeService regrades;

    SubmissionController(CourseService courses, RecentCourses recentCourses, SubmissionService service,
                         SubmissionQueries queries, RegradeService regrades) {
        this.courses = courses;
        this.recentCourses = recentCourses;
        this.service = service;
        this.queries = queries;
        this.regrades = regrades;
    }

    @PostMapping(path = "/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit an answer; 201 with the graded result. With an Idempotency-Key, a retry returns "
            + "the first response and stores nothing new")
    ResponseEntity<SubmissionView> submit(@PathVariable String course, @RequestBody SubmitRequest request,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                          Caller caller) {
        Course found = recentCourses.visible(course, caller);
        SubmissionService.Outcome outcome = service.submit(found, caller, request, key);
        return ResponseEntity.created(URI.create("/api/v1/courses/" + course + "/submissions/"
                        + outcome.view().id()))
                .header(REPLAYED_HEADER, Boolean.toString(outcome.replayed()))
                .body(outcome.view());
    }

    @GetMapping("/submissions")
    @Operation(summary = "List submissions with their current grade, filterable by student and exercise")
    List<SubmissionView> list(@PathVariable String course, @RequestParam(required = false) String student,
                              @RequestParam(required = false) String exercise, Caller caller) {
        return queries.list(courses.visible(course, caller), caller, student, exercise);
    }

    @GetMapping("/submissions/{id}")
    @Operation(summary = "Read one submission with its source and the history of its grades")
    SubmissionView read(@PathVariable String course, @PathVariable long id, Caller caller) {
        return queries.read(courses.visible(course, caller), caller, id);
    }

    @PostMapping("/regrade")
    @Operation(summary = "Regrade every submission of the course and report the changed scores (instructor)")
    RegradeReport regrade(@PathVariable String course, Caller caller) {
        return regrades.regrade(courses.managed(course, caller));
    }
}
