package dev.heapgrader.gradebook;

import dev.heapgrader.course.ScorePolicy;
import dev.heapgrader.exercise.CheckOutcome;
import dev.heapgrader.submission.GradedSubmission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes one exercise's {@link ExerciseStatistics} from every student's attempts, in the order received. The
 * counted submission is {@link GradebookService#counted}'s, so these numbers agree with the gradebook.
 */
final class ScoreStatistics {

    static final int BINS = 10;
    static final int EXAMPLES = 3;

    private ScoreStatistics() {
    }

    static ExerciseStatistics of(String exercise, double maxScore, Collection<List<GradedSubmission>> byStudent,
                                 ScorePolicy policy, Function<GradedSubmission, List<CheckOutcome>> checks) {
        List<GradedSubmission> counted = byStudent.stream()
                .map(attempts -> GradebookService.counted(attempts, policy))
                .flatMap(Optional::stream)
                .toList();
        List<Double> scores = counted.stream().map(entry -> entry.grade().getFinalScore()).sorted().toList();
        int students = scores.size();
        double mean = students == 0 ? 0 : scores.stream().mapToDouble(Double::doubleValue).sum() / students;
        double median = students == 0 ? 0 : students % 2 == 1 ? scores.get(students / 2)
                : (scores.get(students / 2 - 1) + scores.get(students / 2)) / 2;
        long perfect = scores.stream().filter(score -> maxScore > 0 && score >= maxScore).count();
        double attempts = byStudent.stream().mapToInt(List::size).filter(n -> n > 0).average().orElse(0);
        return new ExerciseStatistics(exercise, maxScore, students, round(mean), round(median),
                share(perfect, students), round(attempts), histogram(scores, maxScore), byAttempt(byStudent),
                failures(counted, checks));
    }

    private static List<ExerciseStatistics.Bin> histogram(List<Double> scores, double maxScore) {
        List<ExerciseStatistics.Bin> bins = new ArrayList<>();
        double width = maxScore > 0 ? maxScore / BINS : 1;
        int[] counts = new int[BINS];
        for (double score : scores) {
            counts[(int) Math.max(0, Math.min(BINS - 1, Math.floor(score / width)))]++;
        }
        for (int i = 0; i < BINS; i++) {
            bins.add(new ExerciseStatistics.Bin(round(i * width), round((i + 1) * width), counts[i]));
        }
        return bins;
    }

    private static List<ExerciseStatistics.AttemptScore> byAttempt(Collection<List<GradedSubmission>> byStudent) {
        Map<Integer, List<Double>> scores = new LinkedHashMap<>();
        for (List<GradedSubmission> attempts : byStudent) {
            for (int i = 0; i < attempts.size(); i++) {
                scores.computeIfAbsent(i + 1, n -> new ArrayList<>()).add(attempts.get(i).grade().getFinalScore());
            }
        }
        return scores.entrySet().stream()
                .map(e -> new ExerciseStatistics.AttemptScore(e.getKey(), e.getValue().size(),
                        round(e.getValue().stream().mapToDouble(Double::doubleValue).average().orElse(0))))
                .toList();
    }

    private static List<ExerciseStatistics.CheckFailures> failures(
            List<GradedSubmission> counted, Function<GradedSubmission, List<CheckOutcome>> checks) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<Long>> failing = new LinkedHashMap<>();
        for (GradedSubmission entry : counted) {
            for (CheckOutcome check : checks.apply(entry)) {
                titles.putIfAbsent(check.id(), check.title());
                List<Long> ids = failing.computeIfAbsent(check.id(), id -> new ArrayList<>());
                if (!check.passed()) {
                    ids.add(entry.submission().getId());
                }
            }
        }
        return failing.entrySet().stream()
                .map(e -> new ExerciseStatistics.CheckFailures(e.getKey(), titles.get(e.getKey()), e.getValue().size(),
                        share(e.getValue().size(), counted.size()),
                        e.getValue().stream().limit(EXAMPLES).toList()))
                .sorted(Comparator.comparingInt(ExerciseStatistics.CheckFailures::failing).reversed())
                .toList();
    }

    private static double share(long part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
