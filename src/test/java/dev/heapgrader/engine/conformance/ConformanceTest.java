package dev.heapgrader.engine.conformance;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.AssertionFailedError;

/**
 * Runs every corpus program under every supported version through {@link Engine#run} and compares stdout byte for
 * byte, the exit status and the whole of stderr with what real CPython recorded ({@link CorpusComparison}). One dynamic test per program
 * and version, named {@code refcount/list_store.py [3.12]}. A program covered by {@code not-yet-supported.txt}
 * still runs; its failure is reported as skipped with the mark's reason. After all runs, a summary line is
 * printed to stdout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceTest {

    /** Per-program guard against an engine that hangs; not a speed target (generous for a loaded machine). */
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** The default limits, with a wall time that a busy CI machine cannot hit by accident. */
    private static final Limits LIMITS = new Limits(Limits.defaults().maxSteps(), Limits.defaults().maxHeapBytes(),
            Limits.defaults().maxOutputChars(), Duration.ofSeconds(60));

    private final ConformanceCorpus corpus = ConformanceCorpus.locate();
    private final NotYetSupportedMarks marks = corpus.marks();
    private ConformanceTally tally;

    @TestFactory
    Stream<DynamicTest> corpusPrograms() {
        var programs = corpus.programs();
        PythonVersion[] versions = PythonVersion.values();
        tally = new ConformanceTally(programs.size(), versions.length);
        return programs.stream().flatMap(program -> Arrays.stream(versions).map(version -> DynamicTest.dynamicTest(
                program + " [" + version.label() + "]", corpus.root().resolve(program).toUri(),
                () -> check(program, version))));
    }

    @AfterAll
    void printSummary() {
        if (tally != null) {
            System.out.println(tally.summary());
        }
    }

    private void check(String program, PythonVersion version) {
        Optional<ExpectedRun> expected = corpus.expected(program, version);
        if (expected.isEmpty()) {
            tally.record(false, false);
            Assertions.fail(program + " has no expected output for " + version.label()
                    + ": run conformance/regenerate " + ConformanceCorpus.SOURCE_FOLDER + "/" + program);
        }
        Optional<Mark> mark = marks.markFor(program);
        String problem = mismatch(program, version, expected.get());
        tally.record(mark.isPresent(), problem.isEmpty());
        if (problem.isEmpty()) {
            mark.ifPresent(m -> System.out.println("conformance: " + program + " [" + version.label()
                    + "] passes although marked by '" + m.glob() + "' (" + NotYetSupportedMarks.FILE_NAME
                    + " line " + m.line() + "): the mark can go once all its programs pass"));
            return;
        }
        String header = program + " [" + version.label() + "] ";
        if (mark.isPresent()) {
            Assumptions.abort(header + "not yet supported: " + mark.get().reason() + " (first problem: "
                    + problem.lines().findFirst().orElse("") + ")");
        }
        Assertions.fail(header + "differs from CPython " + version.patchRelease() + "\n" + problem);
    }

    /** Every way the engine's run differs from CPython's, as readable text; empty when it conforms. */
    private String mismatch(String program, PythonVersion version, ExpectedRun expected) {
        RunResult actual;
        try {
            actual = assertTimeoutPreemptively(TIMEOUT,
                    () -> Engine.run(corpus.source(program), fileName(program), version, LIMITS));
        } catch (AssertionFailedError e) {
            return "the engine did not finish within " + TIMEOUT.toSeconds() + " s";
        } catch (RuntimeException | StackOverflowError e) {
            return "Engine.run threw (it must always return a RunResult): " + e;
        }
        return CorpusComparison.differences(expected, actual.stdout(), actual.exitStatus(), actual.stderr());
    }

    /** The file name CPython sees: regenerate runs each program from its own folder, so no directories. */
    private static String fileName(String program) {
        return program.substring(program.lastIndexOf('/') + 1);
    }
}
