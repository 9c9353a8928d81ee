package dev.heapgrader.submission;

import dev.heapgrader.course.Course;
import dev.heapgrader.exercise.CheckOutcome;
import dev.heapgrader.member.Member;
import org.springframework.stereotype.Component;

import java.util.List;

/** Builds the API's {@link SubmissionView}s and {@link GradeView}s from stored rows. */
@Component
class SubmissionViews {

    private final GradeRepository grades;
    private final GradeRecorder recorder;

    SubmissionViews(GradeRepository grades, GradeRecorder recorder) {
        this.grades = grades;
        this.recorder = recorder;
    }

    GradeView grade(Grade grade) {
        return grade(grade, recorder.checks(grade));
    }

    private static GradeView grade(Grade grade, List<CheckOutcome> checks) {
        return new GradeView(grade.getId(), grade.getScore(), grade.getMaxScore(), grade.getLateDays(),
                grade.getPenaltyPercent(), grade.getFinalScore(), checks, grade.getError(), grade.getEngineVersion(),
                grade.getRubricVersion(), grade.getGradedAt());
    }

    /** A submission with the given grade, without source or history (lists, new submissions). */
    SubmissionView of(Submission submission, Grade grade, Course course, Member student, boolean withSource) {
        return of(submission, grade(grade), course, student, withSource);
    }

    /** A submission just stored with its grade, whose checks the caller still holds (nothing parsed back). */
    SubmissionView of(Submission submission, Grade grade, List<CheckOutcome> checks, Course course, Member student) {
        return of(submission, grade(grade, checks), course, student, false);
    }

    private static SubmissionView of(Submission submission, GradeView grade, Course course, Member student,
                                     boolean withSource) {
        return new SubmissionView(submission.getId(), course.getSlug(), student.getName(),
                submission.getExerciseId(), submission.getPythonVersion(), submission.getOrigin(),
                submission.getReceivedAt(), submission.getIdempotencyKey().orElse(null), grade,
                withSource ? submission.getSource() : null, null);
    }

    /** A submission with its first grade: exactly what its first request was answered (idempotent replays). */
    SubmissionView firstAnswer(Submission submission, Course course, Member student) {
        List<Grade> all = grades.findBySubmissionIdOrderById(submission.getId());
        return of(submission, all.get(0), course, student, false);
    }

    /** A submission with its source, its current grade and the history of all its grades. */
    SubmissionView detail(Submission submission, Course course, Member student) {
        List<Grade> all = grades.findBySubmissionIdOrderById(submission.getId());
        List<GradeView> history = all.stream().map(this::grade).toList();
        return new SubmissionView(submission.getId(), course.getSlug(), student.getName(),
                submission.getExerciseId(), submission.getPythonVersion(), submission.getOrigin(),
                submission.getReceivedAt(), submission.getIdempotencyKey().orElse(null),
                history.get(history.size() - 1), submission.getSource(), history);
    }
}
