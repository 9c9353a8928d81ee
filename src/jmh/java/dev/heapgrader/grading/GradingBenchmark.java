package dev.heapgrader.grading;

import dev.heapgrader.engine.version.PythonVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * How long grading a typical answer takes in a warm JVM: the reference solution of each exercise, graded under
 * CPython 3.12 with hidden checks revealed (the engine run, the harness when there is one, and every check).
 * Sample mode reports the median (p0.50) the budget is about.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class GradingBenchmark {

    @Param({"refcount-list", "gc-cycles", "tuple-vs-list", "slots", "leak-fix"})
    public String exercise;

    private Grader grader;
    private String source;

    @Setup(Level.Trial)
    public void load() {
        ExerciseCatalog catalog = ExerciseCatalog.fromClasspath();
        grader = new Grader(catalog);
        source = catalog.find(exercise).orElseThrow().solution();
    }

    @Benchmark
    public GradeReport gradeSolution() {
        return grader.grade(exercise, source, PythonVersion.V3_12, true);
    }
}
