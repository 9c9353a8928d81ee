package dev.heapgrader.submission;

import dev.heapgrader.course.ScorePolicy;
import dev.heapgrader.exercise.CheckOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * What the gradebook and analytics need from a course's submissions, computed by the database in one statement each
 * rather than by loading every submission: per student and exercise, the number of graded attempts and the one
 * submission that counts (its current grade, the newest grade row), and per exercise the distinct check results of
 * the counted submissions. At 10,000 students x 5 exercises x 20 attempts that is 50,000 rows instead of 10^6
 * submissions with their sources and checks (docs/performance.md, "Gradebook at scale").
 *
 * <p>Which submission counts is the rule of {@code GradebookService.counted}: under {@link ScorePolicy#BEST} the
 * highest final score, the earliest (lowest id) of equal ones; under {@link ScorePolicy#LATEST} the last received,
 * the highest id of equal times. Portable SQL (window functions), the same on PostgreSQL and H2.
 */
@Component
public class CountedSubmissions {

    private static final TypeReference<List<CheckOutcome>> CHECKS = new TypeReference<>() {
    };

    /**
     * Every graded submission of the course with its current grade, its attempts and its place among its student's
     * attempts at its exercise (1 = the one that counts). The current grade is the grade row no newer row of the
     * same submission follows.
     */
    private static final String RANKED = """
            SELECT s.member_id, s.exercise_id, s.id AS submission_id, g.id AS grade_id, g.final_score, g.late_days,
                   g.penalty_percent,
                   COUNT(*) OVER (PARTITION BY s.member_id, s.exercise_id) AS attempts,
                   ROW_NUMBER() OVER (PARTITION BY s.member_id, s.exercise_id ORDER BY %s) AS place
            FROM submission s
            JOIN grade g ON g.submission_id = s.id
            WHERE s.course_id = ?%s
              AND NOT EXISTS (SELECT 1 FROM grade newer WHERE newer.submission_id = g.submission_id
                              AND newer.id > g.id)
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

    /** Per student and exercise with at least one graded attempt: the counted submission. */
    public List<Counted> counted(long courseId, ScorePolicy policy) {
        return counted("SELECT * FROM (" + ranked(policy, "") + ") ranked WHERE place = 1", courseId);
    }

    /** The same for one student of the course. */
    public List<Counted> counted(long courseId, long memberId, ScorePolicy policy) {
        return counted("SELECT * FROM (" + ranked(policy, " AND s.member_id = ?") + ") ranked WHERE place = 1",
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
        List<CheckResults> results = new ArrayList<>();
        jdbc.query("SELECT counted.exercise_id, g.checks_json, COUNT(*) AS students,"
                + " SUM(counted.final_score) AS score_sum"
                + " FROM (" + ranked(policy, "") + ") counted JOIN grade g ON g.id = counted.grade_id"
                + " WHERE counted.place = 1 GROUP BY counted.exercise_id, g.checks_json", row -> {
                    results.add(new CheckResults(row.getString("exercise_id"),
                            json.readValue(row.getString("checks_json"), CHECKS), row.getInt("students"),
                            row.getDouble("score_sum")));
                }, courseId);
        return results;
    }

    private static String ranked(ScorePolicy policy, String andWhere) {
        String order = policy == ScorePolicy.LATEST ? "s.received_at DESC, s.id DESC" : "g.final_score DESC, s.id";
        return RANKED.formatted(order, andWhere);
    }
}
