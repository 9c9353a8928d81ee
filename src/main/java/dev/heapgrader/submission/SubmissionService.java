package dev.heapgrader.submission;

import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.Caller;
import dev.heapgrader.api.ShortLivedCache;
import dev.heapgrader.api.TokenKind;
import dev.heapgrader.course.Course;
import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.GradedAnswer;
import dev.heapgrader.member.Member;
import dev.heapgrader.member.MemberService;
import dev.heapgrader.member.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Receives one answer and stores it graded. In order: who the student is (a student submits their own work, a CI
 * token names the student), the exercise and the source (64 KiB at most), a replay of a known
 * {@code Idempotency-Key}, the attempt cap, and a student this instance already knows to be over the rate limit;
 * then the answer is graded outside any transaction (grading is pure and may take a while), and everything else
 * happens in one transaction that first locks the student's row: the rules are checked again on what the database
 * holds (cap, rate limit, key), and the submission, its grade and its gradebook cell are written. Concurrent
 * submissions of one student, on any instance, are so stored one after another and each check sees them all.
 */
@Service
public class SubmissionService {

    /** The largest source accepted, in bytes of UTF-8. */
    public static final int MAX_SOURCE_BYTES = 64 * 1024;

    private static final int MAX_KEY_LENGTH = 200;

    private final SubmissionRepository submissions;
    private final JdbcTemplate jdbc;
    private final MemberService members;
    private final ExerciseGrading grading;
    private final GradeRecorder recorder;
    private final GradingMetrics metrics;
    private final SubmissionRateLimiter limiter;
    private final TransactionTemplate transaction;
    private final SubmissionViews views;
    private final HiddenCheckDisclosure disclosure;
    private final Clock clock;
    private final CountedSubmissions counted;
    /**
     * Students by member id, for their own submissions: a member row never changes once added (and is never
     * deleted), so keeping it is safe; the minute only bounds how long an idle student stays in memory.
     */
    private final ShortLivedCache<Long, Member> students = new ShortLivedCache<>(Duration.ofMinutes(1), 100_000,
            System::nanoTime);

    SubmissionService(SubmissionRepository submissions, JdbcTemplate jdbc,
                      MemberService members, ExerciseGrading grading, GradeRecorder recorder,
                      GradingMetrics metrics, SubmissionRateLimiter limiter, TransactionTemplate transaction,
                      SubmissionViews views, HiddenCheckDisclosure disclosure, Clock clock,
                      CountedSubmissions counted) {
        this.submissions = submissions;
        this.jdbc = jdbc;
        this.members = members;
        this.grading = grading;
        this.recorder = recorder;
        this.metrics = metrics;
        this.limiter = limiter;
        this.transaction = transaction;
        this.views = views;
        this.disclosure = disclosure;
        this.clock = clock;
        this.counted = counted;
    }

    /**
     * The stored submission as first answered (hidden checks withheld unless the caller manages the course), and
     * whether this request was a replay of an earlier one.
     */
    public record Outcome(SubmissionView view, boolean replayed) {
    }

    public Outcome submit(Course course, Caller caller, SubmitRequest request, String idempotencyKey) {
        Origin origin = caller.kind() == TokenKind.CI ? Origin.CI : Origin.API;
        return shownToCaller(course, caller, submitAndStore(course, caller, request, idempotencyKey, origin));
    }

    /** A stored (or replayed) submission, its student, and the student's deadline for it when it is known. */
    private record Stored(Outcome full, Member student, Optional<Instant> deadline) {
    }

    /** The same as {@link #submit}, for an answer sent from the exercise page (stored with origin WEB). */
    public Outcome submitFromPage(Course course, Caller caller, SubmitRequest request) {
        return shownToCaller(course, caller, submitAndStore(course, caller, request, null, Origin.WEB));
    }

    private Outcome shownToCaller(Course course, Caller caller, Stored stored) {
        Outcome full = stored.full();
        Optional<Instant> deadline = stored.deadline() != null ? stored.deadline()
                : members.deadlineFor(course, stored.student().getId(), full.view().exercise());
        boolean reveal = disclosure.reveals(course, caller, deadline);
        return new Outcome(full.view().forCaller(reveal), full.replayed());
    }

