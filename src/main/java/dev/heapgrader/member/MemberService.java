package dev.heapgrader.member;

import dev.heapgrader.audit.AuditAction;
import dev.heapgrader.audit.AuditLog;
import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.TokenKind;
import dev.heapgrader.course.Course;
import dev.heapgrader.token.IssuedToken;
import dev.heapgrader.token.TokenService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Adds members with their token, finds them by name, and keeps per-student deadline extensions. */
@Service
public class MemberService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final MemberRepository members;
    private final ExtensionRepository extensions;
    private final TokenService tokens;
    private final Clock clock;
    private final AuditLog audit;

    MemberService(MemberRepository members, ExtensionRepository extensions, TokenService tokens, Clock clock,
                  AuditLog audit) {
        this.members = members;
        this.extensions = extensions;
        this.tokens = tokens;
        this.clock = clock;
        this.audit = audit;
    }

    /** A new member and their token, in one transaction: a member never exists without a way to log in. */
    @Transactional
    public AddedMember add(Course course, String name, String displayName, Role role) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ApiException.badRequest("name must be 1 to 64 letters, digits, dots, dashes or underscores");
        }
        if (role == null) {
            throw ApiException.badRequest("role must be INSTRUCTOR or STUDENT");
        }
        if (members.findByCourseIdAndName(course.getId(), name).isPresent()) {
            throw ApiException.conflict("Member exists", "'" + name + "' is already a member of " + course.getSlug());
        }
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        Member member = members.saveAndFlush(new Member(course.getId(), name, shown, role, clock.instant()));
        TokenKind kind = role == Role.INSTRUCTOR ? TokenKind.INSTRUCTOR : TokenKind.STUDENT;
        audit.record(course.getId(), AuditAction.MEMBER_ADDED, name, "role " + role);
        IssuedToken token = tokens.issue(kind, course.getId(), member.getId(), name + " in " + course.getSlug());
        return new AddedMember(MemberView.of(member), token.token());
    }

    @Transactional(readOnly = true)
    public List<Member> list(long courseId) {
        return members.findByCourseIdOrderByName(courseId);
    }

    @Transactional(readOnly = true)
    public List<Member> students(long courseId) {
        return members.findByCourseIdAndRoleOrderByName(courseId, Role.STUDENT);
    }

    @Transactional(readOnly = true)
    public Optional<Member> find(long courseId, String name) {
        return members.findByCourseIdAndName(courseId, name);
    }

    @Transactional(readOnly = true)
    public Optional<Member> find(long memberId) {
        return members.findById(memberId);
    }

    /** The deadline that applies to this student for this exercise: their extension if any, else the course's. */
    @Transactional(readOnly = true)
    public Optional<Instant> deadlineFor(Course course, long memberId, String exerciseId) {
        Optional<Instant> extended = extensions.findByMemberIdAndExerciseId(memberId, exerciseId)
                .map(Extension::getDeadline);
        if (extended.isPresent()) {
            return extended;
        }
        return course.findExercise(exerciseId).flatMap(offered -> offered.getDeadline());
    }

    @Transactional
    public Extension extend(Course course, String memberName, String exerciseId, Instant deadline) {
        Member member = find(course.getId(), memberName)
                .orElseThrow(() -> ApiException.notFound("member", memberName));
        if (member.getRole() != Role.STUDENT) {
            throw ApiException.badRequest("extensions are for students");
        }
        if (course.findExercise(exerciseId).isEmpty()) {
            throw ApiException.notFound("exercise", exerciseId);
        }
        if (deadline == null) {
            throw ApiException.badRequest("deadline is required (ISO-8601, e.g. 2026-05-01T23:59:00Z)");
        }
        Extension extension = extensions.findByMemberIdAndExerciseId(member.getId(), exerciseId)
                .orElseGet(() -> new Extension(member.getId(), exerciseId, deadline));
        extension.setDeadline(deadline);
        audit.record(course.getId(), AuditAction.EXTENSION_GRANTED, memberName,
                "exercise " + exerciseId + ", deadline " + deadline);
        return extensions.save(extension);
    }
}
