package dev.heapgrader.engine.trace.timeline;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.TimelineRun;
import dev.heapgrader.engine.trace.TraceEvent;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recorded steps agree with what the program printed, for the five exercises' reference solutions and for corpus programs that print what they probe, on 3.11, 3.12
 * and 3.13. The engine recording a timeline prints exactly what real CPython printed (the expected files come
 * from {@code conformance/regenerate} and {@code conformance/regenerate-solution-outputs}); then every probe and
 * collection the timeline recorded carries the value the program received, and where the source prints that
 * value ({@code print("label", sys.getrefcount(x))}) or binds it ({@code before = sys.getrefcount(p)}), the
 * printed line, or the variable in the next step, holds the recorded value.
 */
class TimelineAgreementTest {
    private static final Path CORPUS = Path.of("src/test/resources/conformance");
    private static final Path SOLUTIONS = Path.of("src/test/resources/timeline/solutions");
    /** Corpus programs used: every program of these topics with a line printing one probe call. */
    private static final List<String> TOPICS = List.of("refcount", "gc", "sizes", "lesson", "dealloc", "weakref");
    private static final int MAX_CORPUS_PROGRAMS = 40;
    private static final String CALL = "(sys\\.getrefcount|sys\\.getsizeof|gc\\.collect)\\(";
    /** {@code print("label", CALL(...))} or {@code print(CALL(...))}, with one call on the line. */
    private static final Pattern PRINTED = Pattern.compile("^\\s*print\\((?:\"([^\"\\\\]*)\", )?" + CALL
            + "(?:[^()]|\\([^()]*\\))*\\)\\)\\s*$");
    /** {@code name = CALL(...)}. */
    private static final Pattern BOUND = Pattern.compile("^\\s*(\\w+) = " + CALL + ".*\\)\\s*$");