    private Stored submitAndStore(Course course, Caller caller, SubmitRequest request, String idempotencyKey,
                                   Origin origin) {
        Instant received = clock.instant();
        if (request == null) {
            throw ApiException.badRequest("send a JSON body with 'exercise' and 'source'");
        }
        Member student = studentFor(course, caller, request.student());
        String key = checkedKey(idempotencyKey);
        Optional<Outcome> replay = replay(course, caller, key, student, request);
        if (replay.isPresent()) {
            return new Stored(replay.get(), student, null);
        }
        String exercise = request.exercise();
        if (exercise == null || exercise.isBlank()) {
            throw ApiException.badRequest("'exercise' is required");
        }
        if (course.findExercise(exercise).isEmpty() || grading.find(exercise).isEmpty()) {
            throw ApiException.notFound("exercise", exercise);
        }
        if (request.source() == null) {
            throw ApiException.badRequest("'source' is required");
        }
        int bytes = request.source().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SOURCE_BYTES) {
            metrics.rejected(exercise, "too_large");
            throw ApiException.tooLarge("the source is " + bytes + " bytes of UTF-8; the limit is "
                    + MAX_SOURCE_BYTES);
        }
        checkAttempts(course, student, exercise);
        boolean limited = caller.kind() == TokenKind.STUDENT;
        if (limited) {
            refuseIfRateLimited(exercise, () -> limiter.refuseIfKnownFull(student.getId(), received));
        }
        PythonVersion version = course.getPythonVersion();
        GradedAnswer answer = metrics.timeGrading(() -> grading.grade(exercise, request.source(), version));
        Stored stored;
        try {
            stored = transaction.execute(status -> store(course, caller, student, exercise, request.source(),
                    version, received, origin, key, answer, limited));
        } catch (DataIntegrityViolationException raced) {
            // Two requests with the same key from the same token, for different students, raced past the check.
            stored = new Stored(replay(course, caller, key, student, request).orElseThrow(() -> raced), student, null);
        }
        Outcome outcome = stored.full();
        if (!outcome.replayed()) {
            metrics.stored(exercise, outcome.view().grade().finalScore(), outcome.view().grade().maxScore(),
                    answer.internalError());
        }
        return stored;
    }

    /**
     * Stores the graded answer in one transaction of four statements on the common path: the student's row lock
     * (which orders one student's submissions across instances), one read of everything the rules need
     * ({@link StoreChecks}: rate window, attempts, extension, an earlier submission under the same key), the
     * submission, its grade, and its gradebook cell; then the rules are checked again on what was read.
     */
    private Stored store(Course course, Caller caller, Member student, String exercise, String source,
                          PythonVersion version, Instant received, Origin origin, String key, GradedAnswer answer,
                          boolean limited) {
        jdbc.queryForList("SELECT id FROM member WHERE id = ? FOR UPDATE", Long.class, student.getId());
        StoreChecks checks = StoreChecks.read(jdbc, student.getId(), exercise, limiter.windowStart(received),
                caller.tokenId(), key);
        if (checks.earlierSubmissionId().isPresent()) {
            Submission earlier = submissions.findById(checks.earlierSubmissionId().get()).orElseThrow();
            return new Stored(new Outcome(views.firstAnswer(earlier, course, student), true), student, null);
        }
        refuseOverCap(course, student, exercise, checks.attempts());
        if (limited) {
            refuseIfRateLimited(exercise, () -> limiter.admit(student.getId(), received, checks.usedInWindow()));
        }
        Submission submission = submissions.save(new Submission(course.getId(), student.getId(), exercise,
                version.label(), source, received, origin, caller.tokenId(), key));
        Optional<Instant> deadline = checks.extendedDeadline().isPresent() ? checks.extendedDeadline()
                : course.findExercise(exercise).flatMap(offered -> offered.getDeadline());
        Lateness lateness = Lateness.of(received, deadline, course.getLatePolicy());
        Grade grade = recorder.record(submission, answer, lateness);
        counted.record(CountedSubmissions.Attempt.of(submission, grade), checks.hasCell());
        return new Stored(new Outcome(views.of(submission, grade, answer.checks(), course, student), false), student,
                deadline);
    }

    private void refuseIfRateLimited(String exercise, Runnable check) {
        try {
            check.run();
        } catch (ApiException limited) {
            metrics.rejected(exercise, "rate_limited");
            throw limited;
        }
    }

    /** Before grading, when the course caps attempts: one primary-key read of the student's gradebook cell. */
    private void checkAttempts(Course course, Member student, String exercise) {
        if (course.getMaxAttempts().isPresent()) {
            refuseOverCap(course, student, exercise, counted.attempts(student.getId(), exercise));
        }
    }

    private void refuseOverCap(Course course, Member student, String exercise, int attempts) {
        Optional<Integer> cap = course.getMaxAttempts();
        if (cap.isPresent() && attempts >= cap.get()) {
            metrics.rejected(exercise, "attempts_exhausted");
            throw ApiException.conflict("Attempts exhausted", student.getName() + " has used all " + cap.get()
                    + " attempts at '" + exercise + "'");
        }
    }

    private Optional<Outcome> replay(Course course, Caller caller, String key, Member student, SubmitRequest request) {
        if (key == null) {
            return Optional.empty();
        }
        return submissions.findByTokenIdAndIdempotencyKey(caller.tokenId(), key).map(earlier -> {
            boolean same = earlier.getMemberId() == student.getId()
                    && earlier.getExerciseId().equals(request.exercise())
                    && earlier.getSource().equals(request.source());
            if (!same) {
                throw ApiException.conflict("Idempotency key reused", "the Idempotency-Key '" + key
                        + "' was already used for a different submission");
            }
            return new Outcome(views.firstAnswer(earlier, course, student), true);
        });
    }

    private Member studentFor(Course course, Caller caller, String named) {
        if (caller.kind() == TokenKind.STUDENT) {
            Member self = students.find(caller.memberId()).orElseGet(() -> {
                Member found = members.find(caller.memberId()).orElseThrow(
                        () -> ApiException.unauthorized("the token's member no longer exists"));
                students.remember(found.getId(), found, 0);
                return found;
            });
            if (named != null && !named.equals(self.getName())) {
                throw ApiException.forbidden("a student submits only their own work");
            }
            return self;
        }
        if (caller.kind() == TokenKind.CI) {
            if (named == null || named.isBlank()) {
                throw ApiException.badRequest("a CI token must name the 'student' it submits for");
            }
            Member student = members.find(course.getId(), named)
                    .orElseThrow(() -> ApiException.notFound("student", named));
            if (student.getRole() != Role.STUDENT) {
                throw ApiException.badRequest("'" + named + "' is not a student of " + course.getSlug());
            }
            return student;
        }
        throw ApiException.forbidden("submissions come from a student's token or the course's CI token");
    }

    private static String checkedKey(String key) {
        if (key == null) {
            return null;
        }
        String trimmed = key.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_KEY_LENGTH) {
            throw ApiException.badRequest("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return trimmed;
    }
}
