package dev.heapgrader.submission;

import dev.heapgrader.course.ScorePolicy;
import dev.heapgrader.exercise.CheckOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which submission counts, per student and exercise, kept in the {@code gradebook_cell} table (migration V3_19) so
 * that the gradebook and analytics read one row per student and exercise instead of every submission: at 10,000
 * students x 5 exercises x 20 attempts that is 50,000 rows against 10^6 submissions with their sources and checks
 * (docs/performance.md, "Gradebook at scale").
 *
 * <p>A cell holds the attempts and both candidates: the best (highest current final score, the earliest of equal
 * ones) and the latest (last received, the highest id of equal times), the rule of {@code GradebookService.counted};
 * a course's {@link ScorePolicy} picks one when reading, so changing the policy needs no rebuild. Storing a
 * submission updates its cell in the same transaction, under the student's row lock that already orders one
 * student's submissions ({@link #record}); a regrade changes current grades, so it rebuilds the course's cells from
 * the submissions ({@link #rebuild}) after locking the course's member rows. Portable SQL, the same on PostgreSQL
 * and H2.
 */
@Component
public class CountedSubmissions {

    private static final TypeReference<List<CheckOutcome>> CHECKS = new TypeReference<>() {
    };

    private static final String COLUMNS = "course_id, member_id, exercise_id, attempts, best_submission_id,"
            + " best_grade_id, best_final_score, best_late_days, best_penalty_percent, latest_submission_id,"
            + " latest_grade_id, latest_received_at, latest_final_score, latest_late_days, latest_penalty_percent";

    /**
     * A course's cells computed from its submissions, as migration V3_19 computes every course's. The current grade
     * of a submission is its newest grade row.
     */
    private static final String CELLS_OF_COURSE = """
            SELECT best.course_id, best.member_id, best.exercise_id, best.attempts,
                   best.submission_id, best.grade_id, best.final_score, best.late_days, best.penalty_percent,
                   latest.submission_id, latest.grade_id, latest.received_at, latest.final_score, latest.late_days,
                   latest.penalty_percent
            FROM (SELECT s.course_id, s.member_id, s.exercise_id, s.id AS submission_id, g.id AS grade_id,
                         g.final_score, g.late_days, g.penalty_percent,
                         COUNT(*) OVER (PARTITION BY s.member_id, s.exercise_id) AS attempts,
                         ROW_NUMBER() OVER (PARTITION BY s.member_id, s.exercise_id
                                            ORDER BY g.final_score DESC, s.id) AS best_place
                  FROM submission s
                  JOIN grade g ON g.submission_id = s.id
                  WHERE s.course_id = ?
                    AND NOT EXISTS (SELECT 1 FROM grade newer WHERE newer.submission_id = g.submission_id
                                    AND newer.id > g.id)
                 ) best
            JOIN (SELECT s.member_id, s.exercise_id, s.id AS submission_id, s.received_at, g.id AS grade_id,
                         g.final_score, g.late_days, g.penalty_percent,
                         ROW_NUMBER() OVER (PARTITION BY s.member_id, s.exercise_id
                                            ORDER BY s.received_at DESC, s.id DESC) AS latest_place
                  FROM submission s
                  JOIN grade g ON g.submission_id = s.id
                  WHERE s.course_id = ?
                    AND NOT EXISTS (SELECT 1 FROM grade newer WHERE newer.submission_id = g.submission_id
                                    AND newer.id > g.id)
                 ) latest ON latest.member_id = best.member_id AND latest.exercise_id = best.exercise_id
                             AND latest.latest_place = 1
            WHERE best.best_place = 1
            """;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    CountedSubmissions(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One student's counted submission at one exercise, and how many graded attempts they made there. */
    public record Counted(long memberId, String exerciseId, int attempts, long submissionId, double finalScore,
                          int lateDays, int penaltyPercent) {
    }

    /**
     * The check results of counted submissions at one exercise: {@code students} counted submissions had exactly
     * these checks, and their final scores add up to {@code scoreSum}.
     */
    public record CheckResults(String exerciseId, List<CheckOutcome> checks, int students, double scoreSum) {
    }

    /** A submission just stored with its first grade, as its cell needs it. */
    record Attempt(long courseId, long memberId, String exerciseId, long submissionId, Instant receivedAt,
                   long gradeId, double finalScore, int lateDays, int penaltyPercent) {

        static Attempt of(Submission submission, Grade grade) {
            return new Attempt(submission.getCourseId(), submission.getMemberId(), submission.getExerciseId(),
                    submission.getId(), submission.getReceivedAt(), grade.getId(), grade.getFinalScore(),
                    grade.getLateDays(), grade.getPenaltyPercent());
        }
    }

    /**
     * Counts a newly stored submission in its cell: one statement once the cell exists. Runs in the storing
     * transaction, which holds the student's row lock, so no other attempt of the student changes the cell in
     * between (and no two first attempts both insert it). A new submission has the highest id of its cell: it becomes
     * the latest unless an earlier one was received later, and the best only with a strictly higher score. Every
     * {@code CASE} compares with the row as it was before the update, as SQL defines it.
     */
    void record(Attempt attempt) {
        record(attempt, true);
    }

    /**
     * As {@link #record(Attempt)}, when the caller already knows whether the cell exists (it read the attempts under
     * the same lock, {@link StoreChecks}): a first attempt inserts the cell at once, without the update that would
     * find no row.
     */
    void record(Attempt attempt, boolean cellExists) {
        Timestamp received = Timestamp.from(attempt.receivedAt());
        double score = attempt.finalScore();
        int updated = !cellExists ? 0 : jdbc.update("""
                UPDATE gradebook_cell SET attempts = attempts + 1,
                    best_submission_id = CASE WHEN ? > best_final_score THEN ? ELSE best_submission_id END,
                    best_grade_id = CASE WHEN ? > best_final_score THEN ? ELSE best_grade_id END,
                    best_late_days = CASE WHEN ? > best_final_score THEN ? ELSE best_late_days END,
                    best_penalty_percent = CASE WHEN ? > best_final_score THEN ? ELSE best_penalty_percent END,
                    best_final_score = CASE WHEN ? > best_final_score THEN ? ELSE best_final_score END,
                    latest_submission_id = CASE WHEN ? >= latest_received_at THEN ? ELSE latest_submission_id END,
                    latest_grade_id = CASE WHEN ? >= latest_received_at THEN ? ELSE latest_grade_id END,
                    latest_final_score = CASE WHEN ? >= latest_received_at THEN ? ELSE latest_final_score END,
                    latest_late_days = CASE WHEN ? >= latest_received_at THEN ? ELSE latest_late_days END,
                    latest_penalty_percent = CASE WHEN ? >= latest_received_at THEN ? ELSE latest_penalty_percent END,
                    latest_received_at = CASE WHEN ? >= latest_received_at THEN ? ELSE latest_received_at END
                WHERE member_id = ? AND exercise_id = ?
                """, score, attempt.submissionId(), score, attempt.gradeId(), score, attempt.lateDays(), score,
                attempt.penaltyPercent(), score, score, received, attempt.submissionId(), received,
                attempt.gradeId(), received, score, received, attempt.lateDays(), received, attempt.penaltyPercent(),
                received, received, attempt.memberId(), attempt.exerciseId());
        if (updated == 0) {
            jdbc.update("INSERT INTO gradebook_cell (" + COLUMNS + ") VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?)", attempt.courseId(), attempt.memberId(), attempt.exerciseId(), attempt.submissionId(),
                    attempt.gradeId(), score, attempt.lateDays(), attempt.penaltyPercent(), attempt.submissionId(),
                    attempt.gradeId(), received, score, attempt.lateDays(), attempt.penaltyPercent());
        }
    }

    /** The student's stored attempts at the exercise: one primary-key read of their cell (0 without one). */
    int attempts(long memberId, String exerciseId) {
        List<Integer> attempts = jdbc.queryForList("SELECT attempts FROM gradebook_cell WHERE member_id = ?"
                + " AND exercise_id = ?", Integer.class, memberId, exerciseId);
        return attempts.isEmpty() ? 0 : attempts.get(0);
    }

    /**
     * Recomputes a course's cells from its submissions' current grades (after a regrade). Runs in the caller's
     * transaction and first locks the course's member rows, so no submission is counted in between.
     */
    void rebuild(long courseId) {
        jdbc.queryForList("SELECT id FROM member WHERE course_id = ? ORDER BY id FOR UPDATE", Long.class, courseId);
        jdbc.update("DELETE FROM gradebook_cell WHERE course_id = ?", courseId);
        jdbc.update("INSERT INTO gradebook_cell (" + COLUMNS + ") " + CELLS_OF_COURSE, courseId, courseId);
    }

    /** Per student and exercise with at least one graded attempt: the counted submission. */
    public List<Counted> counted(long courseId, ScorePolicy policy) {
        return counted("SELECT " + counted(policy) + " FROM gradebook_cell WHERE course_id = ?", courseId);
    }

    /** The same for one student of the course. */
    public List<Counted> counted(long courseId, long memberId, ScorePolicy policy) {
        return counted("SELECT " + counted(policy) + " FROM gradebook_cell WHERE course_id = ? AND member_id = ?",
                courseId, memberId);
    }

    private List<Counted> counted(String sql, Object... arguments) {
        List<Counted> counted = new ArrayList<>();
        jdbc.query(sql, row -> {
            counted.add(new Counted(row.getLong("member_id"), row.getString("exercise_id"), row.getInt("attempts"),
                    row.getLong("submission_id"), row.getDouble("final_score"), row.getInt("late_days"),
                    row.getInt("penalty_percent")));
        }, arguments);
        return counted;
    }

    /**
     * The distinct check results of the counted submissions, per exercise: the database groups equal results, so
     * each is read and parsed once however many students share it.
     */
    public List<CheckResults> checkResults(long courseId, ScorePolicy policy) {
        String grade = policy == ScorePolicy.LATEST ? "latest_grade_id" : "best_grade_id";
        List<CheckResults> results = new ArrayList<>();
        jdbc.query("SELECT c.exercise_id, g.checks_json, COUNT(*) AS students, SUM(g.final_score) AS score_sum"
                + " FROM gradebook_cell c JOIN grade g ON g.id = c." + grade
                + " WHERE c.course_id = ? GROUP BY c.exercise_id, g.checks_json", row -> {
                    results.add(new CheckResults(row.getString("exercise_id"),
                            json.readValue(row.getString("checks_json"), CHECKS), row.getInt("students"),
                            row.getDouble("score_sum")));
                }, courseId);
        return results;
    }

    /** The columns of the counted candidate under the policy, named as {@link Counted} reads them. */
    private static String counted(ScorePolicy policy) {
        String which = policy == ScorePolicy.LATEST ? "latest" : "best";
        return "member_id, exercise_id, attempts, " + which + "_submission_id AS submission_id, " + which
                + "_final_score AS final_score, " + which + "_late_days AS late_days, " + which
                + "_penalty_percent AS penalty_percent";
    }
}
