package dev.heapgrader.engine.syntax.ast;

/**
 * A node's source span as CPython reports it: lines are 1-based, columns are 0-based offsets in characters
 * (code points) from the start of the line, the end exclusive.
 */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);

    /** The span from the start of {@code a} to the end of {@code b}. */
    public static Pos span(Pos a, Pos b) {
        return new Pos(a.line, a.col, b.endLine, b.endCol);
    }
}
