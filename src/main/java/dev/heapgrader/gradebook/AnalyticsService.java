package dev.heapgrader.gradebook;

import dev.heapgrader.course.Course;
import dev.heapgrader.course.OfferedExercise;
import dev.heapgrader.exercise.CheckOutcome;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import dev.heapgrader.submission.GradedSubmission;
import dev.heapgrader.submission.SubmissionQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Computes {@link Analytics} from each student's counted submission per exercise (the same one the gradebook
 * counts), so a student who fixed a mistake no longer counts as failing that check.
 */
@Service
public class AnalyticsService {

    private final SubmissionQueries submissions;
    private final ExerciseGrading grading;

    AnalyticsService(SubmissionQueries submissions, ExerciseGrading grading) {
        this.submissions = submissions;
        this.grading = grading;
    }

    /** Per exercise of the course, in its order: the statistics the analytics page shows. */
    @Transactional(readOnly = true)
    public List<ExerciseStatistics> statistics(Course course) {
        Map<String, Map<Long, List<GradedSubmission>>> byExercise = byExerciseAndStudent(course);
        return course.getExercises().stream()
                .map(OfferedExercise::getExerciseId)
                .map(exercise -> ScoreStatistics.of(exercise,
                        grading.find(exercise).map(ExerciseInfo::maxPoints).orElse(0.0),
                        byExercise.getOrDefault(exercise, Map.of()).values(), course.getScorePolicy(),
                        entry -> submissions.checks(entry.grade())))
                .toList();
    }

    private Map<String, Map<Long, List<GradedSubmission>>> byExerciseAndStudent(Course course) {
        return submissions.gradedSubmissions(course.getId()).stream()
                .collect(Collectors.groupingBy(entry -> entry.submission().getExerciseId(),
                        Collectors.groupingBy(entry -> entry.submission().getMemberId())));
    }

    @Transactional(readOnly = true)
    public Analytics analytics(Course course) {
        Map<String, Map<Long, List<GradedSubmission>>> byExercise = submissions.gradedSubmissions(course.getId())
                .stream()
                .collect(Collectors.groupingBy(entry -> entry.submission().getExerciseId(),
                        Collectors.groupingBy(entry -> entry.submission().getMemberId())));
        List<Analytics.ExerciseStats> stats = new ArrayList<>();
        for (OfferedExercise offered : course.getExercises()) {
            String exercise = offered.getExerciseId();
            double max = grading.find(exercise).map(ExerciseInfo::maxPoints).orElse(0.0);
            List<GradedSubmission> counted = byExercise.getOrDefault(exercise, Map.of()).values().stream()
                    .map(attempts -> GradebookService.counted(attempts, course.getScorePolicy()))
                    .flatMap(Optional::stream)
                    .toList();
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, Integer> failing = new LinkedHashMap<>();
            double scores = 0;
            for (GradedSubmission entry : counted) {
                scores += entry.grade().getFinalScore();
                for (CheckOutcome check : submissions.checks(entry.grade())) {
                    titles.putIfAbsent(check.id(), check.title());
                    failing.merge(check.id(), check.passed() ? 0 : 1, Integer::sum);
                }
            }
            int students = counted.size();
            List<Analytics.CheckStats> checks = failing.entrySet().stream()
                    .map(e -> new Analytics.CheckStats(e.getKey(), titles.get(e.getKey()), e.getValue(),
                            Math.round(1000.0 * e.getValue() / students) / 1000.0))
                    .sorted(Comparator.comparingInt(Analytics.CheckStats::failing).reversed())
                    .toList();
            double average = students == 0 ? 0 : Math.round(100 * scores / students) / 100.0;
            stats.add(new Analytics.ExerciseStats(exercise, students, average, max, checks));
        }
        return new Analytics(course.getSlug(), stats);
    }
}
