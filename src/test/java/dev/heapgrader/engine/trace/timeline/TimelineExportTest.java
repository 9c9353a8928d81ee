package dev.heapgrader.engine.trace.timeline;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.TimelineRun;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON export: every export validates against the schema kept in the repo, and loads the way a Python
 * Tutor-style viewer loads a trace: each {@code ["REF", id]} in globals, frames, heap objects and HeapGrader's
 * {@code unreachable} list names an object of that step's heap, every drawn object has its {@code heap_info},
 * and the ordered name lists match the encoded variables.
 */
class TimelineExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    /** A program touching every kind the export encodes: containers, instances, classes, functions, floats. */
    static final String KINDS = """
            import sys, gc
            class Box:
                __slots__ = ("item",)
            class Node:
                def __init__(self, other=None):
                    self.other = other
            def make(n):
                inner = [n, n * 2.5, float("inf"), 10 ** 30, "x" * 3]
                return {"inner": inner, "t": (inner, 1), "s": {1, 2}}
            data = make(7)
            box = Box()
            box.item = data
            print(sys.getrefcount(data), sys.getsizeof(data["inner"]))
            a = Node()
            b = Node(a)
            a.other = b
            del a, b
            try:
                raise ValueError("boom")
            except ValueError as e:
                print(e)
            print(gc.collect())
            """;

    /** An exception leaving a function, caught, then one ending the program. */
    static final String RAISES = """
            def fail(items):
                items.append(items)
                raise ValueError("bad item")
            try:
                fail([])
            except ValueError:
                pass
            fail([1])
            """;

    @Test
    void exceptionStepsCarryPythonTutorsEventsAndMessage() {
        JsonNode trace = JSON.readTree(export(RAISES, PythonVersion.V3_12, TimelineOptions.defaults())).get("trace");
        List<String> events = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (JsonNode step : trace) {
            if (step.get("event").asString().contains("exception")) {
                events.add(step.get("event").asString());
                messages.add(step.get("exception_msg").asString());
            }
        }
        assertThat(events).containsExactly("exception", "exception", "uncaught_exception");
        assertThat(messages).containsOnly("ValueError: bad item");
    }

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = TimelineExportTest.class.getResourceAsStream("/timeline.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    static Stream<Arguments> programs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (PythonVersion v : PythonVersion.values()) {
            out.add(Arguments.of("kinds.py", KINDS, v));
            out.add(Arguments.of("raises.py", RAISES, v));
            try (Stream<Path> solutions = Files.list(Path.of("exercises"))) {
                for (Path dir : solutions.filter(d -> Files.exists(d.resolve("solution.py"))).sorted().toList()) {
                    out.add(Arguments.of(dir.getFileName() + "/solution.py",
                            Files.readString(dir.resolve("solution.py")), v));
                }
            }
        }
        return out.stream();
    }

    static String export(String source, PythonVersion version, TimelineOptions options) {
        TimelineRun run = Engine.runWithTimeline(source, "program.py", version, Limits.defaults(), "", options);
        assertThat(run.timeline()).as(run.result().stderr()).isNotNull();
        return TimelineJson.write(run.timeline());
    }

    @ParameterizedTest(name = "{0} on {2}")
    @MethodSource("programs")
    void exportsValidateAgainstTheSchemaAndTheirReferencesResolve(String name, String source, PythonVersion v) {
        String json = export(source, v, TimelineOptions.defaults());

        List<Error> errors = schema.validate(json, InputFormat.JSON);
        assertThat(errors).as(name).isEmpty();
        JsonNode root = JSON.readTree(json);
        assertThat(root.get("code").asString()).isEqualTo(String.join("\n", source.split("\n", -1))
                .replaceAll("\n$", ""));
        assertThat(root.get("trace").size()).isPositive();
        for (JsonNode step : root.get("trace")) {
            loadsLikeAViewer(step);
        }
    }

    @Test
    void aLongRunIsSampledAndSaysSo() {
        String loop = "total = []\nfor i in range(5000):\n    total.append(i)\nprint(len(total))\n";
        String json = export(loop, PythonVersion.V3_12, new TimelineOptions(100, 50));

        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        JsonNode meta = JSON.readTree(json).get("heapgrader");
        assertThat(meta.get("sampled").asBoolean()).isTrue();
        assertThat(meta.get("recorded_steps").asInt()).isLessThanOrEqualTo(100);
        assertThat(meta.get("total_steps").asLong()).isGreaterThan(5_000);
        assertThat(meta.get("line_stride").asInt()).isGreaterThan(1);
        assertThat(meta.get("note").asString()).startsWith("sampled: ");
        // the list outgrows the 50 objects a step may draw: the step says so
        List<Boolean> truncated = new ArrayList<>();
        JSON.readTree(json).get("trace").forEach(s -> truncated.add(s.get("heap_truncated").asBoolean()));
        assertThat(truncated).contains(true);
    }

    @Test
    void aShortRunKeepsEveryStep() {
        JsonNode meta = JSON.readTree(export("x = [1]\ny = x\n", PythonVersion.V3_12, TimelineOptions.defaults()))
                .get("heapgrader");
        assertThat(meta.get("sampled").asBoolean()).isFalse();
        assertThat(meta.get("recorded_steps").asLong()).isEqualTo(meta.get("total_steps").asLong());
    }

    private static void loadsLikeAViewer(JsonNode step) {
        JsonNode heap = step.get("heap");
        Set<String> ids = new HashSet<>(heap.propertyNames());
        assertThat(step.get("heap_info").propertyNames()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(names(step.get("ordered_globals"))).containsExactlyElementsOf(step.get("globals").propertyNames());
        List<JsonNode> roots = new ArrayList<>();
        step.get("globals").forEach(roots::add);
        for (JsonNode frame : step.get("stack_to_render")) {
            assertThat(names(frame.get("ordered_varnames")))
                    .containsExactlyElementsOf(frame.get("encoded_locals").propertyNames());
            frame.get("encoded_locals").forEach(roots::add);
        }
        step.get("unreachable").forEach(roots::add);
        Set<String> reached = new HashSet<>();
        List<JsonNode> work = new ArrayList<>(roots);
        while (!work.isEmpty()) {
            JsonNode v = work.remove(work.size() - 1);
            if (isRef(v)) {
                String id = v.get(1).asString();
                assertThat(ids).as("REF %s resolves", id).contains(id);
                if (reached.add(id)) {
                    heap.get(id).forEach(work::add);
                }
            } else if (v.isArray()) {
                v.forEach(work::add);
            }
        }
        // a viewer draws what the variables and the unreachable list reach: nothing drawn is orphaned
        assertThat(reached).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            for (JsonNode r : step.get("heap_info").get(id).get("refs")) {
                assertThat(ids).contains(r.asString());
            }
        }
    }

    private static boolean isRef(JsonNode v) {
        return v.isArray() && v.size() == 2 && "REF".equals(v.get(0).asString(null)) && v.get(1).isNumber();
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
