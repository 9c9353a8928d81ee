package dev.heapgrader.timeline;

import dev.heapgrader.api.Caller;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseService;
import dev.heapgrader.submission.SubmissionQueries;
import dev.heapgrader.submission.SubmissionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The heap timeline of a stored submission (whoever may read the submission may read its timeline) and of any
 * program (any authenticated caller): frames, objects with their reference counts, sizes and generations, and
 * collections, step by step, as JSON in Python Tutor's trace shape (schema:
 * {@code src/main/resources/timeline.schema.json}).
 */
@RestController
@Tag(name = "Heap timeline")
class TimelineController {

    private final CourseService courses;
    private final SubmissionQueries queries;
    private final TimelineService timelines;

    TimelineController(CourseService courses, SubmissionQueries queries, TimelineService timelines) {
        this.courses = courses;
        this.queries = queries;
        this.timelines = timelines;
    }

    @GetMapping(path = "/api/v1/courses/{course}/submissions/{id}/timeline",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Re-run a submission under the course's Python version and return its heap timeline")
    ResponseEntity<String> submission(@PathVariable String course, @PathVariable long id, Caller caller) {
        Course found = courses.visible(course, caller);
        SubmissionView submission = queries.read(found, caller, id);
        return json(timelines.ofAnswer(caller, submission.exercise(), submission.source(),
                found.getPythonVersion()));
    }

    @PostMapping(path = "/api/v1/timeline", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Run any program and return its heap timeline (the playground)")
    ResponseEntity<String> program(@RequestBody(required = false) PlaygroundRequest request, Caller caller) {
        return json(timelines.ofProgram(caller, request));
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
