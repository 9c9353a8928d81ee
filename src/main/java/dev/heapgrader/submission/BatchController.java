package dev.heapgrader.submission;

import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.Caller;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseService;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The CI batch endpoint: one request with several exercises' answers for one student; each is submitted as if
 * alone (so each is stored with its grade, and one refused answer does not lose the others), and the response
 * lists each result and the total, as JSON or, when the client asks for {@code application/xml}, as JUnit XML
 * that CI systems display as test results. With {@code Idempotency-Key: K}, item {@code E} uses the key
 * {@code K/E}, so a retried batch stores nothing new.
 */
@RestController
@RequestMapping("/api/v1/courses/{course}/batches")
@Tag(name = "Submissions")
class BatchController {

    private static final int MAX_ITEMS = 50;

    private final CourseService courses;
    private final SubmissionService submissions;
    private final ExerciseGrading grading;

    BatchController(CourseService courses, SubmissionService submissions, ExerciseGrading grading) {
        this.courses = courses;
        this.submissions = submissions;
        this.grading = grading;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE})
    @Operation(summary = "Submit several answers at once (CI); JSON results, or JUnit XML on Accept: "
            + "application/xml")
    ResponseEntity<?> submit(@PathVariable String course, @RequestBody BatchRequest request,
                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                             @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                             Caller caller) {
        Course found = courses.visible(course, caller);
        if (request == null || request.submissions() == null || request.submissions().isEmpty()) {
            throw ApiException.badRequest("'submissions' must list at least one {exercise, source}");
        }
        if (request.submissions().size() > MAX_ITEMS) {
            throw ApiException.badRequest("at most " + MAX_ITEMS + " answers per batch");
        }
        Set<String> seen = new HashSet<>();
        for (BatchRequest.Answer answer : request.submissions()) {
            if (answer == null || answer.exercise() == null || !seen.add(answer.exercise())) {
                throw ApiException.badRequest("every answer needs a distinct 'exercise'");
            }
        }
        List<BatchResult.Item> items = new ArrayList<>();
        String student = request.student();
        for (BatchRequest.Answer answer : request.submissions()) {
            double max = grading.find(answer.exercise()).map(ExerciseInfo::maxPoints).orElse(0.0);
            try {
                SubmissionService.Outcome outcome = submissions.submit(found, caller,
                        new SubmitRequest(answer.exercise(), answer.source(), request.student()),
                        key == null ? null : key.trim() + "/" + answer.exercise());
                student = outcome.view().student();
                items.add(new BatchResult.Item(answer.exercise(), outcome.replayed() ? 200 : 201, outcome.view(),
                        null, outcome.view().grade().maxScore()));
            } catch (ApiException refused) {
                if (refused.status().value() == 401 || refused.status().value() == 403) {
                    throw refused;
                }
                items.add(new BatchResult.Item(answer.exercise(), refused.status().value(), null,
                        refused.getMessage(), max));
            }
        }
        double total = items.stream().filter(item -> item.submission() != null)
                .mapToDouble(item -> item.submission().grade().finalScore()).sum();
        double maxTotal = items.stream().mapToDouble(BatchResult.Item::maxScore).sum();
        BatchResult result = new BatchResult(student, items, Math.round(total * 100) / 100.0,
                Math.round(maxTotal * 100) / 100.0);
        if (wantsXml(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                    .body(JUnitXmlReport.render(found.getSlug(), result));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
    }

    private static boolean wantsXml(String accept) {
        if (accept == null) {
            return false;
        }
        List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.isCompatibleWith(MediaType.APPLICATION_XML) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }
}
