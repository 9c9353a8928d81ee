package dev.heapgrader.course;

import dev.heapgrader.api.Caller;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Courses and the exercises they offer: create (administrator), read (members), update settings (instructor). */
@RestController
@RequestMapping("/api/v1/courses")
@Tag(name = "Courses")
class CourseController {

    private final CourseService service;
    private final ExerciseGrading grading;

    CourseController(CourseService service, ExerciseGrading grading) {
        this.service = service;
        this.grading = grading;
    }

    @PostMapping
    @Operation(summary = "Create a course (administrator)")
    ResponseEntity<CourseView> create(@RequestBody CourseRequest request, Caller caller) {
        CourseView created = CourseView.of(service.create(request, caller));
        return ResponseEntity.created(URI.create("/api/v1/courses/" + created.slug())).body(created);
    }

    @GetMapping
    @Operation(summary = "The courses the caller belongs to (all of them for an administrator)")
    List<CourseView> list(Caller caller) {
        return service.list(caller).stream().map(CourseView::of).toList();
    }

    @GetMapping("/{course}")
    @Operation(summary = "Read a course's settings")
    CourseView read(@PathVariable String course, Caller caller) {
        return CourseView.of(service.visible(course, caller));
    }

    @PatchMapping("/{course}")
    @Operation(summary = "Update a course's settings (instructor); only the given fields change")
    CourseView update(@PathVariable String course, @RequestBody CourseRequest request, Caller caller) {
        return CourseView.of(service.update(course, request, caller));
    }

    @PostMapping("/{course}/hidden-checks/release")
    @Operation(summary = "Release the hidden checks now; under hiddenChecks=AFTER_RELEASE students see them from now "
            + "on (instructor)")
    CourseView releaseHiddenChecks(@PathVariable String course, Caller caller) {
        return CourseView.of(service.releaseHiddenChecks(course, caller));
    }

    @GetMapping("/{course}/exercises")
    @Operation(summary = "The course's exercises with prompts, points and deadlines")
    List<ExerciseView> exercises(@PathVariable String course, Caller caller) {
        Course found = service.visible(course, caller);
        return found.getExercises().stream()
                .map(offered -> grading.find(offered.getExerciseId())
                        .map(info -> ExerciseView.of(info, offered.getDeadline().orElse(null)))
                        .orElseGet(() -> new ExerciseView(offered.getExerciseId(), "(no longer in the catalog)", "",
                                0, offered.getDeadline().orElse(null))))
                .toList();
    }

    /** An exercise with its prompt and points, and its deadline in this course. */
    record ExerciseView(String id, String title, String promptMarkdown, double maxPoints, Instant deadline) {
        static ExerciseView of(ExerciseInfo info, Instant deadline) {
            return new ExerciseView(info.id(), info.title(), info.promptMarkdown(), info.maxPoints(), deadline);
        }
    }

}
