package dev.heapgrader.gradebook;

import dev.heapgrader.course.Course;
import dev.heapgrader.course.OfferedExercise;
import dev.heapgrader.course.ScorePolicy;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import dev.heapgrader.member.Member;
import dev.heapgrader.member.MemberService;
import dev.heapgrader.submission.GradedSubmission;
import dev.heapgrader.submission.CountedSubmissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a course's gradebook from its submissions' current grades. Under {@link ScorePolicy#BEST} the highest
 * final score counts (the earliest of equal ones); under {@link ScorePolicy#LATEST} the last received submission
 * counts. The database picks the counted submissions ({@link CountedSubmissions}); {@link #counted} states the same
 * rule over attempts already loaded, for the statistics page.
 */
@Service
public class GradebookService {

    private final CountedSubmissions counted;
    private final MemberService members;
    private final ExerciseGrading grading;

    GradebookService(CountedSubmissions counted, MemberService members, ExerciseGrading grading) {
        this.counted = counted;
        this.members = members;
        this.grading = grading;
    }

    @Transactional(readOnly = true)
    public Gradebook gradebook(Course course) {
        List<Gradebook.Column> columns = columns(course);
        Map<Long, Map<String, CountedSubmissions.Counted>> byStudent = new HashMap<>();
        for (CountedSubmissions.Counted cell : counted.counted(course.getId(), course.getScorePolicy())) {
            byStudent.computeIfAbsent(cell.memberId(), id -> new HashMap<>()).put(cell.exerciseId(), cell);
        }
        List<Gradebook.Row> rows = new ArrayList<>();
        for (Member student : members.students(course.getId())) {
            rows.add(row(student, columns, byStudent.getOrDefault(student.getId(), Map.of())));
        }
        double maxTotal = columns.stream().mapToDouble(Gradebook.Column::maxScore).sum();
        return new Gradebook(course.getSlug(), course.getScorePolicy().name(), columns, round(maxTotal), rows);
    }

    /** One student's row of the gradebook, as {@link #gradebook} computes it (the student's own course page). */
    @Transactional(readOnly = true)
    public Gradebook.Row row(Course course, Member student) {
        Map<String, CountedSubmissions.Counted> mine = new HashMap<>();
        for (CountedSubmissions.Counted cell : counted.counted(course.getId(), student.getId(),
                course.getScorePolicy())) {
            mine.put(cell.exerciseId(), cell);
        }
        return row(student, columns(course), mine);
    }

    private List<Gradebook.Column> columns(Course course) {
        return course.getExercises().stream()
                .map(OfferedExercise::getExerciseId)
                .map(id -> new Gradebook.Column(id, grading.find(id).map(ExerciseInfo::maxPoints).orElse(0.0)))
                .toList();
    }

    private static Gradebook.Row row(Member student, List<Gradebook.Column> columns,
                                     Map<String, CountedSubmissions.Counted> mine) {
        List<Gradebook.Cell> cells = new ArrayList<>();
        double total = 0;
        for (Gradebook.Column column : columns) {
            CountedSubmissions.Counted cell = mine.get(column.exercise());
            if (cell != null) {
                total += cell.finalScore();
                cells.add(new Gradebook.Cell(column.exercise(), cell.finalScore(), cell.attempts(), cell.lateDays(),
                        cell.penaltyPercent(), cell.submissionId()));
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
