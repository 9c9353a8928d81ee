package dev.heapgrader.submission;

import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.Caller;
import dev.heapgrader.api.TokenKind;
import dev.heapgrader.course.Course;
import dev.heapgrader.exercise.CheckOutcome;
import dev.heapgrader.member.Member;
import dev.heapgrader.member.MemberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads submissions with the right visibility: an instructor (or administrator) sees all of a course, a student
 * only their own, and another student's submission is "not found" (404), so ids do not leak. CI tokens submit but
 * do not read.
 */
@Service
public class SubmissionQueries {

    private final SubmissionRepository submissions;
    private final GradeRepository grades;
    private final MemberService members;
    private final SubmissionViews views;
    private final HiddenCheckDisclosure disclosure;

    SubmissionQueries(SubmissionRepository submissions, GradeRepository grades, MemberService members,
                      SubmissionViews views, HiddenCheckDisclosure disclosure) {
        this.submissions = submissions;
        this.grades = grades;
        this.members = members;
        this.views = views;
        this.disclosure = disclosure;
    }

    @Transactional(readOnly = true)
    public SubmissionView read(Course course, Caller caller, long id) {
        refuseCi(caller);
        Submission submission = submissions.findById(id)
                .filter(found -> found.getCourseId() == course.getId())
                .filter(found -> caller.manages(course.getId()) || caller.memberId() == found.getMemberId())
                .orElseThrow(() -> ApiException.notFound("submission", Long.toString(id)));
        Member student = members.find(submission.getMemberId()).orElseThrow();
        return views.detail(submission, course, student)
                .forCaller(disclosure.reveals(course, caller, student.getId(), submission.getExerciseId()));
    }

    /** The caller's view of the course's submissions, newest last, optionally for one student and/or exercise. */
    @Transactional(readOnly = true)
    public List<SubmissionView> list(Course course, Caller caller, String studentName, String exercise) {
        refuseCi(caller);
        Map<Long, Member> byId = members.list(course.getId()).stream()
                .collect(Collectors.toMap(Member::getId, Function.identity()));
        List<GradedSubmission> graded;
        if (caller.manages(course.getId())) {
            graded = gradedSubmissions(course.getId());
        } else {
            Member self = byId.get(caller.memberId());
            if (studentName != null && !studentName.equals(self.getName())) {
                throw ApiException.forbidden("a student sees only their own submissions");
            }
            graded = gradedSubmissions(course.getId()).stream()
                    .filter(entry -> entry.submission().getMemberId() == self.getId()).toList();
        }
        return graded.stream()
                .filter(entry -> studentName == null
                        || studentName.equals(byId.get(entry.submission().getMemberId()).getName()))
                .filter(entry -> exercise == null || exercise.equals(entry.submission().getExerciseId()))
                .map(entry -> views.of(entry.submission(), entry.grade(), course,
                        byId.get(entry.submission().getMemberId()), false)
                        .forCaller(disclosure.reveals(course, caller, entry.submission().getMemberId(),
                                entry.submission().getExerciseId())))
                .toList();
    }

    /** Every submission of a course with its current grade, in the order received. */
    @Transactional(readOnly = true)
    public List<GradedSubmission> gradedSubmissions(long courseId) {
        Map<Long, Grade> current = new HashMap<>();
        for (Grade grade : grades.findAllOfCourse(courseId)) {
            current.put(grade.getSubmissionId(), grade);
        }
        return submissions.findByCourseIdOrderById(courseId).stream()
                .filter(submission -> current.containsKey(submission.getId()))
                .map(submission -> new GradedSubmission(submission, current.get(submission.getId())))
                .toList();
    }

    /** The checks of a stored grade. */
    public List<CheckOutcome> checks(Grade grade) {
        return views.grade(grade).checks();
    }

    private static void refuseCi(Caller caller) {
        if (caller.kind() == TokenKind.CI) {
            throw ApiException.forbidden("CI tokens submit answers; reading them is for students and instructors");
        }
    }
}
