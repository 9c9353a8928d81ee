package dev.heapgrader.engine.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable explanation of why two texts differ, for conformance failures: the first differing line (1-based),
 * the expected and actual versions of it, and a few lines of context on each side. It is not a full diff
 * algorithm on purpose: the first divergence is what an engine author needs, and later lines usually differ only
 * as a consequence.
 */
final class LineDiff {

    /** Lines shown before and after the first differing line. */
    static final int CONTEXT = 3;

    /** Marks a last line without its newline, so that difference is visible. */
    private static final String NO_NEWLINE = "\u23CE(no newline at end)";

    private LineDiff() {
    }

    /**
     * Describes the first difference between {@code expected} and {@code actual}; empty when they are equal.
     * Lines are split on {@code \n} only, so a stray {@code \r} or a missing final newline shows as a difference.
     */
    static String describe(String expected, String actual) {
        return describe("stdout", expected, actual);
    }

    /** The same, naming the stream ({@code stdout}, {@code stderr}) in the header line. */
    static String describe(String stream, String expected, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> want = lines(expected);
        List<String> got = lines(actual);
        int first = 0;
        while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
            first++;
        }
        StringBuilder out = new StringBuilder();
        out.append(stream).append(" differs at line ").append(first + 1).append(" (expected ").append(want.size())
                .append(" lines, got ").append(got.size()).append(" lines)\n");
        out.append("  expected: ").append(show(want, first)).append('\n');
        out.append("  actual:   ").append(show(got, first)).append('\n');
        out.append("  context (expected):\n");
        appendContext(out, want, first);
        out.append("  context (actual):\n");
        appendContext(out, got, first);
        return out.toString();
    }

    /**
     * Splits on {@code \n}, keeping a final empty element when the text ends without one, so "a\n" and "a" differ
     * at line 2 (shown as end of output versus a missing newline).
     */
    private static List<String> lines(String text) {
        List<String> result = new ArrayList<>();
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                if (start < text.length()) {
                    result.add(text.substring(start) + NO_NEWLINE);
                }
                return result;
            }
            result.add(text.substring(start, nl));
            start = nl + 1;
        }
    }

    private static String show(List<String> lines, int index) {
        return index < lines.size() ? quote(lines.get(index)) : "<end of output>";
    }

    private static void appendContext(StringBuilder out, List<String> lines, int first) {
        int from = Math.max(0, first - CONTEXT);
        int to = Math.min(lines.size(), first + CONTEXT + 1);
        if (from >= to) {
            out.append("    <empty output>\n");
            return;
        }
        for (int i = from; i < to; i++) {
            out.append(i == first ? "  > " : "    ").append(String.format("%4d | ", i + 1))
                    .append(quote(lines.get(i))).append('\n');
        }
    }

    /** Quotes a line and makes tabs, carriage returns and other control characters visible. */
    private static String quote(String line) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
