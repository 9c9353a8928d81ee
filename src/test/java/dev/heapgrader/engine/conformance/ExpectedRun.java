package dev.heapgrader.engine.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What real CPython did for one program under one version, as {@code conformance/regenerate} recorded it: stdout
 * byte for byte ({@code <name>.<ver>.out}) and, from {@code <name>.<ver>.err}, the exit status ("exit N") and the
 * last non-empty stderr line (empty when stderr was empty).
 */
record ExpectedRun(byte[] stdout, int exitStatus, String lastStderrLine) {

    /** Parses the two-line {@code .err} format; throws {@link IllegalArgumentException} when it is malformed. */
    static ExpectedRun parse(byte[] stdout, String errFile) {
        String[] lines = errFile.split("\n", -1);
        if (lines.length < 1 || !lines[0].startsWith("exit ")) {
            throw new IllegalArgumentException("expected 'exit N' on the first line, found: " + lines[0]);
        }
        int status;
        try {
            status = Integer.parseInt(lines[0].substring("exit ".length()).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad exit status line: " + lines[0], e);
        }
        String last = lines.length > 1 ? lines[1] : "";
        return new ExpectedRun(stdout.clone(), status, last);
    }

    /** The expected stdout decoded as UTF-8 (regenerate runs CPython with PYTHONIOENCODING=utf-8). */
    String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectedRun other && Arrays.equals(stdout, other.stdout)
                && exitStatus == other.exitStatus && lastStderrLine.equals(other.lastStderrLine);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(stdout) + exitStatus) + lastStderrLine.hashCode();
    }

    @Override
    public String toString() {
        return "ExpectedRun[exit " + exitStatus + ", " + stdout.length + " stdout bytes, last stderr line '"
                + lastStderrLine + "']";
    }
}
