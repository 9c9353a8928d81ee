package dev.heapgrader.grading;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.syntax.Parser;
import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.grading.check.CheckKinds;
import dev.heapgrader.grading.check.Observation;
import dev.heapgrader.grading.check.Verdict;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * Grades an answer: runs it in the engine under the chosen CPython version (with the exercise's harness appended
 * after it, when there is one), lets each check observe the run, and sums the points. It never throws for anything
 * a student can write: syntax errors, exceptions and limits become feedback in the {@link GradeReport}. The same
 * source and version always give the same report, because the engine is deterministic and checks read only the run.
 */
public final class Grader {
    /** The first line the harness prints; only output after it is read as measurements. */
    static final String HARNESS_BEGIN = "HEAPGRADER-BEGIN";
    private static final String HARNESS_PREFIX = "HEAPGRADER-";
    /** What one graded run may use. */
    public static final Limits LIMITS = new Limits(20_000_000L, 256L * 1024 * 1024, 200_000, Duration.ofSeconds(10));

    private final ExerciseCatalog catalog;
    private final String rubricVersion;

    public Grader(ExerciseCatalog catalog) {
        this.catalog = catalog;
        this.rubricVersion = digest(catalog);
    }

    /** Grades {@code source} as the file {@code answer.py}. */
    public GradeReport grade(String exerciseId, String source, PythonVersion version, boolean hiddenRevealed) {
        return grade(exerciseId, source, "answer.py", version, hiddenRevealed);
    }

    /** Grades {@code source}; {@code filename} is the name tracebacks and syntax errors show. */
    public GradeReport grade(String exerciseId, String source, String filename, PythonVersion version,
                             boolean hiddenRevealed) {
        Exercise exercise = catalog.find(exerciseId)
                .orElseThrow(() -> new UnknownExerciseException(exerciseId, catalog.ids()));
        RunResult run = run(exercise, source, filename, version);
        Output output = Output.split(run.stdout());
        Observation observation = new Observation(run, version, lineCount(source), output.harnessLines());
        List<CheckResult> results = new ArrayList<>();
        double score = 0;
        int hiddenNumber = 0;
        boolean hiddenPresent = false;
        for (CheckDefinition check : exercise.checks()) {
            if (check.hidden() && !hiddenRevealed) {
                hiddenPresent = true;
                hiddenNumber++;
                results.add(new CheckResult("hidden-" + hiddenNumber, "Hidden check " + hiddenNumber, false, 0,
                        check.points(), CheckResult.WITHHELD, true,
                        null));
                continue;
            }
            Verdict verdict = run.outcome() == RunResult.Outcome.SYNTAX_ERROR && !check.kind().equals("syntax-ok")
                    && !check.kind().equals("runs-cleanly")
                    ? new Verdict(false, "Your program does not parse, so nothing could be observed.", null)
                    : evaluate(check, observation);
            boolean ran = run.outcome() != RunResult.Outcome.SYNTAX_ERROR;
            String feedback = verdict.passed() || check.hint().isEmpty() || !ran
                    ? verdict.feedback() : verdict.feedback() + " " + check.hint();
            double points = verdict.passed() ? check.points() : 0;
            score += points;
            results.add(new CheckResult(check.id(), check.title(), verdict.passed(), points, check.points(),
                    feedback, check.hidden(), verdict.line()));
        }
        return new GradeReport(exercise.id(), version.label(), score, exercise.maxPoints(), results,
                output.student(), error(run), hiddenPresent);
    }

    /** Changes whenever any exercise definition, prompt, harness or check kind list changes. */
    public String rubricVersion() {
        return rubricVersion;
    }

    /** The build version of the engine grading runs on ("dev" outside a packaged build). */
    public static String engineVersion() {
        try (InputStream in = Grader.class.getClassLoader().getResourceAsStream("META-INF/build-info.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("build.version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    private static RunResult run(Exercise exercise, String source, String filename, PythonVersion version) {
        if (exercise.harness() == null) {
            return Engine.run(source, filename, version, LIMITS);
        }
        try {
            // The answer must parse on its own, so a syntax error points at the student's line, not the harness.
            Parser.parseWithWarnings(source, filename, version);
        } catch (RuntimeException e) { // PythonSyntaxError, or a parser fault Engine.run reports itself
            return Engine.run(source, filename, version, LIMITS);
        }
        return Engine.run(program(exercise, source), filename, version, LIMITS);
    }

    /** The program a grade runs: the answer, then, for an exercise with a harness, the marker and the harness. */
    public static String program(Exercise exercise, String source) {
        if (exercise.harness() == null) {
            return source;
        }
        return source + (source.endsWith("\n") ? "" : "\n") + "\nprint(\"" + HARNESS_BEGIN + "\")\n"
                + exercise.harness();
    }

    private static Verdict evaluate(CheckDefinition check, Observation observation) {
        CheckKinds.Kind kind = CheckKinds.find(check.kind()).orElseThrow();
        try {
            return kind.check().evaluate(observation, check.params());
        } catch (RuntimeException e) {
            // A check that cannot read this run scores nothing rather than failing the whole grade.
            return new Verdict(false, "The grader could not evaluate this check on your program.", null);
        }
    }

    private static String error(RunResult run) {
        return switch (run.outcome()) {
            case COMPLETED -> run.exitStatus() == 0 ? "" : "exited with status " + run.exitStatus();
            case SYNTAX_ERROR, UNCAUGHT_EXCEPTION -> withoutWarnings(run.stderr());
            case STEP_LIMIT -> "stopped after " + LIMITS.maxSteps() + " steps (an endless loop?)";
            case TIME_LIMIT -> "stopped after " + LIMITS.maxWallTime().toSeconds() + " seconds (an endless loop?)";
            case ENGINE_ERROR -> "the grader's engine could not run this program (not your fault; please report it): "
                    + run.lastStderrLine();
        };
    }

    private static String withoutWarnings(String stderr) {
        int at = stderr.indexOf("Traceback (most recent call last)");
        return (at > 0 ? stderr.substring(at) : stderr).stripTrailing();
    }

    private static int lineCount(String source) {
        return (int) source.lines().count();
    }

    private static String digest(ExerciseCatalog catalog) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join(",", CheckKinds.names()).getBytes(StandardCharsets.UTF_8));
            for (Exercise e : catalog.exercises()) {
                sha.update(e.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A run's stdout split into what the student printed and the harness's measurement lines. */
    private record Output(String student, List<String> harnessLines) {
        static Output split(String stdout) {
            int at = stdout.lastIndexOf(HARNESS_BEGIN + "\n");
            if (at < 0) {
                return new Output(stdout, List.of());
            }
            List<String> lines = stdout.substring(at + HARNESS_BEGIN.length() + 1).lines()
                    .filter(l -> l.startsWith(HARNESS_PREFIX)).toList();
            return new Output(stdout.substring(0, at), lines);
        }
    }
}