    static Stream<Arguments> programs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (PythonVersion v : PythonVersion.values()) {
            try (Stream<Path> dirs = Files.list(Path.of("exercises"))) {
                for (Path dir : dirs.filter(d -> Files.exists(d.resolve("solution.py"))).sorted().toList()) {
                    String source = Files.readString(dir.resolve("solution.py"));
                    String expected = Files.readString(SOLUTIONS.resolve(dir.getFileName() + "." + v.label() + ".out"));
                    out.add(Arguments.of(dir.getFileName() + "/solution.py", source, expected, v));
                }
            }
            for (Path program : corpusPrograms()) {
                String stem = program.toString().replaceAll("\\.py$", "");
                out.add(Arguments.of(CORPUS.relativize(program).toString(), Files.readString(program),
                        Files.readString(Path.of(stem + "." + v.label() + ".out")), v));
            }
        }
        return out.stream();
    }

    private static List<Path> corpusPrograms() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String topic : TOPICS) {
            try (Stream<Path> files = Files.list(CORPUS.resolve(topic))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                    if (Files.readAllLines(p).stream().anyMatch(l -> PRINTED.matcher(l).matches()
                            && l.split(CALL, -1).length == 2)) {
                        found.add(p);
                    }
                }
            }
        }
        // spread evenly over the topics' programs, so the test stays quick
        List<Path> chosen = new ArrayList<>();
        double step = Math.max(1.0, found.size() / (double) MAX_CORPUS_PROGRAMS);
        for (double i = 0; i < found.size() && chosen.size() < MAX_CORPUS_PROGRAMS; i += step) {
            chosen.add(found.get((int) i));
        }
        return chosen;
    }

    @ParameterizedTest(name = "{0} on {3}")
    @MethodSource("programs")
    void recordedValuesAreThePrintedOnes(String name, String source, String expectedStdout, PythonVersion v) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        TimelineRun run = Engine.runWithTimeline(source, file, v, Limits.defaults(), "", TimelineOptions.defaults());
        Timeline t = run.timeline();

        assertThat(run.result().stdout()).as("stdout with the timeline on and off")
                .isEqualTo(Engine.run(source, file, v, Limits.defaults()).stdout());
        assertThat(run.result().stdout()).as("stdout with the timeline on, beside CPython's")
                .isEqualTo(expectedStdout);
        List<Long> traced = new ArrayList<>();
        for (TraceEvent e : run.result().trace().events()) {
            if (e instanceof TraceEvent.RefcountProbe p) {
                traced.add(p.value());
            } else if (e instanceof TraceEvent.SizeProbe p) {
                traced.add(p.size());
            }
        }
        List<Long> probed = new ArrayList<>();
        List<Long> collected = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        checked = 0;
        for (int i = 0; i < t.steps().size(); i++) {
            TimelineStep s = t.steps().get(i);
            for (Probe p : s.probes()) {
                probed.add(p.value());
                probedObjectShowsTheValue(s, p);
                agreesWithSource(t, i, lines[s.line() - 1], p.value(), true);
            }
            for (CollectionView c : s.collections()) {
                collected.add(c.returned());
                if (c.explicit()) {
                    agreesWithSource(t, i, lines[s.line() - 1], c.returned(), false);
                }
            }
        }
        boolean printsOrBinds = java.util.Arrays.stream(lines).anyMatch(l -> l.split(CALL, -1).length == 2
                && (PRINTED.matcher(l).matches() || BOUND.matcher(l).matches()));
        // a capped recording (its drawing budget spent, as a run of thousands of objects may on a busy machine)
        // keeps what it recorded, which may end before the first printed value
        if (printsOrBinds && !t.capped()) {
            assertThat(checked).as(name + " on " + v + ": values compared with what the source printed or bound")
                    .isPositive();
        }
        List<Long> collections = run.result().trace().of(TraceEvent.Collection.class).stream()
                .map(TraceEvent.Collection::collected).toList();
        if (t.capped()) {
            // recording stopped at its cap: what it kept is the start of the run
            assertThat(traced.subList(0, probed.size())).as("probes, in order").isEqualTo(probed);
            assertThat(collections.subList(0, collected.size())).as("collections, in order").isEqualTo(collected);
        } else {
            assertThat(probed).as("probes, in order").isEqualTo(traced);
            assertThat(collected).as("collections, in order").isEqualTo(collections);
        }
    }

    /** At a probe step (taken inside the call) the drawn object's count and size are the values returned. */
    private static void probedObjectShowsTheValue(TimelineStep s, Probe p) {
        for (HeapObjectView o : s.heap()) {
            if (o.id() == p.objectId()) {
                assertThat(p.kind() == Probe.Kind.REFCOUNT ? o.refcount() : o.size())
                        .as("%s of %s drawn at step %d", p.kind(), o.typeName(), s.index()).isEqualTo(p.value());
            }
        }
    }

    /** How many recorded values the current program's source let the test compare with its output. */
    private int checked;

    private void agreesWithSource(Timeline t, int index, String line, long value, boolean probe) {
        if (line.split(CALL, -1).length != 2) {
            return;
        }
        Matcher printed = PRINTED.matcher(line);
        if (printed.matches()) {
            String expected = (printed.group(1) == null ? "" : printed.group(1) + " ") + value + "\n";
            String after = t.stdout().substring(t.steps().get(index).stdoutLength());
            checked++;
            if (probe) {
                assertThat(after).as("printed right after the probe on: %s", line).startsWith(expected);
            } else {
                // finalizers the collection ran may print first
                assertThat("\n" + after).as("printed after the collection on: %s", line).contains("\n" + expected);
            }
            return;
        }
        Matcher bound = BOUND.matcher(line);
        if (bound.matches()) {
            TimelineStep next = nextLineStep(t, index);
            if (next != null) {
                checked++;
                assertThat(valueOf(next, bound.group(1))).as("%s after: %s", bound.group(1), line)
                        .isEqualTo(value);
            }
        }
    }

    private static TimelineStep nextLineStep(Timeline t, int index) {
        for (int i = index + 1; i < t.steps().size(); i++) {
            if (t.steps().get(i).event().equals("step_line")) {
                return t.steps().get(i);
            }
        }
        return null;
    }

    /** The int a variable of the step holds, looked up in the innermost frame, then the globals. */
    private static Long valueOf(TimelineStep s, String name) {
        List<FrameView.Variable> vars = new ArrayList<>(s.globals());
        if (!s.frames().isEmpty()) {
            vars.addAll(0, s.frames().get(s.frames().size() - 1).locals());
        }
        for (FrameView.Variable var : vars) {
            if (var.name().equals(name)) {
                if (var.value() instanceof TimelineValue.Inline in && in.value() instanceof Long l) {
                    return l;
                }
                if (var.value() instanceof TimelineValue.Ref r) {
                    return s.heap().stream().filter(o -> o.id() == r.id()).map(o -> (Long) o.primitive())
                            .findFirst().orElse(null);
                }
            }
        }
        return null;
    }
}
