package dev.heapgrader.engine.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The one comparison of an engine run with CPython's recorded run, used by every corpus test and by
 * {@code conformance/report}: stdout byte for byte, the exit status, and the whole of stderr (every traceback frame,
 * source line and marker line), with addresses in reprs masked on both sides as {@code conformance/regenerate}
 * masks them.
 */
final class CorpusComparison {
    /** The same pattern as conformance/regenerate's ADDRESS. */
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{6,}");

    private CorpusComparison() {
    }

    /** Every way the run differs from CPython's, as readable text; empty when it conforms. */
    static String differences(ExpectedRun expected, String stdout, int exitStatus, String stderr) {
        StringBuilder problems = new StringBuilder();
        if (!Arrays.equals(stdout.getBytes(StandardCharsets.UTF_8), expected.stdout())) {
            String diff = LineDiff.describe(expected.stdoutText(), stdout);
            problems.append(diff.isEmpty() ? "stdout bytes differ (not valid UTF-8 in the expected file?)\n"
                    : diff);
        }
        if (exitStatus != expected.exitStatus()) {
            problems.append("exit status: expected ").append(expected.exitStatus()).append(", got ")
                    .append(exitStatus).append('\n');
        }
        String masked = ADDRESS.matcher(stderr).replaceAll("0xADDRESS");
        if (!masked.equals(expected.stderr())) {
            problems.append(LineDiff.describe("stderr", expected.stderr(), masked));
        }
        return problems.toString();
    }

    /** The first line of {@link #differences}, for one-line reports. */
    static String firstProblem(String differences) {
        return differences.lines().findFirst().orElse("");
    }
}
