package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.version.PythonVersion;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A program rejected by the front end, carrying what CPython's {@code SyntaxError} carries: the exception class
 * name ({@code SyntaxError}, {@code IndentationError} or {@code TabError}), the message, and the 1-based line and
 * column span. Thrown without a Java stack trace: it is an expected outcome, not an engine bug.
 */
public final class PythonSyntaxError extends RuntimeException {
    private final String kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    /**
     * @param kind      SyntaxError, IndentationError or TabError
     * @param lineno    1-based line, 0 when unknown
     * @param offset    1-based column of the first caret, 0 when there is no caret
     * @param endOffset 1-based column after the last caret (equal to offset + 1 for one caret), 0 when unknown
     * @param text      the offending source line without its newline, or null
     */
    public PythonSyntaxError(String kind, String msg, String filename, int lineno, int offset, int endLineno,
                             int endOffset, String text) {
        super(kind + ": " + msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public String kind() {
        return kind;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public String text() {
        return text;
    }

    /**
     * The lines CPython prints to stderr for this error when it ends the program. 3.11 and 3.12 print it in C
     * (Python/pythonrun.c {@code print_exception} and {@code print_error_text}); 3.13 prints it with
     * Lib/traceback.py {@code TracebackException._format_syntax_error}. They differ in how they strip the line and
     * how many carets they draw, so the version decides. Errors without a line (MemoryError, RecursionError from
     * the compiler) print only their last line. Without a version, the default version's layout.
     */
    public List<String> stderrLines() {
        return stderrLines(PythonVersion.defaultVersion());
    }

    /** The stderr lines as the given version prints them; see {@link #stderrLines()}. */
    public List<String> stderrLines(PythonVersion version) {
        List<String> lines = new ArrayList<>();
        if (lineno <= 0) {
            lines.add(msg.isEmpty() ? kind : kind + ": " + msg);
            return lines;
        }
        lines.add("  File \"" + filename + "\", line " + lineno);
        if (text != null) {
            if (version.parser().syntaxErrorPrintedLikeTraceback()) {
                formatLikeTraceback(lines);
            } else {
                formatLikePythonrun(lines);
            }
        }
        lines.add(kind + ": " + msg);
        return lines;
    }

    /** Python/pythonrun.c: only a plain SyntaxError gets a caret range; offsets compare against UTF-8 sizes. */
    private void formatLikePythonrun(List<String> lines) {
        int end = "SyntaxError".equals(kind) ? endOffset : -1;
        int endLine = "SyntaxError".equals(kind) ? endLineno : lineno;
        int lineSize = text.getBytes(StandardCharsets.UTF_8).length;
        if (endLine > lineno) {
            end = lineSize;
        }
        if (end > lineSize + 1) {
            end = lineSize + 1;
        }
        int reps = end > 0 && end > offset ? end - offset : 1;
        int off = offset - 1;
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
            i++;
            off--;
        }
        String rest = text.substring(i);
        String shown = rest.endsWith("\n") ? rest.substring(0, rest.length() - 1) : rest;
        int len = shown.getBytes(StandardCharsets.UTF_8).length;
        if (off > len) {
            off = len;
        }
        lines.add("    " + shown);
        if (off >= 0) {
            lines.add("    " + " ".repeat(off) + "^".repeat(reps));
        }
    }

    /** Lib/traceback.py (3.13): strips spaces and form feeds but keeps tabs, which also align the carets. */
    private void formatLikeTraceback(List<String> lines) {
        String rtext = text;
        while (rtext.endsWith("\n")) {
            rtext = rtext.substring(0, rtext.length() - 1);
        }
        int k = 0;
        while (k < rtext.length() && (rtext.charAt(k) == ' ' || rtext.charAt(k) == '\n' || rtext.charAt(k) == '\f')) {
            k++;
        }
        String ltext = rtext.substring(k);
        int spaces = rtext.codePointCount(0, k);
        int rlen = rtext.codePointCount(0, rtext.length());
        int tlen = text.codePointCount(0, text.length());
        int off = offset;
        int end = lineno == endLineno ? (endOffset != 0 ? endOffset : off) : rlen + 1;
        if (off > tlen) {
            off = rlen + 1;
        }
        if (end > tlen) {
            end = rlen + 1;
        }
        if (off >= end || end < 0) {
            end = off + 1;
        }
        int colno = off - 1 - spaces;
        int endColno = end - 1 - spaces;
        lines.add("    " + ltext);
        if (colno >= 0) {
            StringBuilder caretSpace = new StringBuilder();
            int[] cps = ltext.codePoints().toArray();
            for (int j = 0; j < Math.min(colno, cps.length); j++) {
                caretSpace.appendCodePoint(Character.isWhitespace(cps[j]) ? cps[j] : ' ');
            }
            for (int j = cps.length; j < colno; j++) {
                caretSpace.append(' ');
            }
            lines.add("    " + caretSpace + "^".repeat(Math.max(0, endColno - colno)));
        }
    }
}
