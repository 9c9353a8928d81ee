package dev.heapgrader.submission;

import dev.heapgrader.api.TokenKind;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseRepository;
import dev.heapgrader.course.ExerciseDeadline;
import dev.heapgrader.course.LatePolicy;
import dev.heapgrader.course.ScorePolicy;
import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.member.Extension;
import dev.heapgrader.member.ExtensionRepository;
import dev.heapgrader.member.Member;
import dev.heapgrader.member.MemberRepository;
import dev.heapgrader.member.Role;
import dev.heapgrader.token.ApiToken;
import dev.heapgrader.token.ApiTokenRepository;
import jakarta.persistence.EntityManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service's tables on every supported database: V2 applied, course settings and offered exercises round-trip,
 * members and extensions, tokens stored by hash with their scope checked by the database, submissions with several
 * grade rows, and the uniqueness rules (member name per course, idempotency key per token). Each test rolls back;
 * slugs are unique per run anyway, since the PostgreSQL test database persists.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
abstract class ServiceRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:15.123456Z");

    @Autowired CourseRepository courses;
    @Autowired MemberRepository members;
    @Autowired ExtensionRepository extensions;
    @Autowired ApiTokenRepository tokens;
    @Autowired SubmissionRepository submissions;
    @Autowired GradeRepository grades;
    @Autowired EntityManager entityManager;
    @Autowired JdbcTemplate jdbc;
    @Autowired Flyway flyway;

    private Course course;
    private Member student;
    private ApiToken token;

    @BeforeEach
    void course() {
        Course fresh = new Course("repo-" + UUID.randomUUID().toString().substring(0, 8), "Repo", PythonVersion.V3_13,
                NOW);
        fresh.setExercises(List.of(new ExerciseDeadline("cycles", NOW.plusSeconds(3600)),
                new ExerciseDeadline("refcount", null)));
        fresh.setLatePolicy(new LatePolicy(10, 40));
        fresh.setScorePolicy(ScorePolicy.LATEST);
        fresh.setMaxAttempts(3);
        course = courses.saveAndFlush(fresh);
        student = members.saveAndFlush(new Member(course.getId(), "sam", "Sam", Role.STUDENT, NOW));
        token = tokens.saveAndFlush(new ApiToken(TokenKind.STUDENT, course.getId(), student.getId(), "sam",
                UUID.randomUUID().toString().replace("-", ""), "hg_abc", NOW));
    }

    @Test
    void migrationV2IsApplied() {
        assertThat(flyway.info().applied()).extracting(info -> info.getVersion().getVersion()).contains("1", "2");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void courseSettingsAndExercisesRoundTrip() {
        entityManager.clear();
        Course found = courses.findBySlug(course.getSlug()).orElseThrow();

        assertThat(found.getExercises()).extracting(e -> e.getExerciseId()).containsExactly("cycles", "refcount");
        assertThat(found.findExercise("cycles").orElseThrow().getDeadline()).contains(NOW.plusSeconds(3600));
        assertThat(found.findExercise("refcount").orElseThrow().getDeadline()).isEmpty();
        assertThat(found.getLatePolicy()).isEqualTo(new LatePolicy(10, 40));
        assertThat(found.getScorePolicy()).isEqualTo(ScorePolicy.LATEST);
        assertThat(found.getMaxAttempts()).contains(3);
    }

    @Test
    void aMemberNameIsUniqueInItsCourse() {
        assertThatThrownBy(() -> members.saveAndFlush(new Member(course.getId(), "sam", "Other", Role.STUDENT, NOW)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void extensionsAreFoundByStudentAndExercise() {
        extensions.saveAndFlush(new Extension(student.getId(), "cycles", NOW.plusSeconds(86_400)));
        entityManager.clear();

        assertThat(extensions.findByMemberIdAndExerciseId(student.getId(), "cycles"))
                .get().extracting(Extension::getDeadline).isEqualTo(NOW.plusSeconds(86_400));
        assertThat(extensions.findByMemberIdAndExerciseId(student.getId(), "refcount")).isEmpty();
    }

    @Test
    void theDatabaseRejectsATokenWithTheWrongScope() {
        assertThatThrownBy(() -> tokens.saveAndFlush(new ApiToken(TokenKind.ADMIN, course.getId(), null, "bad",
                UUID.randomUUID().toString(), "hg_x", NOW))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aSubmissionKeepsEveryGradeInOrder() {
        Submission submission = submissions.saveAndFlush(new Submission(course.getId(), student.getId(), "cycles",
                "3.13", "print('é')\n", NOW, Origin.API, token.getId(), null));
        grades.saveAndFlush(new Grade(submission.getId(), NOW, "e1", "r1", 6, 10, "[]", null, new Lateness(2, 20)));
        grades.saveAndFlush(new Grade(submission.getId(), NOW.plusSeconds(5), "e2", "r2", 10, 10, "[]", "boom",
                Lateness.ON_TIME));
        entityManager.clear();

        List<Grade> history = grades.findBySubmissionIdOrderById(submission.getId());
        assertThat(history).extracting(Grade::getEngineVersion).containsExactly("e1", "e2");
        assertThat(history.get(0).getFinalScore()).isEqualTo(4.8);
        assertThat(history.get(0).getLateDays()).isEqualTo(2);
        assertThat(history.get(1).getError()).isEqualTo("boom");
        assertThat(grades.findAllOfCourse(course.getId())).hasSize(2);
        assertThat(submissions.findById(submission.getId()).orElseThrow().getSource()).isEqualTo("print('é')\n");
        assertThat(submissions.countByMemberIdAndExerciseId(student.getId(), "cycles")).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyIsUniquePerToken() {
        submissions.saveAndFlush(new Submission(course.getId(), student.getId(), "cycles", "3.13", "a", NOW,
                Origin.API, token.getId(), "key-1"));
        submissions.saveAndFlush(new Submission(course.getId(), student.getId(), "cycles", "3.13", "b", NOW,
                Origin.API, token.getId(), null));
        submissions.saveAndFlush(new Submission(course.getId(), student.getId(), "cycles", "3.13", "c", NOW,
                Origin.API, token.getId(), null));

        assertThat(submissions.findByTokenIdAndIdempotencyKey(token.getId(), "key-1")).isPresent();
        assertThatThrownBy(() -> submissions.saveAndFlush(new Submission(course.getId(), student.getId(), "cycles",
                "3.13", "d", NOW, Origin.API, token.getId(), "key-1")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void sixtyFourKibibytesOfSourceFit() {
        String source = "x".repeat(64 * 1024);
        Submission saved = submissions.saveAndFlush(new Submission(course.getId(), student.getId(), "refcount",
                "3.13", source, NOW, Origin.CI, token.getId(), null));
        entityManager.clear();

        assertThat(submissions.findById(saved.getId()).orElseThrow().getSource()).hasSize(64 * 1024);
    }
}
