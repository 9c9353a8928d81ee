package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Pos;

/**
 * One token with its source span: lines 1-based, columns 0-based in code points, the end exclusive. For a
 * {@code STRING} the text is the whole literal with its prefix and quotes, decoded later by {@link StringLiterals}.
 */
public record Token(TokenKind kind, String text, int line, int col, int endLine, int endCol) {

    public Pos pos() {
        return new Pos(line, col, endLine, endCol);
    }

    /** Whether this is the operator or keyword spelled {@code s}. */
    public boolean is(String s) {
        return (kind == TokenKind.OP || kind == TokenKind.NAME) && text.equals(s);
    }

    public boolean isOp(String s) {
        return kind == TokenKind.OP && text.equals(s);
    }
}
