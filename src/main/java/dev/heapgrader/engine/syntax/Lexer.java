package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.version.PythonVersion;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The tokenizer, following the rules of CPython's Parser/tokenizer.c {@code tok_get}: an indentation stack that
 * yields INDENT and DEDENT (tabs advance to the next multiple of 8, and a second stack with tabs counted as 1
 * detects TabError), NEWLINE only outside brackets and after non-blank lines, backslash continuation, and the
 * tokenizer's own errors (unterminated strings, bad numbers, unmatched brackets, invalid characters).
 * Tokens are produced on demand, as CPython's parser pulls them, so errors surface in the same order.
 */
final class Lexer {
    /** Parser/tokenizer.h MAXINDENT and MAXLEVEL. */
    static final int MAX_INDENT = 100;
    static final int MAX_LEVEL = 200;
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<",
        "<=", "<>", "==", ">=", ">>", "@=", "^=", "|=", "%", "&", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=",
        ">", "@", "[", "]", "^", "{", "|", "}", "~", "(", ")", "!"
    };

    private final SourceText src;
    private final PythonVersion version;
    private final int end;
    private final boolean embedded;
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atLineStart = true;
    private boolean lineHasTokens;
    private int pendingIndents;
    private int pendingDedents;
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentDepth;
    private final Deque<int[]> parens = new ArrayDeque<>();
    private boolean done;

    Lexer(SourceText src, PythonVersion version) {
        this.src = src;
        this.version = version;
        this.end = src.length();
        this.embedded = false;
    }

    /** A tokenizer over an f-string replacement field [from, to): newlines are ignored as inside brackets. */
    Lexer(SourceText src, PythonVersion version, int from, int to, int line, int lineStart) {
        this.src = src;
        this.version = version;
        this.pos = from;
        this.end = to;
        this.line = line;
        this.lineStart = lineStart;
        this.embedded = true;
        this.atLineStart = false;
    }

    int level() {
        return parens.size();
    }

    /** The innermost open bracket as {char, line, col}, or null. */
    int[] innermostParen() {
        return parens.peek();
    }

    SourceText source() {
        return src;
    }

    private int col() {
        return pos - lineStart;
    }

    private int peekc(int k) {
        int i = pos + k;
        return i < end ? src.at(i) : -1;
    }

    private Token make(TokenKind kind, int startPos, int startLine, int startCol) {
        return new Token(kind, src.slice(startPos, pos), startLine, startCol, line, col());
    }

    private PythonSyntaxError error(String msg, int errLine, int offset, int endOffset) {
        return src.tokenizerError("SyntaxError", msg, errLine, offset, endOffset);
    }

    Token next() {
        while (true) {
            if (pendingDedents > 0) {
                pendingDedents--;
                return new Token(TokenKind.DEDENT, "", line, col(), line, col());
            }
            if (pendingIndents > 0) {
                pendingIndents--;
                return new Token(TokenKind.INDENT, "", line, 0, line, col());
            }
            if (atLineStart && !embedded && parens.isEmpty()) {
                atLineStart = false;
                if (readIndentation()) {
                    continue;
                }
            }
            int c = peekc(0);
            while (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                c = peekc(0);
            }
            if (c == '#') {
                while (peekc(0) != '\n' && peekc(0) != -1) {
                    pos++;
                }
                continue;
            }
            if (c == -1) {
                return atEnd();
            }
            if (c == '\n') {
                int startCol = col();
                pos++;
                int nlLine = line;
                line++;
                lineStart = pos;
                if (!parens.isEmpty() || embedded) {
                    continue;
                }
                atLineStart = true;
                if (!lineHasTokens) {
                    continue;
                }
                lineHasTokens = false;
                int endCol = version.parser().newlineTokenHasWidth() ? startCol + 1 : startCol;
                return new Token(TokenKind.NEWLINE, "\n", nlLine, startCol, nlLine, endCol);
            }
            if (c == '\\') {
                int bcol = col();
                int n = peekc(1);
                if (n == '\n') {
                    pos += 2;
                    line++;
                    lineStart = pos;
                    continue;
                }
                if (n == -1) {
                    throw error("unexpected EOF while parsing", line, bcol + 2, -1);
                }
                throw error("unexpected character after line continuation character", line, bcol + 2, 0);
            }
            lineHasTokens = true;
            return scanToken(c);
        }
    }

    private Token atEnd() {
        if (!parens.isEmpty() && !embedded) {
            throw new UnclosedAtEof();
        }
        if (lineHasTokens && !embedded) {
            lineHasTokens = false;
            int endCol = version.parser().newlineTokenHasWidth() ? col() + 1 : col();
            return new Token(TokenKind.NEWLINE, "", line, col(), line, endCol);
        }
        if (indentDepth > 0) {
            indentDepth--;
            return new Token(TokenKind.DEDENT, "", line, col(), line, col());
        }
        done = true;
        return new Token(TokenKind.ENDMARKER, "", line, col(), line, col());
    }

    boolean isDone() {
        return done;
    }

    /**
     * Reads the indentation of a new line (tokenizer.c, the {@code atbol} block). Returns true when tokens were
     * queued or the line is blank and should be skipped.
     */
    private boolean readIndentation() {
        int colWidth = 0;
        int altCol = 0;
        while (true) {
            int c = peekc(0);
            if (c == ' ') {
                colWidth++;
                altCol++;
            } else if (c == '\t') {
                colWidth = (colWidth / 8 + 1) * 8;
                altCol++;
            } else if (c == '\f') {
                colWidth = 0;
                altCol = 0;
            } else {
                break;
            }
            pos++;
        }
        int c = peekc(0);
        if (c == '#' || c == '\n' || c == -1 || (c == '\\' && peekc(1) == '\n')) {
            return false;
        }
        if (colWidth == indents[indentDepth]) {
            if (altCol != altIndents[indentDepth]) {
                throw tabError();
            }
        } else if (colWidth > indents[indentDepth]) {
            if (indentDepth + 1 >= MAX_INDENT) {
                throw src.tokenizerError("IndentationError", "too many levels of indentation", line, col(), -1);
            }
            if (altCol <= altIndents[indentDepth]) {
                throw tabError();
            }
            indentDepth++;
            indents[indentDepth] = colWidth;
            altIndents[indentDepth] = altCol;
            pendingIndents++;
        } else {
            while (indentDepth > 0 && colWidth < indents[indentDepth]) {
                pendingDedents++;
                indentDepth--;
            }
            if (colWidth != indents[indentDepth]) {
                String text = src.lineWithNewline(line);
                int offset = text == null ? col() + 1 : text.codePointCount(0, text.length());
                throw new PythonSyntaxError("IndentationError", "unindent does not match any outer indentation level",
                        src.filename(), line, offset, line, -1, text);
            }
            if (altCol != altIndents[indentDepth]) {
                throw tabError();
            }
        }
        return pendingIndents > 0 || pendingDedents > 0;
    }

    private PythonSyntaxError tabError() {
        return new PythonSyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", src.filename(),
                line, 1, line, 0, src.lineWithNewline(line));
    }

    private Token scanToken(int c) {
        int startPos = pos;
        int startLine = line;
        int startCol = col();
        if (isIdentifierStart(c)) {
            return scanNameOrString(startPos, startLine, startCol);
        }
        if (c >= '0' && c <= '9' || c == '.' && isDigit(peekc(1))) {
            new NumberScanner(this).scan();
            return make(TokenKind.NUMBER, startPos, startLine, startCol);
        }
        if (c == '"' || c == '\'') {
            new StringScanner(this, startLine, startCol, false).scan();
            return make(TokenKind.STRING, startPos, startLine, startCol);
        }
        if (c >= 128 || c < 32 && c != '\t') {
            throw invalidCharacter(c, startLine, startCol);
        }
        for (String op : OPERATORS) {
            if (matches(op)) {
                pos += op.length();
                trackBrackets(op.charAt(0), startLine, startCol);
                return make(TokenKind.OP, startPos, startLine, startCol);
            }
        }
        pos++;
        return make(TokenKind.OP, startPos, startLine, startCol);
    }

    private boolean matches(String op) {
        for (int i = 0; i < op.length(); i++) {
            if (peekc(i) != op.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Bracket bookkeeping and its errors, as tokenizer.c does for '(' '[' '{' and their closers. */
    private void trackBrackets(char c, int startLine, int startCol) {
        if (c == '(' || c == '[' || c == '{') {
            if (parens.size() >= MAX_LEVEL) {
                throw error("too many nested parentheses", startLine, startCol + 1, startCol + 1);
            }
            parens.push(new int[]{c, startLine, startCol});
        } else if (c == ')' || c == ']' || c == '}') {
            if (parens.isEmpty()) {
                throw error("unmatched '" + c + "'", startLine, startCol + 1, startCol + 1);
            }
            int[] open = parens.pop();
            char expected = open[0] == '(' ? ')' : open[0] == '[' ? ']' : '}';
            if (c != expected) {
                String msg = open[1] != startLine
                        ? "closing parenthesis '" + c + "' does not match opening parenthesis '" + (char) open[0]
                        + "' on line " + open[1]
                        : "closing parenthesis '" + c + "' does not match opening parenthesis '" + (char) open[0] + "'";
                throw error(msg, startLine, startCol + 1, startCol + 1);
            }
        }
    }

    private Token scanNameOrString(int startPos, int startLine, int startCol) {
        // tokenizer.c: up to two prefix letters from b/r/u/f directly followed by a quote make a string prefix.
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (true) {
            int c = Character.toLowerCase(peekc(0));
            if (c == 'b' && !sawB && !sawU && !sawF) {
                sawB = true;
            } else if (c == 'r' && !sawR && !sawU) {
                sawR = true;
            } else if (c == 'u' && !sawB && !sawR && !sawU && !sawF) {
                sawU = true;
            } else if (c == 'f' && !sawF && !sawB && !sawU) {
                sawF = true;
            } else {
                break;
            }
            pos++;
            int q = peekc(0);
            if (q == '"' || q == '\'') {
                new StringScanner(this, startLine, startCol, sawF).scan();
                return make(TokenKind.STRING, startPos, startLine, startCol);
            }
        }
        while (true) {
            int c = peekc(0);
            if (c == -1 || !(isIdentifierChar(c) || c >= 128)) {
                break;
            }
            pos++;
        }
        // tokenizer.c verify_identifier: the first code point that cannot continue an identifier is reported.
        for (int i = startPos; i < pos; i++) {
            int c = src.at(i);
            boolean ok = i == startPos ? isIdentifierStart(c) : isIdentifierChar(c);
            if (!ok) {
                throw invalidCharacter(c, startLine, startCol + (i - startPos));
            }
        }
        return make(TokenKind.NAME, startPos, startLine, startCol);
    }

    PythonSyntaxError invalidCharacter(int c, int errLine, int errCol) {
        String msg = isPrintable(c)
                ? "invalid character '" + new String(Character.toChars(c)) + "' (U+" + hex4(c) + ")"
                : "invalid non-printable character U+" + hex4(c);
        return error(msg, errLine, errCol + 1, errCol + 1);
    }

    private static String hex4(int c) {
        String h = Integer.toHexString(c).toUpperCase();
        return h.length() >= 4 ? h : "0".repeat(4 - h.length()) + h;
    }

    /** Python's str.isprintable for one code point: no controls, format, surrogates, unassigned, separators. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.SPACE_SEPARATOR
                || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
        }
        return Character.isUnicodeIdentifierStart(c);
    }

    static boolean isIdentifierChar(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9';
        }
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    // Accessors for the number and string scanners, which share this tokenizer's cursor.

    int pos() {
        return pos;
    }

    void advance(int n) {
        pos += n;
    }

    int peek(int k) {
        return peekc(k);
    }

    int line() {
        return line;
    }

    int column() {
        return col();
    }

    /** Moves past a newline inside a string literal. */
    void newlineInString() {
        pos++;
        line++;
        lineStart = pos;
    }

    PythonVersion version() {
        return version;
    }

    PythonSyntaxError errorAt(String msg, int errLine, int offset, int endOffset) {
        return error(msg, errLine, offset, endOffset);
    }

    /** Thrown when the end of input is reached inside brackets; the parser turns it into CPython's error. */
    static final class UnclosedAtEof extends RuntimeException {
        UnclosedAtEof() {
            super(null, null, false, false);
        }
    }
}
