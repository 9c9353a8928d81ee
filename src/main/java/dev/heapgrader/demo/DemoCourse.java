package dev.heapgrader.demo;

import dev.heapgrader.api.Caller;
import dev.heapgrader.api.TokenKind;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseRepository;
import dev.heapgrader.course.CourseRequest;
import dev.heapgrader.course.CourseService;
import dev.heapgrader.course.ExerciseDeadline;
import dev.heapgrader.course.LatePolicy;
import dev.heapgrader.course.ScorePolicy;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import dev.heapgrader.member.AddedMember;
import dev.heapgrader.member.MemberService;
import dev.heapgrader.member.Role;
import dev.heapgrader.submission.SubmissionService;
import dev.heapgrader.submission.SubmitRequest;
import dev.heapgrader.token.IssuedToken;
import dev.heapgrader.token.TokenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the demo course on a fresh embedded database: instructor {@code ada}, students {@code grace},
 * {@code linus} and {@code barbara}, every exercise (the first one's deadline already past, so the late policy
 * shows), and answers graded by the real grader: each exercise's reference solution and known wrong answers when
 * the catalog ships them ({@code exercises/<id>/solution.py}, {@code wrong/*.py}), generic samples otherwise. The tokens are logged and written to
 * {@code <data-dir>/demo-tokens.env}, which the README's curl examples source.
 */
@Component
@Order(1)
class DemoCourse implements ApplicationRunner {

    static final String SLUG = "demo";
    /** Where the demo's tokens are written, under the data directory ({@link DemoAccounts} reads them back). */
    static final String TOKENS_FILE = "demo-tokens.env";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCourse.class);
    private static final List<String> STUDENTS = List.of("grace", "linus", "barbara");
    private static final List<String> ANSWERS = List.of("demo/answer-1.py", "demo/answer-2.py", "demo/answer-3.py");

    private final boolean enabled;
    private final Path dataDir;
    private final DataSource dataSource;
    private final CourseRepository courseRows;
    private final CourseService courses;
    private final MemberService members;
    private final TokenService tokens;
    private final SubmissionService submissions;
    private final ExerciseGrading grading;
    private final Clock clock;
    private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    DemoCourse(@Value("${heapgrader.demo.enabled:true}") boolean enabled,
               @Value("${heapgrader.data-dir:./data}") Path dataDir, DataSource dataSource,
               CourseRepository courseRows, CourseService courses, MemberService members, TokenService tokens,
               SubmissionService submissions, ExerciseGrading grading, Clock clock) {
        this.enabled = enabled;
        this.dataDir = dataDir;
        this.dataSource = dataSource;
        this.courseRows = courseRows;
        this.courses = courses;
        this.members = members;
        this.tokens = tokens;
        this.submissions = submissions;
        this.grading = grading;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !onH2() || courseRows.count() > 0) {
            return;
        }
        try {
            createDemo();
        } catch (RuntimeException failed) {
            // The demo is a convenience: the service itself must still start.
            LOG.error("could not create the demo course", failed);
        }
    }

    private void createDemo() {
        Caller system = new Caller(0, TokenKind.ADMIN, null, null);
        List<ExerciseDeadline> deadlines = new ArrayList<>();
        Instant now = clock.instant();
        List<ExerciseInfo> exercises = grading.exercises();
        for (int i = 0; i < exercises.size(); i++) {
            Duration offset = i == 0 ? Duration.ofDays(-2) : Duration.ofDays(7L * i);
            deadlines.add(new ExerciseDeadline(exercises.get(i).id(), now.plus(offset)));
        }
        Course course = courses.create(new CourseRequest(SLUG, "HeapGrader demo course", "3.12", deadlines,
                new LatePolicy(10, 50), ScorePolicy.BEST, null), system);
        Map<String, String> env = new LinkedHashMap<>();
        AddedMember instructor = members.add(course, "ada", "Ada Lovelace", Role.INSTRUCTOR);
        env.put("INSTRUCTOR_TOKEN", instructor.token());
        for (String student : STUDENTS) {
            AddedMember added = members.add(course, student, capitalized(student), Role.STUDENT);
            env.put(student.toUpperCase(java.util.Locale.ROOT) + "_TOKEN", added.token());
        }
        IssuedToken ci = tokens.issue(TokenKind.CI, course.getId(), null, "demo CI");
        env.put("CI_TOKEN", ci.token());
        Caller ciCaller = new Caller(ci.id(), TokenKind.CI, course.getId(), null);
        int stored = 0;
        for (int e = 0; e < exercises.size(); e++) {
            String exercise = exercises.get(e).id();
            // grace: right everywhere (the first exercise late); linus: wrong, then right on every other exercise,
            // only wrong on the rest; barbara: wrong on every other exercise, nothing on the rest.
            stored += submit(course, ciCaller, exercise, "grace", rightAnswer(exercise, e));
            stored += submit(course, ciCaller, exercise, "linus", wrongAnswer(exercise, e));
            if (e % 2 == 0) {
                stored += submit(course, ciCaller, exercise, "linus", rightAnswer(exercise, e));
                stored += submit(course, ciCaller, exercise, "barbara", wrongAnswer(exercise, e + 1));
            }
        }
        Path file = writeTokens(env, exercises.stream().map(ExerciseInfo::id).toList());
        LOG.warn("Demo course '{}' created with {} graded submissions; its tokens (written to {}):", SLUG, stored,
                file);
        env.forEach((name, token) -> LOG.warn("  {}={}", name, token));
    }

    private int submit(Course course, Caller ci, String exercise, String student, String source) {
        submissions.submit(course, ci, new SubmitRequest(exercise, source, student), null);
        return 1;
    }

    /** The exercise's reference solution when the catalog ships one, else a generic sample. */
    private static String rightAnswer(String exercise, int index) {
        ClassPathResource solution = new ClassPathResource("exercises/" + exercise + "/solution.py");
        return solution.exists() ? read(solution) : read(new ClassPathResource(ANSWERS.get(index % ANSWERS.size())));
    }

    /** One of the exercise's known wrong answers when the catalog ships them, else a generic sample. */
    private String wrongAnswer(String exercise, int index) {
        try {
            Resource[] wrong = resources.getResources("classpath*:exercises/" + exercise + "/wrong/*.py");
            if (wrong.length > 0) {
                Arrays.sort(wrong, Comparator.comparing(resource -> String.valueOf(resource.getFilename())));
                return read(wrong[index % wrong.length]);
            }
        } catch (IOException unreadable) {
            LOG.debug("no wrong answers for {}: {}", exercise, unreadable.toString());
        }
        return read(new ClassPathResource(ANSWERS.get((index + 1) % ANSWERS.size())));
    }

    private boolean onH2() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException unavailable) {
            return false;
        }
    }

    private Path writeTokens(Map<String, String> env, List<String> exerciseIds) {
        StringBuilder text = new StringBuilder("# Demo course tokens: `source` this file, then try the README's curl "
                + "examples.\nexport HEAPGRADER_URL=${HEAPGRADER_URL:-http://localhost:8080}\n");
        env.forEach((name, token) -> text.append("export ").append(name).append('=').append(token).append('\n'));
        text.append("export EXERCISES=\"").append(String.join(" ", exerciseIds)).append("\"\n");
        text.append("export EXERCISE=").append(exerciseIds.isEmpty() ? "" : exerciseIds.get(0)).append('\n');
        Path file = dataDir.resolve(TOKENS_FILE);
        try {
            Files.createDirectories(dataDir);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            LOG.warn("could not write {}: {}", file, failed.toString());
        }
        return file;
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
