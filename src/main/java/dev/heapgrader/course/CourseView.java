package dev.heapgrader.course;

import java.time.Instant;
import java.util.List;

/** A course as the API returns it. */
public record CourseView(String slug, String title, String pythonVersion, List<ExerciseDeadline> exercises,
                         LatePolicy latePolicy, ScorePolicy scorePolicy, Integer maxAttempts, Instant createdAt,
                         HiddenCheckVisibility hiddenChecks, Instant hiddenChecksReleasedAt) {

    static CourseView of(Course course) {
        List<ExerciseDeadline> exercises = course.getExercises().stream()
                .map(offered -> new ExerciseDeadline(offered.getExerciseId(), offered.getDeadline().orElse(null)))
                .toList();
        return new CourseView(course.getSlug(), course.getTitle(), course.getPythonVersion().label(), exercises,
                course.getLatePolicy(), course.getScorePolicy(), course.getMaxAttempts().orElse(null),
                course.getCreatedAt(), course.getHiddenChecks(), course.getHiddenChecksReleasedAt().orElse(null));
    }
}
