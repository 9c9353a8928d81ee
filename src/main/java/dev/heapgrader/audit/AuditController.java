package dev.heapgrader.audit;

import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.Caller;
import dev.heapgrader.course.CourseService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A course's audit log, for its instructors and administrators. */
@RestController
@Tag(name = "Audit")
class AuditController {

    private static final int MAX_LIMIT = 1000;

    private final CourseService courses;
    private final AuditQueries queries;

    AuditController(CourseService courses, AuditQueries queries) {
        this.courses = courses;
        this.queries = queries;
    }

    @GetMapping("/api/v1/courses/{course}/audit")
    @Operation(summary = "The course's audit log, newest first: settings changes, members added, extensions, tokens "
            + "created and revoked, regrades; who, what and when (instructor)")
    List<AuditEntry> audit(@PathVariable String course, @RequestParam(defaultValue = "100") String limit,
                           Caller caller) {
        long courseId = courses.managed(course, caller).getId();
        return queries.forCourse(courseId, parseLimit(limit));
    }

    private static int parseLimit(String limit) {
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, with the allowed range.
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
    }
}
