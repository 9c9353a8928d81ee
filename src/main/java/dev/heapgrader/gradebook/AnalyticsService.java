package dev.heapgrader.gradebook;

import dev.heapgrader.course.Course;
import dev.heapgrader.course.OfferedExercise;
import dev.heapgrader.exercise.CheckOutcome;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import dev.heapgrader.submission.CountedSubmissions;
import dev.heapgrader.submission.GradedSubmission;
import dev.heapgrader.submission.SubmissionQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Computes {@link Analytics} from each student's counted submission per exercise (the same one the gradebook
 * counts), so a student who fixed a mistake no longer counts as failing that check. The API's analytics read only
 * the counted submissions' distinct check results from the database ({@link CountedSubmissions#checkResults}); the
 * statistics page still reads every attempt, since it charts scores by attempt.
 */
@Service
public class AnalyticsService {

    private final SubmissionQueries submissions;
    private final CountedSubmissions counted;
    private final ExerciseGrading grading;

    AnalyticsService(SubmissionQueries submissions, CountedSubmissions counted, ExerciseGrading grading) {
        this.submissions = submissions;
        this.counted = counted;
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
        Map<String, List<CountedSubmissions.CheckResults>> byExercise = counted
                .checkResults(course.getId(), course.getScorePolicy()).stream()
                .collect(Collectors.groupingBy(CountedSubmissions.CheckResults::exerciseId));
        List<Analytics.ExerciseStats> stats = new ArrayList<>();
        for (OfferedExercise offered : course.getExercises()) {
            String exercise = offered.getExerciseId();
            double max = grading.find(exercise).map(ExerciseInfo::maxPoints).orElse(0.0);
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, Integer> failing = new LinkedHashMap<>();
            double scores = 0;
            int students = 0;
            for (CountedSubmissions.CheckResults results : byExercise.getOrDefault(exercise, List.of())) {
                scores += results.scoreSum();
                students += results.students();
                for (CheckOutcome check : results.checks()) {
                    titles.putIfAbsent(check.id(), check.title());
                    failing.merge(check.id(), check.passed() ? 0 : results.students(), Integer::sum);
                }
            }
            int counted = students;
            List<Analytics.CheckStats> checks = failing.entrySet().stream()
                    .map(e -> new Analytics.CheckStats(e.getKey(), titles.get(e.getKey()), e.getValue(),
                            Math.round(1000.0 * e.getValue() / counted) / 1000.0))
                    .sorted(Comparator.comparingInt(Analytics.CheckStats::failing).reversed())
                    .toList();
            double average = students == 0 ? 0 : Math.round(100 * scores / students) / 100.0;
            stats.add(new Analytics.ExerciseStats(exercise, students, average, max, checks));
        }
        return new Analytics(course.getSlug(), stats);
    }
}
