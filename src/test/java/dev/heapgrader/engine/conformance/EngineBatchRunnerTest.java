package dev.heapgrader.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file protocol conformance/fuzz relies on: each request's stdout and status land beside the program, exactly
 * as {@link Engine#run} returned them, one "done" line per request, and a malformed request is answered, not fatal.
 */
class EngineBatchRunnerTest {

    @TempDir
    Path dir;

    @Test
    void writesEachRunBesideItsProgramAndAnswersEveryRequest() throws Exception {
        Path ok = dir.resolve("ok.py");
        Files.writeString(ok, "import sys\nx = []\nprint(sys.getrefcount(x), len([x, x]))\n");
        Path raises = dir.resolve("raises.py");
        Files.writeString(raises, "print('before')\n{}['missing']\n");
        String requests = "3.12\t" + ok + "\n3.11\t" + raises + "\nnot a request\n";
        ByteArrayOutputStream answers = new ByteArrayOutputStream();

        EngineBatchRunner.serve(new BufferedReader(new StringReader(requests)),
                new PrintStream(answers, true, StandardCharsets.UTF_8), Limits.defaults());

        assertThat(answers.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "done " + ok, "done " + raises,
                "error malformed request (want <version> TAB <path>): not a request");
        assertSameAsEngine(ok, PythonVersion.V3_12);
        assertSameAsEngine(raises, PythonVersion.V3_11);
    }

    private void assertSameAsEngine(Path program, PythonVersion version) throws Exception {
        RunResult direct = Engine.run(Files.readString(program), program.getFileName().toString(), version,
                Limits.defaults());
        String base = program + "." + version.label() + ".engine";
        assertThat(Files.readString(Path.of(base + ".out"))).isEqualTo(direct.stdout());
        assertThat(Files.readString(Path.of(base + ".err")))
                .isEqualTo("exit " + direct.exitStatus() + "\n" + direct.stderr());
    }
}
