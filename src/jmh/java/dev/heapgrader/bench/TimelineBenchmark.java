package dev.heapgrader.bench;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.trace.timeline.TimelineJson;
import dev.heapgrader.engine.trace.timeline.TimelineOptions;
import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.grading.Exercise;
import dev.heapgrader.grading.ExerciseCatalog;
import dev.heapgrader.grading.Grader;
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
 * What the heap timeline costs for a typical answer: each exercise's reference solution run as grading runs it
 * (with its harness) under CPython 3.12 rules, without a timeline ({@code run}) and with the timeline recorded and
 * serialised to JSON ({@code recordAndSerialise}, what the API endpoint and {@code run --timeline} do).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TimelineBenchmark {

    @Param({"refcount-list", "gc-cycles", "tuple-vs-list", "slots", "leak-fix"})
    public String exercise;

    private String program;

    @Setup(Level.Trial)
    public void load() {
        Exercise found = ExerciseCatalog.fromClasspath().find(exercise).orElseThrow();
        program = found.solution();
    }

    @Benchmark
    public RunResult run() {
        return Engine.run(program, "solution.py", PythonVersion.V3_12, Grader.LIMITS);
    }

    @Benchmark
    public String recordAndSerialise() {
        return TimelineJson.write(Engine.runWithTimeline(program, "solution.py", PythonVersion.V3_12,
                Grader.LIMITS, "", TimelineOptions.defaults()).timeline());
    }
}
