package dev.heapgrader.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code heapgrader run --timeline OUT.json FILE.py}: the program runs as without it; OUT.json holds its timeline. */
class RunTimelineOptionTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        return HeapGraderCommand.commandLine(new PrintWriter(out), new PrintWriter(err), a -> { }).execute(args);
    }

    private Path solution() throws IOException {
        Path file = dir.resolve("cycles.py");
        Files.copy(Path.of("exercises/gc-cycles/solution.py"), file);
        return file;
    }

    @Test
    void writesTheTimelineAndPrintsWhatTheProgramPrints() throws IOException {
        Path file = solution();
        Path json = dir.resolve("cycles.timeline.json");

        int status = execute("run", "--python", "3.12", "--timeline", json.toString(), file.toString());

        assertThat(status).isZero();
        assertThat(out.toString()).isEqualTo("unreachable objects found: 2\n");
        assertThat(err.toString()).isEmpty();
        JsonNode timeline = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
        assertThat(timeline.get("code").asString()).isEqualTo(Files.readString(file).replaceAll("\n$", ""));
        assertThat(timeline.get("heapgrader").get("python_version").asString()).isEqualTo("3.12");
        List<Long> returned = new ArrayList<>();
        for (JsonNode step : timeline.get("trace")) {
            for (JsonNode c : step.get("collections")) {
                if (c.get("explicit").asBoolean()) {
                    returned.add(c.get("returned").asLong());
                    // the two Nodes: unreachable, one cycle, both freed
                    assertThat(c.get("cycles")).hasSize(1);
                    assertThat(c.get("cycles").get(0)).hasSize(2);
                    assertThat(c.get("freed").size()).isGreaterThanOrEqualTo(2);
                }
            }
        }
        assertThat(returned).containsExactly(2L);
    }

    @Test
    void anUnwritableTimelineIsAOneLineErrorWithStatus2() throws IOException {
        Path file = solution();

        int status = execute("run", "--timeline", dir.resolve("missing/out.json").toString(), file.toString());

        assertThat(status).isEqualTo(2);
        assertThat(out.toString()).isEqualTo("unreachable objects found: 2\n");
        assertThat(err.toString()).startsWith("heapgrader run: cannot write the timeline to ")
                .contains("no such directory");
    }

    @Test
    void aSyntaxErrorWritesNoTimelineAndSaysSo() throws IOException {
        Path file = dir.resolve("broken.py");
        Files.writeString(file, "def f(:\n");
        Path json = dir.resolve("broken.json");

        int status = execute("run", "--timeline", json.toString(), file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(json).doesNotExist();
        assertThat(err.toString()).contains("no timeline written").contains("SyntaxError");
    }
}
