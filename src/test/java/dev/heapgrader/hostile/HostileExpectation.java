package dev.heapgrader.hostile;

import dev.heapgrader.engine.RunResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of {@code hostile/expected.tsv}: a program and what containing it means. A run row names the outcomes
 * any of which is acceptable (a memory hog may meet the heap, step or time limit first, depending on the machine)
 * and what its last stderr line must be: {@link #CPYTHON} for real CPython's line from {@code cpython.tsv},
 * {@link #UNCHECKED}, or the line's expected start. A graded row names the exercise, the most points the answer
 * may earn and the check it must fail.
 */
record HostileExpectation(String program, Set<RunResult.Outcome> outcomes, String stderr, String exercise,
                          double maxScore, String failingCheck) {
    static final String CPYTHON = "cpython";
    static final String UNCHECKED = "-";
    static final Path SUITE = Path.of("src/test/resources/hostile");

    boolean graded() {
        return exercise != null;
    }

    String source() {
        try {
            return Files.readString(SUITE.resolve(program + ".py"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<HostileExpectation> load() throws IOException {
        return Files.readAllLines(SUITE.resolve("expected.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(HostileExpectation::parse)
                .toList();
    }

    private static HostileExpectation parse(String line) {
        String[] cells = line.split("\t", -1);
        if (cells[1].equals("GRADED")) {
            return new HostileExpectation(cells[0], Set.of(), UNCHECKED, cells[2], Double.parseDouble(cells[3]),
                    cells[4]);
        }
        Set<RunResult.Outcome> outcomes = Arrays.stream(cells[1].split("\\|")).map(RunResult.Outcome::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new HostileExpectation(cells[0], outcomes, cells[2], null, 0, null);
    }
}
