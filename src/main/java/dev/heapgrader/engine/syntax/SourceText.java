package dev.heapgrader.engine.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A source file as code points with its line table, so that columns count code points as CPython's error offsets
 * do, and so that errors can quote the offending line.
 */
final class SourceText {
    private final int[] cp;
    private final List<Integer> lineStarts = new ArrayList<>();
    private final String filename;

    SourceText(String source, String filename) {
        this.cp = source.codePoints().toArray();
        this.filename = filename;
        lineStarts.add(0);
        for (int i = 0; i < cp.length; i++) {
            if (cp[i] == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    int length() {
        return cp.length;
    }

    int at(int i) {
        return i >= 0 && i < cp.length ? cp[i] : -1;
    }

    String filename() {
        return filename;
    }

    String slice(int from, int to) {
        return new String(cp, from, Math.max(0, Math.min(to, cp.length) - from));
    }

    /** Number of lines: a final line without a newline counts, an empty tail after the last newline does not. */
    int lineCount() {
        int n = lineStarts.size();
        return lineStarts.get(n - 1) == cp.length ? n - 1 : n;
    }

    /** The 1-based line holding code point index {@code i}. */
    int lineOf(int i) {
        int lo = 0;
        int hi = lineStarts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts.get(mid) <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    int lineStart(int line) {
        return line - 1 < lineStarts.size() ? lineStarts.get(line - 1) : cp.length;
    }

    /** The text of a 1-based line, with its newline when it has one; null past the end. */
    String lineWithNewline(int line) {
        if (line < 1 || line > lineStarts.size()) {
            return null;
        }
        int start = lineStarts.get(line - 1);
        int end = line < lineStarts.size() ? lineStarts.get(line) : cp.length;
        if (start == end && line > lineCount()) {
            return null;
        }
        return slice(start, end);
    }

    /** The line without its newline, as the tokenizer quotes it in its own errors. */
    String lineBare(int line) {
        String s = lineWithNewline(line);
        if (s == null) {
            return null;
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= lineCount(); i++) {
            out.add(lineBare(i));
        }
        return List.copyOf(out);
    }

    /** An error raised by the tokenizer: CPython quotes the line without its newline. */
    PythonSyntaxError tokenizerError(String kind, String msg, int line, int offset, int endOffset) {
        return new PythonSyntaxError(kind, msg, filename, line, offset, line, endOffset, lineBare(line));
    }

    /** An error raised by the parser: CPython quotes the line with its newline. */
    PythonSyntaxError parserError(String kind, String msg, int line, int offset, int endLine, int endOffset) {
        return new PythonSyntaxError(kind, msg, filename, line, offset, endLine, endOffset, lineWithNewline(line));
    }
}
