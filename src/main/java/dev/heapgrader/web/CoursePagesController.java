package dev.heapgrader.web;

import dev.heapgrader.api.Caller;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseService;
import dev.heapgrader.course.OfferedExercise;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import dev.heapgrader.gradebook.Gradebook;
import dev.heapgrader.gradebook.GradebookService;
import dev.heapgrader.member.Member;
import dev.heapgrader.member.MemberService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The caller's courses, and one course: its exercises with the caller's own deadline (extensions included),
 * attempts used and left and the counted score for a student, and for an instructor the links to the gradebook,
 * analytics and settings. Deadlines, counting and caps come from the member, gradebook and course services.
 */
@Controller
class CoursePagesController {

    private final CourseService courses;
    private final MemberService members;
    private final GradebookService gradebooks;
    private final ExerciseGrading grading;
    private final Clock clock;

    CoursePagesController(CourseService courses, MemberService members, GradebookService gradebooks,
                          ExerciseGrading grading, Clock clock) {
        this.courses = courses;
        this.members = members;
        this.gradebooks = gradebooks;
        this.grading = grading;
        this.clock = clock;
    }

    /** One exercise as the course page lists it; the student-only fields are empty for an instructor. */
    record ExerciseRow(String id, String title, double maxPoints, Instant deadline, boolean extended, boolean closed,
                       int attempts, Integer attemptsLeft, Double score, Long countedSubmission) {
    }

    @GetMapping("/courses")
    String courses(Caller caller, Model model) {
        model.addAttribute("courses", courses.list(caller));
        return "courses";
    }

    @GetMapping("/courses/{course}")
    String course(@PathVariable String course, Caller caller, Model model) {
        Course found = courses.visible(course, caller);
        Optional<Member> student = caller.manages(found.getId()) || caller.memberId() == null ? Optional.empty()
                : members.find(caller.memberId());
        Optional<Gradebook.Row> row = student.map(self -> gradebooks.row(found, self));
        List<ExerciseRow> rows = new ArrayList<>();
        List<OfferedExercise> offered = found.getExercises();
        for (int i = 0; i < offered.size(); i++) {
            OfferedExercise exercise = offered.get(i);
            int index = i;
            String id = exercise.getExerciseId();
            Optional<ExerciseInfo> info = grading.find(id);
            Optional<Instant> deadline = student.isPresent()
                    ? members.deadlineFor(found, student.get().getId(), id) : exercise.getDeadline();
            Gradebook.Cell cell = row.map(r -> r.cells().get(index)).orElse(null);
            int attempts = cell == null ? 0 : cell.attempts();
            Integer left = found.getMaxAttempts().map(cap -> Math.max(0, cap - attempts)).orElse(null);
            rows.add(new ExerciseRow(id, info.map(ExerciseInfo::title).orElse(id),
                    info.map(ExerciseInfo::maxPoints).orElse(0.0), deadline.orElse(null),
                    !deadline.equals(exercise.getDeadline()),
                    deadline.map(d -> clock.instant().isAfter(d)).orElse(false), attempts, left,
                    cell == null ? null : cell.score(), cell == null ? null : cell.submission()));
        }
        model.addAttribute("course", found);
        model.addAttribute("instructor", caller.manages(found.getId()));
        model.addAttribute("exercises", rows);
        model.addAttribute("total", row.map(Gradebook.Row::total).orElse(null));
        model.addAttribute("maxTotal", rows.stream().mapToDouble(ExerciseRow::maxPoints).sum());
        return "course";
    }
}
