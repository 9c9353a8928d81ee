package dev.heapgrader.engine.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What real CPython did for one program under one version, as {@code conformance/regenerate} recorded it: stdout
 * byte for byte ({@code <name>.<ver>.out}) and, from {@code <name>.<ver>.err}, the exit status ("exit N" on the
 * first line) and the whole of stderr after it (file names without the script's folder, addresses replaced by
 * {@code 0xADDRESS}).
 */
record ExpectedRun(byte[] stdout, int exitStatus, String stderr) {

    /** Parses the {@code .err} format; throws {@link IllegalArgumentException} when it is malformed. */
    static ExpectedRun parse(byte[] stdout, String errFile) {
        int newline = errFile.indexOf('\n');
        String first = newline < 0 ? errFile : errFile.substring(0, newline);
        if (!first.startsWith("exit ")) {
            throw new IllegalArgumentException("expected 'exit N' on the first line, found: " + first);
        }
        int status;
        try {
            status = Integer.parseInt(first.substring("exit ".length()).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad exit status line: " + first, e);
        }
        return new ExpectedRun(stdout.clone(), status, newline < 0 ? "" : errFile.substring(newline + 1));
    }

    /** The expected stdout decoded as UTF-8 (regenerate runs CPython with PYTHONIOENCODING=utf-8). */
    String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** The last non-empty line of stderr, or empty. */
    String lastStderrLine() {
        String[] lines = stderr.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectedRun other && Arrays.equals(stdout, other.stdout)
                && exitStatus == other.exitStatus && stderr.equals(other.stderr);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(stdout) + exitStatus) + stderr.hashCode();
    }

    @Override
    public String toString() {
        return "ExpectedRun[exit " + exitStatus + ", " + stdout.length + " stdout bytes, " + stderr.length()
                + " stderr chars]";
    }
}
