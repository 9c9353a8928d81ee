package dev.heapgrader.engine.syntax;

/**
 * The token kinds the parser sees, as CPython's Parser/token.c names them. Operators and keywords are told apart by
 * their text, so one {@code OP} kind covers every operator and {@code NAME} covers keywords and identifiers.
 */
public enum TokenKind {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER
}
