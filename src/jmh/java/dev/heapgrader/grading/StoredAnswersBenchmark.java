package dev.heapgrader.grading;

import dev.heapgrader.engine.version.PythonVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a course's typical submission costs: every stored answer of every exercise (the reference solutions and
 * the realistic wrong answers), graded in turn under CPython 3.12 in a warm JVM. Sample mode reports the median
 * over the whole mix.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class StoredAnswersBenchmark {
    private record Answer(String exercise, String source) { }

    private Grader grader;
    private final List<Answer> answers = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void load() {
        ExerciseCatalog catalog = ExerciseCatalog.fromClasspath();
        grader = new Grader(catalog);
        for (Exercise e : catalog.exercises()) {
            answers.add(new Answer(e.id(), e.solution()));
            e.wrongAnswers().forEach(w -> answers.add(new Answer(e.id(), w.source())));
        }
    }

    @Benchmark
    public GradeReport gradeNextStoredAnswer() {
        Answer answer = answers.get(next);
        next = (next + 1) % answers.size();
        return grader.grade(answer.exercise(), answer.source(), PythonVersion.V3_12, true);
    }
}
