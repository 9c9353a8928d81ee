package dev.heapgrader.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Real CPython's exit status and last stderr line for the hostile programs whose outcome CPython shares, per
 * version, as {@code conformance/regenerate-hostile} recorded them in {@code hostile/cpython.tsv}.
 */
record CPythonLines(Map<String, Ending> endings) {

    /** How one program ended on one version. */
    record Ending(int exitStatus, String lastStderrLine) {
    }

    static CPythonLines load() throws IOException {
        Map<String, Ending> endings = new HashMap<>();
        for (String line : Files.readAllLines(HostileExpectation.SUITE.resolve("cpython.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            endings.put(cells[0] + "@" + cells[1], new Ending(Integer.parseInt(cells[2]), cells[3]));
        }
        return new CPythonLines(Map.copyOf(endings));
    }

    Ending of(String program, String versionLabel) {
        Ending e = endings.get(program + "@" + versionLabel);
        if (e == null) {
            throw new IllegalStateException(program + " on " + versionLabel
                    + " has no CPython line: run conformance/regenerate-hostile");
        }
        return e;
    }
}
