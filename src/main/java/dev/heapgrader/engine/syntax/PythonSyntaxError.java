package dev.heapgrader.engine.syntax;

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
     * The lines CPython prints to stderr for this error when it ends the program, as
     * Python/pythonrun.c {@code print_exception} with {@code print_error_text} does: the file and line, the
     * source line stripped of leading white space, carets under the offending span, then the message.
     */
    public List<String> stderrLines() {
        List<String> lines = new ArrayList<>();
        lines.add("  File \"" + filename + "\", line " + lineno);
        if (text != null) {
            String stripped = text.stripTrailing();
            int indent = 0;
            while (indent < stripped.length() && (stripped.charAt(indent) == ' ' || stripped.charAt(indent) == '\t'
                    || stripped.charAt(indent) == '\f')) {
                indent++;
            }
            lines.add("    " + stripped.substring(indent));
            if (offset >= 1) {
                int start = Math.max(0, offset - 1 - indent);
                int end = endLineno == lineno && endOffset > offset ? endOffset - 1 - indent : start + 1;
                end = Math.min(Math.max(end, start + 1), Math.max(start + 1, stripped.length() - indent + 1));
                lines.add("    " + " ".repeat(start) + "^".repeat(end - start));
            }
        }
        lines.add(kind + ": " + msg);
        return lines;
    }
}
