package dev.heapgrader.submission;

import dev.heapgrader.audit.AuditAction;
import dev.heapgrader.audit.AuditLog;
import dev.heapgrader.course.Course;
import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.GradedAnswer;
import dev.heapgrader.member.Member;
import dev.heapgrader.member.MemberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Regrades every submission of a course (after an engine or rubric update, or a change of deadlines or late
 * policy): each submission is graded again under the CPython version it was submitted for, its lateness is
 * computed again from today's deadlines and extensions, and a new grade row is added; the old rows stay. Grading
 * runs outside the transaction; all new rows are inserted in one transaction, so a regrade is all or nothing.
 */
@Service
public class RegradeService {

    private final SubmissionQueries queries;
    private final MemberService members;
    private final ExerciseGrading grading;
    private final GradeRecorder recorder;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final CountedSubmissions counted;

    RegradeService(SubmissionQueries queries, MemberService members, ExerciseGrading grading, GradeRecorder recorder,
                   TransactionTemplate transaction, AuditLog audit, CountedSubmissions counted) {
        this.audit = audit;
        this.counted = counted;
        this.queries = queries;
        this.members = members;
        this.grading = grading;
        this.recorder = recorder;
        this.transaction = transaction;
    }

    private record Pending(GradedSubmission old, GradedAnswer answer, Lateness lateness) {
    }

    public RegradeReport regrade(Course course) {
        Map<Long, Member> byId = members.list(course.getId()).stream()
                .collect(Collectors.toMap(Member::getId, Function.identity()));
        List<Pending> pending = new ArrayList<>();
        for (GradedSubmission entry : queries.gradedSubmissions(course.getId())) {
            Submission submission = entry.submission();
            if (grading.find(submission.getExerciseId()).isEmpty()) {
                continue;
            }
            PythonVersion version = PythonVersion.parse(submission.getPythonVersion())
                    .orElse(course.getPythonVersion());
            GradedAnswer answer = grading.grade(submission.getExerciseId(), submission.getSource(), version);
            Lateness lateness = Lateness.of(submission.getReceivedAt(),
                    members.deadlineFor(course, submission.getMemberId(), submission.getExerciseId()),
                    course.getLatePolicy());
            pending.add(new Pending(entry, answer, lateness));
        }
        List<RegradeReport.Change> changes = transaction.execute(status -> {
            List<RegradeReport.Change> changed = new ArrayList<>();
            for (Pending item : pending) {
                Grade fresh = recorder.record(item.old().submission(), item.answer(), item.lateness());
                double before = item.old().grade().getFinalScore();
                if (Double.compare(before, fresh.getFinalScore()) != 0) {
                    Submission submission = item.old().submission();
                    changed.add(new RegradeReport.Change(submission.getId(),
                            byId.get(submission.getMemberId()).getName(), submission.getExerciseId(), before,
                            fresh.getFinalScore()));
                }
            }
            // new current grades can change which submission counts
            counted.rebuild(course.getId());
            audit.record(course.getId(), AuditAction.REGRADE, course.getSlug(), pending.size()
                    + " submissions regraded, " + changed.size() + " scores changed; engine "
                    + grading.engineVersion() + ", rubric " + grading.rubricVersion());
            return changed;
        });
        return new RegradeReport(course.getSlug(), pending.size(), changes.size(), grading.engineVersion(),
                grading.rubricVersion(), changes);
    }
}
