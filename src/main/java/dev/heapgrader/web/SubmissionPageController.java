package dev.heapgrader.web;

import dev.heapgrader.api.Caller;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseService;
import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.exercise.CheckOutcome;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import dev.heapgrader.exercise.ProgramRunning;
import dev.heapgrader.submission.SubmissionQueries;
import dev.heapgrader.submission.SubmissionView;
import dev.heapgrader.timeline.TimelineService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * One submission, for its student or an instructor (others get 404, as in the API): the source with each check's
 * marker on its line, the checks, every grade it received (regrades with their engine and rubric versions), and
 * what the program printed. The output is not stored, so it is produced by running the source again in the
 * deterministic engine under the version it was submitted for; the page loads it separately (htmx), so the rest
 * shows at once.
 */
@Controller
class SubmissionPageController {

    private final CourseService courses;
    private final SubmissionQueries queries;
    private final ExerciseGrading grading;
    private final ProgramRunning programs;
    private final TimelineService timelines;

    SubmissionPageController(CourseService courses, SubmissionQueries queries, ExerciseGrading grading,
                             ProgramRunning programs, TimelineService timelines) {
        this.courses = courses;
        this.queries = queries;
        this.grading = grading;
        this.programs = programs;
        this.timelines = timelines;
    }

    @GetMapping("/courses/{course}/submissions/{id}")
    String submission(@PathVariable String course, @PathVariable long id, Caller caller, Model model) {
        Course found = courses.visible(course, caller);
        SubmissionView view = queries.read(found, caller, id);
        model.addAttribute("course", found);
        model.addAttribute("submission", view);
        model.addAttribute("exerciseTitle", grading.find(view.exercise()).map(ExerciseInfo::title)
                .orElse(view.exercise()));
        model.addAttribute("annotated", AnnotatedSource.of(view.source(), view.grade().checks()));
        // the timeline opens at the first failed check's line: the probe or collection it is about
        model.addAttribute("timelineLine", view.grade().checks().stream()
                .filter(check -> !check.passed() && check.line() != null).map(CheckOutcome::line)
                .findFirst().orElse(null));
        return "submission";
    }

    /** The submission's heap timeline (the same JSON as the API's), for the viewer on the page. */
    @GetMapping(value = "/courses/{course}/submissions/{id}/timeline.json",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String timeline(@PathVariable String course, @PathVariable long id, Caller caller) {
        Course found = courses.visible(course, caller);
        SubmissionView view = queries.read(found, caller, id);
        PythonVersion version = PythonVersion.parse(view.pythonVersion()).orElse(found.getPythonVersion());
        return timelines.ofAnswer(caller, view.exercise(), view.source(), version);
    }

    @GetMapping("/courses/{course}/submissions/{id}/output")
    String output(@PathVariable String course, @PathVariable long id, Caller caller, Model model) {
        Course found = courses.visible(course, caller);
        SubmissionView view = queries.read(found, caller, id);
        PythonVersion version = PythonVersion.parse(view.pythonVersion()).orElse(found.getPythonVersion());
        model.addAttribute("run", programs.run(view.source(), version));
        return "fragments :: output";
    }
}
