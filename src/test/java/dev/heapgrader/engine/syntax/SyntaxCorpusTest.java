package dev.heapgrader.engine.syntax;

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
 * Runs every program of the syntax corpus through {@link Engine#run} under each version and compares the exit
 * status and the last stderr line with what real CPython printed (the committed {@code .err} files). The general
 * conformance harness covers the whole corpus; this test keeps the parser's own programs green on its branch.
 */
class SyntaxCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/conformance/syntax");

    @TestFactory
    Stream<DynamicTest> everySyntaxProgramFailsLikeCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path py : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                for (PythonVersion v : PythonVersion.values()) {
                    tests.add(DynamicTest.dynamicTest(py.getFileName() + " on " + v, () -> check(py, v)));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(120);
        return tests.stream();
    }

    private static void check(Path py, PythonVersion v) throws IOException {
        String source = Files.readString(py, StandardCharsets.UTF_8);
        String stem = py.getFileName().toString().replaceFirst("\\.py$", "");
        List<String> expected = Files.readAllLines(py.resolveSibling(stem + "." + v.label() + ".err"));
        RunResult r = Engine.run(source, py.getFileName().toString(), v, Limits.defaults());
        List<String> lines = r.stderr().lines().filter(l -> !l.isBlank()).toList();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        assertThat("exit " + r.exitStatus() + " / " + last).isEqualTo(expected.get(0) + " / " + expected.get(1));
        assertThat(r.stdout()).isEmpty();
    }
}
