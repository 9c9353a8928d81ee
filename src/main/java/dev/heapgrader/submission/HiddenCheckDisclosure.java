package dev.heapgrader.submission;

import dev.heapgrader.api.Caller;
import dev.heapgrader.course.Course;
import dev.heapgrader.member.MemberService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a caller sees the results of a submission's hidden checks: an instructor always; anyone else
 * (the student, a CI token) as the course's {@link dev.heapgrader.course.HiddenCheckVisibility} says, judged with
 * the student's own deadline for the exercise, extensions included. The API and the pages both ask here.
 */
@Component
public class HiddenCheckDisclosure {

    private final MemberService members;
    private final Clock clock;

    HiddenCheckDisclosure(MemberService members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    public boolean reveals(Course course, Caller caller, long studentId, String exercise) {
        return caller.manages(course.getId())
                || course.revealsHiddenChecks(members.deadlineFor(course, studentId, exercise), clock.instant());
    }

    /** As {@link #reveals(Course, Caller, long, String)}, with the student's deadline already known. */
    boolean reveals(Course course, Caller caller, Optional<Instant> studentDeadline) {
        return caller.manages(course.getId()) || course.revealsHiddenChecks(studentDeadline, clock.instant());
    }
}
