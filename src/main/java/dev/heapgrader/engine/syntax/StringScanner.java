package dev.heapgrader.engine.syntax;


/**
 * Finds the end of one string literal for the {@link Lexer}. Before 3.12 every literal, f-strings included, ends at
 * the first unescaped closing quote (tokenizer.c's string branch). From 3.12 (PEP 701) an f-string's replacement
 * fields are tokenized as code, so they may hold strings with the same quote, comments and nested f-strings; this
 * scanner walks them the way 3.12's tokenizer modes do, to find the true end and report its errors.
 */
final class StringScanner {
    private final Lexer lx;
    private final int startLine;
    private final int startCol;
    private final boolean fstring;
    private int quote;
    private boolean triple;

    StringScanner(Lexer lx, int startLine, int startCol, boolean fstring) {
        this.lx = lx;
        this.startLine = startLine;
        this.startCol = startCol;
        this.fstring = fstring && lx.version().parser().tokenizesFStrings();
    }

    void scan() {
        quote = lx.peek(0);
        triple = lx.peek(1) == quote && lx.peek(2) == quote;
        lx.advance(triple ? 3 : 1);
        if (fstring) {
            literalPart(false);
        } else {
            plainBody();
        }
    }

    private PythonSyntaxError unterminated() {
        String what = fstring ? "f-string literal" : "string literal";
        int detected = triple ? Math.min(lx.line(), lx.source().lineCount()) : lx.line();
        String msg = (triple ? "unterminated triple-quoted " : "unterminated ") + what + " (detected at line "
                + detected + ")";
        return lx.source().tokenizerError("SyntaxError", msg, startLine, startCol + 1, startCol + 1);
    }

    /** Returns true when the closing quote was consumed. */
    private boolean atClosingQuote() {
        if (lx.peek(0) != quote) {
            return false;
        }
        if (!triple) {
            lx.advance(1);
            return true;
        }
        if (lx.peek(1) == quote && lx.peek(2) == quote) {
            lx.advance(3);
            return true;
        }
        return false;
    }

    private void plainBody() {
        while (true) {
            int c = lx.peek(0);
            if (c == -1 || c == '\n' && !triple) {
                throw unterminated();
            }
            if (atClosingQuote()) {
                return;
            }
            stepLiteralChar(c);
        }
    }

    private void stepLiteralChar(int c) {
        if (c == '\n') {
            lx.newlineInString();
        } else if (c == '\\') {
            lx.advance(1);
            if (lx.peek(0) == '\n') {
                lx.newlineInString();
            } else if (lx.peek(0) != -1) {
                lx.advance(1);
            }
        } else {
            lx.advance(1);
        }
    }

    /**
     * The literal text of an f-string (3.12+) or of a format spec; returns after the closing quote, or, in a
     * spec, at the '}' that ends the field (not consumed).
     */
    private void literalPart(boolean inSpec) {
        while (true) {
            int c = lx.peek(0);
            if (c == -1 || c == '\n' && !triple) {
                throw unterminated();
            }
            if (inSpec && c == quote) {
                throw lx.errorAt("f-string: expecting '}'", lx.line(), lx.column() + 1, lx.column() + 1);
            }
            if (!inSpec && atClosingQuote()) {
                return;
            }
            if (c == '\\' && (lx.peek(1) == '{' || lx.peek(1) == '}')) {
                // PEP 701: a backslash does not escape a brace; the brace keeps its meaning.
                lx.advance(1);
                continue;
            }
            if (c == '{') {
                if (!inSpec && lx.peek(1) == '{') {
                    lx.advance(2);
                    continue;
                }
                int braceLine = lx.line();
                int braceCol = lx.column();
                lx.advance(1);
                expressionPart(braceLine, braceCol);
                continue;
            }
            if (c == '}') {
                if (inSpec) {
                    return;
                }
                if (lx.peek(1) == '}') {
                    lx.advance(2);
                    continue;
                }
                throw lx.errorAt("f-string: single '}' is not allowed", lx.line(), lx.column() + 1,
                        lx.column() + 1);
            }
            stepLiteralChar(c);
        }
    }

    /** A replacement field after its '{': code up to the matching '}' (consumed), with an optional spec. */
    private void expressionPart(int braceLine, int braceCol) {
        int depth = 0;
        while (true) {
            int c = lx.peek(0);
            if (c == -1 || c == '\n' && !triple && depth == 0) {
                throw new PythonSyntaxError("SyntaxError", "'{' was never closed", lx.source().filename(),
                        braceLine, braceCol + 1, braceLine, 0, lx.source().lineWithNewline(braceLine));
            }
            if (c == '\n') {
                lx.newlineInString();
            } else if (c == '#') {
                while (lx.peek(0) != '\n' && lx.peek(0) != -1) {
                    lx.advance(1);
                }
            } else if (c == '\\') {
                if (lx.peek(1) == '\n') {
                    lx.advance(1);
                    lx.newlineInString();
                } else {
                    throw lx.errorAt("unexpected character after line continuation character", lx.line(),
                            lx.column() + 2, 0);
                }
            } else if (c == '"' || c == '\'') {
                nestedString(false);
            } else if (Lexer.isIdentifierStart(c)) {
                int from = lx.pos();
                while (lx.peek(0) != -1 && Lexer.isIdentifierChar(lx.peek(0))) {
                    lx.advance(1);
                }
                int q = lx.peek(0);
                String word = lx.source().slice(from, lx.pos()).toLowerCase();
                if ((q == '"' || q == '\'') && isPrefix(word)) {
                    nestedString(word.contains("f"));
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                lx.advance(1);
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
                lx.advance(1);
            } else if (c == '}') {
                lx.advance(1);
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (c == ':' && depth == 0) {
                lx.advance(1);
                literalPart(true);
                lx.advance(1);
                return;
            } else {
                lx.advance(1);
            }
        }
    }

    private static boolean isPrefix(String w) {
        return switch (w) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    /** A string inside a replacement field; an unterminated one with our own quote means a missing '}'. */
    private void nestedString(boolean isF) {
        int nLine = lx.line();
        int nCol = lx.column();
        int q = lx.peek(0);
        boolean nTriple = lx.peek(1) == q && lx.peek(2) == q;
        try {
            new StringScanner(lx, nLine, nCol, isF).scan();
        } catch (PythonSyntaxError e) {
            if (e.msg().startsWith("unterminated") && q == quote && nTriple == triple) {
                throw lx.source().tokenizerError("SyntaxError", "f-string: expecting '}'", nLine, nCol + 1,
                        nCol + 1);
            }
            throw e;
        }
    }
}
