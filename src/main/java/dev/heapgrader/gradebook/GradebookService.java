package dev.heapgrader.gradebook;

import dev.heapgrader.course.Course;
import dev.heapgrader.course.OfferedExercise;
import dev.heapgrader.course.ScorePolicy;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import dev.heapgrader.member.Member;
import dev.heapgrader.member.MemberService;
import dev.heapgrader.submission.GradedSubmission;
import dev.heapgrader.submission.SubmissionQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Computes a course's gradebook from its submissions' current grades. Under {@link ScorePolicy#BEST} the highest
 * final score counts (the earliest of equal ones); under {@link ScorePolicy#LATEST} the last received submission
 * counts.
 */
@Service
public class GradebookService {

    private final SubmissionQueries submissions;
    private final MemberService members;
    private final ExerciseGrading grading;

    GradebookService(SubmissionQueries submissions, MemberService members, ExerciseGrading grading) {
        this.submissions = submissions;
        this.members = members;
        this.grading = grading;
    }

    @Transactional(readOnly = true)
    public Gradebook gradebook(Course course) {
        List<Gradebook.Column> columns = columns(course);
        Map<Long, Map<String, List<GradedSubmission>>> byStudent = submissions.gradedSubmissions(course.getId())
                .stream()
                .collect(Collectors.groupingBy(entry -> entry.submission().getMemberId(),
                        Collectors.groupingBy(entry -> entry.submission().getExerciseId())));
        List<Gradebook.Row> rows = new ArrayList<>();
        for (Member student : members.students(course.getId())) {
            rows.add(row(student, columns, byStudent.getOrDefault(student.getId(), Map.of()),
                    course.getScorePolicy()));
        }
        double maxTotal = columns.stream().mapToDouble(Gradebook.Column::maxScore).sum();
        return new Gradebook(course.getSlug(), course.getScorePolicy().name(), columns, round(maxTotal), rows);
    }

    /** One student's row of the gradebook, as {@link #gradebook} computes it (the student's own course page). */
    @Transactional(readOnly = true)
    public Gradebook.Row row(Course course, Member student) {
        Map<String, List<GradedSubmission>> mine = submissions.gradedSubmissions(course.getId()).stream()
                .filter(entry -> entry.submission().getMemberId() == student.getId())
                .collect(Collectors.groupingBy(entry -> entry.submission().getExerciseId()));
        return row(student, columns(course), mine, course.getScorePolicy());
    }

    private List<Gradebook.Column> columns(Course course) {
        return course.getExercises().stream()
                .map(OfferedExercise::getExerciseId)
                .map(id -> new Gradebook.Column(id, grading.find(id).map(ExerciseInfo::maxPoints).orElse(0.0)))
                .toList();
    }

    private static Gradebook.Row row(Member student, List<Gradebook.Column> columns,
                                     Map<String, List<GradedSubmission>> mine, ScorePolicy policy) {
        List<Gradebook.Cell> cells = new ArrayList<>();
        double total = 0;
        for (Gradebook.Column column : columns) {
            List<GradedSubmission> attempts = mine.getOrDefault(column.exercise(), List.of());
            Optional<GradedSubmission> counted = counted(attempts, policy);
            if (counted.isPresent()) {
                GradedSubmission entry = counted.get();
                total += entry.grade().getFinalScore();
                cells.add(new Gradebook.Cell(column.exercise(), entry.grade().getFinalScore(), attempts.size(),
                        entry.grade().getLateDays(), entry.grade().getPenaltyPercent(), entry.submission().getId()));
            } else {
                cells.add(new Gradebook.Cell(column.exercise(), null, 0, 0, 0, null));
            }
        }
        return new Gradebook.Row(student.getName(), student.getDisplayName(), cells, round(total));
    }

    /** The submission that counts among one student's attempts at one exercise (received in id order). */
    public static Optional<GradedSubmission> counted(List<GradedSubmission> attempts, ScorePolicy policy) {
        if (attempts.isEmpty()) {
            return Optional.empty();
        }
        if (policy == ScorePolicy.LATEST) {
            return attempts.stream().max(Comparator.comparing((GradedSubmission entry) ->
                    entry.submission().getReceivedAt()).thenComparing(entry -> entry.submission().getId()));
        }
        GradedSubmission best = attempts.get(0);
        for (GradedSubmission entry : attempts) {
            if (entry.grade().getFinalScore() > best.grade().getFinalScore()) {
                best = entry;
            }
        }
        return Optional.of(best);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
