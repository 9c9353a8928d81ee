package dev.heapgrader.engine.conformance;

import dev.heapgrader.cli.HeapGraderCommand;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's promise for the command line: {@code heapgrader run --python 3.13 prog.py} prints what CPython 3.13
 * prints for every corpus program (stdout byte for byte, the exit status, the whole of stderr: {@link CorpusComparison}). The command
 * runs in-process, through the same picocli tree as the jar's {@code run}, so the whole corpus takes seconds.
 * Programs marked in not-yet-supported.txt are left to {@link ConformanceTest}, which reports them.
 */
class RunCommandConformanceTest {

    @Test
    void runPrintsWhatCPython313PrintsForEveryCorpusProgram() {
        ConformanceCorpus corpus = ConformanceCorpus.locate();
        NotYetSupportedMarks marks = corpus.marks();
        PythonVersion version = PythonVersion.V3_13;
        List<String> differences = new ArrayList<>();
        int checked = 0;
        for (String program : corpus.programs()) {
            Optional<ExpectedRun> expected = corpus.expected(program, version);
            if (expected.isEmpty() || marks.markFor(program).isPresent()) {
                continue;
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = HeapGraderCommand.commandLine(new PrintWriter(out), new PrintWriter(err), args -> { })
                    .execute("run", "--python", "3.13", corpus.root().resolve(program).toString());
            checked++;
            // the command names the file by the path it was given; regenerate strips the folder from CPython's
            String stderr = err.toString().replace(corpus.root().resolve(program).getParent() + "/", "");
            String problems = CorpusComparison.differences(expected.get(), out.toString(), status, stderr);
            if (!problems.isEmpty()) {
                differences.add(program + ": " + problems);
            }
        }

        assertThat(checked).as("corpus programs run through the command").isGreaterThan(500);
        assertThat(differences).as("programs where `run --python 3.13` differs from CPython 3.13").isEmpty();
    }
}
