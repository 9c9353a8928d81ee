package dev.heapgrader.web;

import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.Caller;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseService;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import dev.heapgrader.member.MemberService;
import dev.heapgrader.submission.SubmissionQueries;
import dev.heapgrader.submission.SubmissionService;
import dev.heapgrader.submission.SubmissionView;
import dev.heapgrader.submission.SubmitRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An exercise: its prompt, the editor with the version the course grades under, and the caller's earlier
 * submissions. Submitting goes through {@link SubmissionService} exactly as the API does (caps, rate limit, size,
 * lateness); with htmx the graded result is swapped into the page, without scripts the browser is sent to the
 * submission's own page.
 */
@Controller
class ExercisePageController {

    private static final String STARTER = "# Write your answer here, then press Submit.\n";

    private final CourseService courses;
    private final ExerciseGrading grading;
    private final SubmissionService submissions;
    private final SubmissionQueries queries;
    private final MemberService members;
    private final PromptRenderer prompts;

    ExercisePageController(CourseService courses, ExerciseGrading grading, SubmissionService submissions,
                           SubmissionQueries queries, MemberService members, PromptRenderer prompts) {
        this.courses = courses;
        this.grading = grading;
        this.submissions = submissions;
        this.queries = queries;
        this.members = members;
        this.prompts = prompts;
    }

    @GetMapping("/courses/{course}/exercises/{exercise}")
    String exercise(@PathVariable String course, @PathVariable String exercise, Caller caller, Model model) {
        Course found = courses.visible(course, caller);
        ExerciseInfo info = offered(found, exercise);
        List<SubmissionView> earlier = new ArrayList<>(queries.list(found, caller, null, exercise));
        Collections.reverse(earlier);
        boolean instructor = caller.manages(found.getId());
        Optional<Instant> deadline = instructor || caller.memberId() == null
                ? found.findExercise(exercise).flatMap(offered -> offered.getDeadline())
                : members.deadlineFor(found, caller.memberId(), exercise);
        model.addAttribute("course", found);
        model.addAttribute("exercise", info);
        model.addAttribute("prompt", prompts.html(info.promptMarkdown()));
        model.addAttribute("deadline", deadline.orElse(null));
        model.addAttribute("instructor", instructor);
        model.addAttribute("earlier", earlier);
        model.addAttribute("starter", instructor || earlier.isEmpty() ? STARTER
                : latestSource(found, caller, earlier.get(0)));
        return "exercise";
    }

    @PostMapping("/courses/{course}/exercises/{exercise}/submissions")
    String submit(@PathVariable String course, @PathVariable String exercise,
                  @RequestParam(defaultValue = "") String source,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Caller caller, Model model) {
        Course found = courses.visible(course, caller);
        offered(found, exercise);
        SubmissionView view;
        try {
            view = submissions.submitFromPage(found, caller, new SubmitRequest(exercise, source, null)).view();
        } catch (ApiException refused) {
            if (htmx == null) {
                throw refused;
            }
            model.addAttribute("refused", refused.getMessage());
            model.addAttribute("refusedTitle", refused.title());
            return "exercise :: refused";
        }
        if (htmx == null) {
            return "redirect:/courses/" + found.getSlug() + "/submissions/" + view.id();
        }
        model.addAttribute("course", found);
        model.addAttribute("submission", view);
        model.addAttribute("annotated", AnnotatedSource.of(source, view.grade().checks()));
        return "exercise :: result";
    }

    private String latestSource(Course course, Caller caller, SubmissionView latest) {
        String source = queries.read(course, caller, latest.id()).source();
        return source == null ? STARTER : source;
    }

    private ExerciseInfo offered(Course course, String exercise) {
        if (course.findExercise(exercise).isEmpty()) {
            throw ApiException.notFound("exercise", exercise);
        }
        return grading.find(exercise).orElseThrow(() -> ApiException.notFound("exercise", exercise));
    }
}
