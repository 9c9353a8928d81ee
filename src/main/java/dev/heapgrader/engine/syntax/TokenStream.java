package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Pos;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.ArrayList;
import java.util.List;

/**
 * The parser's view of the token sequence: a buffer filled from the {@link Lexer} on demand, lookahead, and the
 * factory for errors located as CPython locates them (1-based offsets, the end exclusive).
 */
final class TokenStream {
    /** Parser/parser.c MAXSTACK minus the rule levels CPython spends before reaching an expression. */
    static final int MAX_LEVEL = 5968;

    final SourceText src;
    final PythonVersion version;
    final Lexer lexer;
    final List<CompileWarning> warnings;
    final int fstringDepth;
    private final List<Token> toks = new ArrayList<>();
    private int idx;
    private int level;
    int bracketDepth;

    TokenStream(Lexer lexer, List<CompileWarning> warnings, int fstringDepth) {
        this.lexer = lexer;
        this.src = lexer.source();
        this.version = lexer.version();
        this.warnings = warnings;
        this.fstringDepth = fstringDepth;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int k) {
        while (toks.size() <= idx + k) {
            if (!toks.isEmpty() && toks.get(toks.size() - 1).kind() == TokenKind.ENDMARKER) {
                return toks.get(toks.size() - 1);
            }
            try {
                toks.add(lexer.next());
            } catch (Lexer.UnclosedAtEof e) {
                throw new TokenizerFailure(unclosedError());
            } catch (PythonSyntaxError e) {
                throw new TokenizerFailure(e);
            }
        }
        return toks.get(idx + k);
    }

    Token next() {
        Token t = peek();
        if (t.kind() != TokenKind.ENDMARKER) {
            idx++;
        }
        return t;
    }

    Token prev() {
        return toks.get(Math.max(0, idx - 1));
    }

    int mark() {
        return idx;
    }

    void reset(int mark) {
        idx = mark;
    }

    boolean at(String s) {
        return peek().is(s);
    }

    boolean atKind(TokenKind k) {
        return peek().kind() == k;
    }

    boolean accept(String s) {
        if (at(s)) {
            next();
            return true;
        }
        return false;
    }

    /** Consumes {@code s} or fails with "invalid syntax" at the current token. */
    Token expect(String s) {
        if (!at(s)) {
            throw invalidSyntax();
        }
        return next();
    }

    /** A "forced" token (CPython's {@code &&'x'}): its absence is reported as "expected 'x'". */
    Token expectForced(String s) {
        if (!at(s)) {
            throw errorAt(peek(), "expected '" + s + "'");
        }
        return next();
    }

    void enter(int cost) {
        level += cost;
        if (level >= MAX_LEVEL) {
            String msg = version.parser().parserStackOverflowMessage();
            throw new PythonSyntaxError("MemoryError", msg, src.filename(), 0, 0, 0, 0, null);
        }
    }

    void leave(int cost) {
        level -= cost;
    }

    PythonSyntaxError invalidSyntax() {
        return errorAt(peek(), "invalid syntax");
    }

    PythonSyntaxError errorAt(Token t, String msg) {
        if (t.kind() == TokenKind.INDENT) {
            return src.parserError("IndentationError", "unexpected indent", t.line(), t.endCol(), t.line(), -1);
        }
        if (t.kind() == TokenKind.DEDENT && msg.equals("invalid syntax")) {
            return src.parserError("IndentationError", "unexpected unindent", t.line(), t.col() + 1, t.line(), -1);
        }
        return src.parserError("SyntaxError", msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
    }

    PythonSyntaxError errorSpan(Pos a, Pos b, String msg) {
        return src.parserError("SyntaxError", msg, a.line(), a.col() + 1, b.endLine(), b.endCol() + 1);
    }

    PythonSyntaxError errorAt(Pos p, String msg) {
        return errorSpan(p, p, msg);
    }

    PythonSyntaxError unclosedError() {
        int[] open = lexer.innermostParen();
        return src.parserError("SyntaxError", "'" + (char) open[0] + "' was never closed", open[1], open[2] + 1,
                open[1], 0);
    }

    /**
     * Pegen.c {@code _PyPegen_tokenize_full_source_to_check_for_errors}: after a parser error, the rest of the
     * file is tokenized; a tokenizer error there wins, and so does a bracket left open on an earlier line.
     */
    PythonSyntaxError preferTokenizerErrors(PythonSyntaxError parserError) {
        try {
            while (!lexer.isDone()) {
                lexer.next();
            }
        } catch (PythonSyntaxError e) {
            return e;
        } catch (Lexer.UnclosedAtEof e) {
            int[] open = lexer.innermostParen();
            int errLine = toks.isEmpty() ? parserError.lineno() : toks.get(toks.size() - 1).line();
            if (errLine > open[1]) {
                return unclosedError();
            }
        }
        return parserError;
    }

    /** A tokenizer error on its way through the parser; it is reported as is, never re-checked. */
    static final class TokenizerFailure extends RuntimeException {
        final PythonSyntaxError error;

        TokenizerFailure(PythonSyntaxError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    /** CPython's EXTRA location: from a rule's first token to the last token it consumed. */
    Pos from(Token start) {
        return span(start, prev());
    }

    static Pos span(Token a, Token b) {
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol());
    }
}
