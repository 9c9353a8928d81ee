package dev.heapgrader.submission;

import com.zaxxer.hikari.HikariDataSource;
import dev.heapgrader.course.ScorePolicy;
import dev.heapgrader.exercise.CheckOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's choice of counted submissions against the rule written out plainly: random courses (seeded
 * {@link Random}) with tied scores and tied receive times, counted as each submission is stored, then regraded and
 * rebuilt, on a migrated in-memory H2. The same statements
 * run on PostgreSQL in {@code ScaleOutPostgresTest}, whose gradebooks must equal the one computed from the responses.
 */
class CountedSubmissionsTest {

    private static final List<String> EXERCISES = List.of("gc-cycles", "slots", "leak-fix");
    private static final double[] SCORES = {0, 2.5, 5, 10};
    private static final Instant START = Instant.parse("2026-05-01T10:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();
    private HikariDataSource database;
    private JdbcTemplate jdbc;

    /** One stored submission as the test made it: its current (newest) grade's score decides. */
    private record Made(long id, long memberId, String exercise, Instant received, double score) {
    }

    @BeforeEach
    void migratedDatabase() {
        database = MigratedH2.open("counted");
        jdbc = new JdbcTemplate(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @ParameterizedTest
    @EnumSource(ScorePolicy.class)
    void theDatabaseCountsWhatTheRuleCounts(ScorePolicy policy) {
        CountedSubmissions counted = new CountedSubmissions(jdbc, json);
        for (int seed = 0; seed < 20; seed++) {
            long course = seed + 1;
            List<Made> made = randomCourse(new Random(seed), course, counted);
            // as stored one by one (first grades only), then after the regrades and a rebuild
            assertCounted(counted, course, policy, firstGrades.get(course), seed);
            counted.rebuild(course);
            assertCounted(counted, course, policy, made, seed);
        }
    }

    private void assertCounted(CountedSubmissions counted, long course, ScorePolicy policy, List<Made> made,
                               int seed) {
        Map<String, Made> expected = expected(made, policy);

        List<CountedSubmissions.Counted> actual = counted.counted(course, policy);
        assertThat(actual).hasSize(expected.size());
        for (CountedSubmissions.Counted cell : actual) {
            Made want = expected.get(cell.memberId() + "/" + cell.exerciseId());
            assertThat(cell.submissionId()).as("seed %d, %s", seed, cell).isEqualTo(want.id());
            assertThat(cell.finalScore()).isEqualTo(want.score());
            assertThat(cell.attempts()).isEqualTo(made.stream().filter(m -> m.memberId() == cell.memberId()
                    && m.exercise().equals(cell.exerciseId())).count());
        }
        long oneStudent = made.get(0).memberId();
        assertThat(counted.counted(course, oneStudent, policy)).containsExactlyInAnyOrderElementsOf(
                actual.stream().filter(cell -> cell.memberId() == oneStudent).toList());

        Map<String, Integer> failing = new HashMap<>();
        Map<String, Integer> students = new HashMap<>();
        for (CountedSubmissions.CheckResults results : counted.checkResults(course, policy)) {
            students.merge(results.exerciseId(), results.students(), Integer::sum);
            for (CheckOutcome check : results.checks()) {
                failing.merge(results.exerciseId() + "/" + check.id(), check.passed() ? 0 : results.students(),
                        Integer::sum);
            }
        }
        for (String exercise : EXERCISES) {
            List<Made> countedHere = expected.values().stream().filter(m -> m.exercise().equals(exercise))
                    .toList();
            assertThat(students.getOrDefault(exercise, 0)).isEqualTo(countedHere.size());
            if (!countedHere.isEmpty()) {
                assertThat(failing.get(exercise + "/full")).isEqualTo(
                        (int) countedHere.stream().filter(m -> m.score() < 10).count());
            }
        }
    }

    /** Per course: the submissions with their first grades, before any regrade. */
    private final Map<Long, List<Made>> firstGrades = new HashMap<>();

    /** Per student and exercise: the counted submission by the rule as GradebookService.counted states it. */
    private static Map<String, Made> expected(List<Made> made, ScorePolicy policy) {
        Comparator<Made> better = policy == ScorePolicy.BEST
                ? Comparator.comparingDouble(Made::score).thenComparing(Made::id, Comparator.reverseOrder())
                : Comparator.comparing(Made::received).thenComparing(Made::id);
        Map<String, Made> counted = new HashMap<>();
        for (Made each : made) {
            counted.merge(each.memberId() + "/" + each.exercise(), each,
                    (one, other) -> better.compare(one, other) >= 0 ? one : other);
        }
        return counted;
    }

    /** Four students; 0 to 5 attempts each at each exercise; scores and times drawn from small sets so ties occur. */
    private List<Made> randomCourse(Random random, long course, CountedSubmissions counted) {
        jdbc.update("INSERT INTO course (id, slug, title, created_at) VALUES (?, ?, 'C', CURRENT_TIMESTAMP)", course,
                "c" + course);
        jdbc.update("INSERT INTO api_token (id, kind, course_id, label, secret_hash, prefix, created_at)"
                + " VALUES (?, 'CI', ?, 'ci', ?, 'hg_', CURRENT_TIMESTAMP)", course, course, "hash" + course);
        List<Made> made = new ArrayList<>();
        List<Made> first = new ArrayList<>();
        List<long[]> regrades = new ArrayList<>();
        Set<Long> students = new HashSet<>();
        for (int student = 0; student < 4; student++) {
            long memberId = course * 100 + student;
            students.add(memberId);
            jdbc.update("INSERT INTO member (id, course_id, name, display_name, role, created_at)"
                    + " VALUES (?, ?, ?, 'S', 'STUDENT', CURRENT_TIMESTAMP)", memberId, course, "s" + student);
            for (String exercise : EXERCISES) {
                int attempts = random.nextInt(6);
                for (int a = 0; a < attempts; a++) {
                    Instant received = START.plusSeconds(random.nextInt(4) * 60L);
                    double firstScore = SCORES[random.nextInt(SCORES.length)];
                    long id = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM submission", Long.class);
                    jdbc.update("INSERT INTO submission (id, course_id, member_id, exercise_id, python_version,"
                            + " source, received_at, origin, token_id) VALUES (?, ?, ?, ?, '3.12', 'pass', ?, 'CI', ?)",
                            id, course, memberId, exercise, Timestamp.from(received), course);
                    long gradeId = grade(id, firstScore);
                    counted.record(new CountedSubmissions.Attempt(course, memberId, exercise, id, received, gradeId,
                            firstScore, 0, 0));
                    first.add(new Made(id, memberId, exercise, received, firstScore));
                    double current = firstScore;
                    if (random.nextInt(3) == 0) {
                        current = SCORES[random.nextInt(SCORES.length)];
                        regrades.add(new long[] {id, Double.doubleToLongBits(current)});
                    }
                    made.add(new Made(id, memberId, exercise, received, current));
                }
            }
        }
        // Regrades come later, as RegradeService adds them: the newest grade row is the current one.
        for (long[] regrade : regrades) {
            grade(regrade[0], Double.longBitsToDouble(regrade[1]));
        }
        assertThat(students).hasSize(4);
        firstGrades.put(course, first);
        return made;
    }

    private long grade(long submissionId, double score) {
        List<CheckOutcome> checks = List.of(
                new CheckOutcome("runs", "The program runs", true, 1, 1, "ok", false, null),
                new CheckOutcome("full", "Full marks", score >= 10, score >= 10 ? 9 : 0, 9, "", false, null));
        jdbc.update("INSERT INTO grade (submission_id, graded_at, engine_version, rubric_version, score, max_score,"
                + " checks_json, late_days, penalty_percent, final_score)"
                + " VALUES (?, CURRENT_TIMESTAMP, 'e', 'r', ?, 10, ?, 0, 0, ?)", submissionId, score,
                json.writeValueAsString(checks), score);
        return jdbc.queryForObject("SELECT MAX(id) FROM grade", Long.class);
    }
}
