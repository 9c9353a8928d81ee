package dev.heapgrader.grading;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunPacer;
import dev.heapgrader.engine.RunResult;
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
 * Grades an answer: runs it in the engine under the chosen CPython version (followed by the exercise's planned
 * calls, when it has some, which the engine makes and measures itself so the answer cannot forge them), lets each
 * check observe the run, and sums the points. It never throws for anything
 * a student can write: syntax errors, exceptions and limits become feedback in the {@link GradeReport}. The same
 * source and version always give the same report, because the engine is deterministic and checks read only the run.
 */
public final class Grader {
    /** What one graded run may use; the playground and heap timelines run under the same limits. */
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
        return grade(exerciseId, source, filename, version, hiddenRevealed, RunPacer.NONE);
    }

    /** Grades as {@link #grade(String, String, String, PythonVersion, boolean)}, the run pausing when asked. */
    public GradeReport grade(String exerciseId, String source, String filename, PythonVersion version,
                             boolean hiddenRevealed, RunPacer pacer) {
        Exercise exercise = catalog.find(exerciseId)
                .orElseThrow(() -> new UnknownExerciseException(exerciseId, catalog.ids()));
        RunResult run = Engine.run(source, filename, version, LIMITS, "", exercise.plan(), pacer);
        Observation observation = new Observation(run, version, lineCount(source));
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
                run.stdout(), error(run), hiddenPresent, run.internalErrorReference());
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
            case SYNTAX_ERROR, UNCAUGHT_EXCEPTION -> withoutWarnings(run.stderr()) + missingModuleHint(run);
            case STEP_LIMIT -> "stopped after " + LIMITS.maxSteps() + " steps (an endless loop?)";
            case TIME_LIMIT -> "stopped after " + LIMITS.maxWallTime().toSeconds() + " seconds (an endless loop?)";
            case OUTPUT_LIMIT -> "stopped after printing " + LIMITS.maxOutputChars() + " characters (an endless loop "
                    + "of prints?)";
            case INTERNAL_ERROR -> "internal error (reference " + run.internalErrorReference() + "): the grader could "
                    + "not run this program. This is not your fault; please report the reference.";
        };
    }

    /** After a failed import, one sentence naming the modules HeapGrader's engine provides. */
    private static String missingModuleHint(RunResult run) {
        if (!run.lastStderrLine().startsWith("ModuleNotFoundError: No module named")) {
            return "";
        }
        return "\nHeapGrader runs answers in its own engine, which provides these modules: "
                + String.join(", ", Engine.providedModules()) + ".";
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

}
