package dev.heapgrader.engine.conformance;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole tracebacks, not just their last line: for the programs in {@code src/test/resources/tracebacks/} the
 * engine's stderr must equal what real CPython printed ({@code conformance/regenerate-tracebacks}), frames,
 * source lines, the {@code ~~~^^^} markers under the failing expression and the final line, on each version.
 */
class TracebackTest {
    private static final Path FOLDER = Path.of("src/test/resources/tracebacks");

    @TestFactory
    Stream<DynamicTest> tracebacksMatchCPython() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.list(FOLDER)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertThat(programs).hasSizeGreaterThanOrEqualTo(8);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs) {
            for (PythonVersion version : PythonVersion.values()) {
                String name = program.getFileName().toString();
                Path expected = FOLDER.resolve(name.replace(".py", "." + version.label() + ".stderr"));
                tests.add(DynamicTest.dynamicTest(name + " [" + version.label() + "]", () -> {
                    RunResult r = Engine.run(Files.readString(program, StandardCharsets.UTF_8), name, version,
                            Limits.defaults());
                    assertThat(r.stderr()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
                }));
            }
        }
        return tests.stream();
    }
}
