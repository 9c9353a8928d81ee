package dev.heapgrader.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heapgrader.engine.version.PythonVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the corpus consistent: every program has its six expected files (stdout and exit status for each of the
 * three versions), no expected file outlives its program, and every mark in {@code not-yet-supported.txt} parses
 * and still covers at least one program. It prints how many marks there are, since the goal is none.
 */
class CorpusLayoutTest {

    private final ConformanceCorpus corpus = ConformanceCorpus.locate();

    @Test
    void everyProgramHasAllSixExpectedFiles() {
        Set<String> present = new HashSet<>(corpus.expectedFiles());
        List<String> missing = new ArrayList<>();
        for (String program : corpus.programs()) {
            for (PythonVersion version : PythonVersion.values()) {
                for (String file : List.of(ConformanceCorpus.outFile(program, version),
                        ConformanceCorpus.errFile(program, version))) {
                    if (!present.contains(file)) {
                        missing.add(file);
                    }
                }
            }
        }
        assertThat(corpus.programs()).as("corpus programs").isNotEmpty();
        assertThat(missing).as("expected files missing: run conformance/regenerate on their programs").isEmpty();
    }

    @Test
    void noExpectedFileIsOrphaned() {
        Set<String> wanted = new HashSet<>();
        for (String program : corpus.programs()) {
            for (PythonVersion version : PythonVersion.values()) {
                wanted.add(ConformanceCorpus.outFile(program, version));
                wanted.add(ConformanceCorpus.errFile(program, version));
            }
        }
        assertThat(corpus.expectedFiles())
                .as("expected files without a program or for an unknown version: delete them")
                .allMatch(wanted::contains);
    }

    @Test
    void marksParseAndEachCoversAProgram() {
        NotYetSupportedMarks marks = corpus.marks();
        List<String> programs = corpus.programs();
        List<String> stale = marks.marks().stream()
                .filter(m -> programs.stream().noneMatch(m::matches))
                .map(m -> "line " + m.line() + ": " + m.glob())
                .toList();
        assertThat(stale).as("marks that match no program: remove them from " + NotYetSupportedMarks.FILE_NAME)
                .isEmpty();
        long covered = programs.stream().filter(p -> marks.markFor(p).isPresent()).count();
        System.out.println("conformance: " + marks.marks().size() + " marks in " + NotYetSupportedMarks.FILE_NAME
                + " covering " + covered + " of " + programs.size() + " programs");
    }
}
