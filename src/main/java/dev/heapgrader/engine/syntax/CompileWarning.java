package dev.heapgrader.engine.syntax;

/**
 * A warning CPython's compiler prints to stderr before the program runs, such as 3.12's
 * {@code SyntaxWarning: invalid escape sequence '\d'}; printed as {@code file:line: Category: message} followed by
 * the stripped source line.
 */
public record CompileWarning(String category, String message, int lineno, String sourceLine) {

    /** The two stderr lines CPython's {@code warnings.showwarning} writes for this warning. */
    public String stderrText(String filename) {
        String line = sourceLine == null ? "" : "  " + sourceLine.strip() + "\n";
        return filename + ":" + lineno + ": " + category + ": " + message + "\n" + line;
    }
}
