package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Pos;

import java.util.ArrayList;
import java.util.List;

/**
 * The inside of one f-string literal: literal text, {@code {{}/{@code }}}, and replacement fields with their
 * {@code =}, {@code !conversion} and (possibly nested) format spec. Each field's code is tokenized and parsed in
 * place in the original source, so node positions are real. Error wording follows the version: 3.11's
 * Parser/string_parser.c or 3.12's PEP 701 tokenizer and grammar; 3.11 locates these errors at the token after the
 * string, as its parser does.
 */
final class FStringParser {
    private static final int MAX_NESTING_312 = 150;

    private final TokenStream ts;
    private final StringLiterals.Literal lit;
    private final int[] cp;
    private final int bodyAbs;
    private final boolean v312;

    FStringParser(TokenStream ts, StringLiterals.Literal lit) {
        this.ts = ts;
        this.lit = lit;
        this.cp = lit.body().codePoints().toArray();
        Token t = lit.token();
        this.bodyAbs = ts.src.lineStart(t.line()) + t.col() + lit.bodyStart();
        this.v312 = ts.version.parser().tokenizesFStrings();
    }

    List<Expr> parse() {
        if (!v312 && ts.fstringDepth >= 2) {
            throw ts.errorAt(ts.peek(), "f-string: expressions nested too deeply");
        }
        if (ts.fstringDepth >= MAX_NESTING_312) {
            throw ts.errorAt(ts.peek(), "too many nested f-strings");
        }
        List<Expr> parts = new ArrayList<>();
        int end = literalRun(0, parts, false);
        if (end != cp.length) {
            throw error(end, "f-string: single '}' is not allowed");
        }
        return StringLiterals.merge(parts);
    }

    private PythonSyntaxError error(int i, String msg) {
        if (!v312) {
            return ts.errorAt(ts.peek(), msg);
        }
        int abs = bodyAbs + Math.min(i, cp.length);
        int line = ts.src.lineOf(abs);
        int col = abs - ts.src.lineStart(line);
        return ts.src.parserError("SyntaxError", msg, line, col + 1, line, col + 1);
    }

    private Pos posAt(int from, int to) {
        int a = bodyAbs + from;
        int b = bodyAbs + to;
        int la = ts.src.lineOf(a);
        int lb = ts.src.lineOf(b);
        return new Pos(la, a - ts.src.lineStart(la), lb, b - ts.src.lineStart(lb));
    }

    /** Literal text and fields from i; stops at the end, or at a lone '}' when inSpec. Returns the stop index. */
    private int literalRun(int i, List<Expr> parts, boolean inSpec) {
        StringBuilder raw = new StringBuilder();
        int litStart = i;
        while (i < cp.length) {
            int c = cp[i];
            if (c == '{') {
                if (!inSpec && i + 1 < cp.length && cp[i + 1] == '{') {
                    raw.append('{');
                    i += 2;
                    continue;
                }
                flush(raw, litStart, i, parts);
                i = field(i, parts);
                litStart = i;
            } else if (c == '}') {
                if (inSpec) {
                    break;
                }
                if (i + 1 < cp.length && cp[i + 1] == '}') {
                    raw.append('}');
                    i += 2;
                    continue;
                }
                break;
            } else if (c == '\\' && i + 1 < cp.length && (cp[i + 1] == '{' || cp[i + 1] == '}')) {
                raw.append(lit.raw() ? "\\" : "\\\\");
                i++;
            } else if (c == '\\' && !lit.raw() && i + 1 < cp.length) {
                if (cp[i + 1] == 'N' && i + 2 < cp.length && cp[i + 2] == '{') {
                    int close = i + 2;
                    while (close < cp.length && cp[close] != '}') {
                        close++;
                    }
                    raw.append(new String(cp, i, Math.min(close + 1, cp.length) - i));
                    i = close + 1;
                    continue;
                }
                raw.appendCodePoint(c).appendCodePoint(cp[i + 1]);
                i += 2;
            } else {
                raw.appendCodePoint(c);
                i++;
            }
        }
        flush(raw, litStart, i, parts);
        return i;
    }

    private void flush(StringBuilder raw, int from, int to, List<Expr> parts) {
        if (raw.length() == 0) {
            return;
        }
        String value = new StringLiterals(ts, null).decodeStr(lit, raw.toString());
        parts.add(new Expr.Literal(posAt(from, to), new Constant.StrValue(value)));
        raw.setLength(0);
    }

    /** One replacement field starting at its '{'; returns the index after its '}'. */
    private int field(int open, List<Expr> parts) {
        int start = open + 1;
        int j = expressionEnd(start);
        if (j >= cp.length) {
            throw error(j, "f-string: expecting '}'");
        }
        String text = new String(cp, start, j - start);
        if (text.isBlank()) {
            char term = (char) cp[j];
            throw error(j, v312 ? "f-string: valid expression required before '" + term + "'"
                    : term == '=' ? "f-string: expression required before '='" : "f-string: empty expression not allowed");
        }
        Expr value = parseExpression(start, j, cp[j]);
        int conversion = -1;
        Expr spec = null;
        String debugText = null;
        if (cp[j] == '=') {
            j++;
            while (j < cp.length && Character.isWhitespace(cp[j])) {
                j++;
            }
            debugText = new String(cp, start, j - start);
        }
        if (j < cp.length && cp[j] == '!') {
            int c = j + 1 < cp.length ? cp[j + 1] : -1;
            if (c == '}' || c == ':' || c == -1) {
                throw error(j + 1, v312 ? "f-string: missing conversion character"
                        : "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            if (c != 's' && c != 'r' && c != 'a') {
                throw error(j + 1, v312 ? "f-string: invalid conversion character '" + new String(Character.toChars(c))
                        + "': expected 's', 'r', or 'a'" : "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = c;
            j += 2;
        }
        if (j < cp.length && cp[j] == ':') {
            List<Expr> specParts = new ArrayList<>();
            int specStart = j + 1;
            j = literalRun(specStart, specParts, true);
            List<Expr> merged = StringLiterals.merge(specParts);
            if (ts.version.parser().formatSpecEndsWithEmptyConstant() && !merged.isEmpty()
                    && merged.get(merged.size() - 1) instanceof Expr.FormattedValue) {
                // 3.12.1 ends a spec that ends in a field with an empty constant; 3.11 and 3.13 do not.
                merged = new ArrayList<>(merged);
                merged.add(new Expr.Literal(posAt(j, j), new Constant.StrValue("")));
                merged = List.copyOf(merged);
            }
            spec = new Expr.JoinedStr(posAt(specStart - 1, j), merged);
        }
        if (j >= cp.length || cp[j] != '}') {
            throw error(j, "f-string: expecting '}'");
        }
        if (debugText != null) {
            parts.add(new Expr.Literal(posAt(start, j), new Constant.StrValue(debugText)));
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        parts.add(new Expr.FormattedValue(posAt(open, j + 1), value, conversion, spec));
        return j + 1;
    }

    /** The index of the '}', '!', ':' or '=' that ends the field's code, skipping brackets and strings. */
    private int expressionEnd(int i) {
        StringBuilder open = new StringBuilder();
        while (i < cp.length) {
            int c = cp[i];
            if (!v312 && (c == '\\' || c == '#')) {
                // Parser/string_parser.c (3.11) refuses both in the expression part.
                throw error(i, c == '#' ? "f-string expression part cannot include '#'"
                        : "f-string expression part cannot include a backslash");
            }
            if (c == '\'' || c == '"') {
                i = skipString(i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                open.append((char) c);
            } else if ((c == ')' || c == ']' || c == '}') && open.length() > 0) {
                char o = open.charAt(open.length() - 1);
                char expected = o == '(' ? ')' : o == '[' ? ']' : '}';
                if (c != expected && !v312) {
                    throw error(i, "f-string: closing parenthesis '" + (char) c
                            + "' does not match opening parenthesis '" + o + "'");
                }
                open.setLength(open.length() - 1);
            } else if (c == ')' || c == ']') {
                if (!v312) {
                    throw error(i, "f-string: unmatched '" + (char) c + "'");
                }
            } else {
                int n = i + 1 < cp.length ? cp[i + 1] : -1;
                int p = i > 0 ? cp[i - 1] : -1;
                if (c == '}' || c == ':' || c == '!' && n != '=' || c == '=' && n != '=' && p != '='
                        && p != '!' && p != '<' && p != '>') {
                    return i;
                }
            }
            i++;
        }
        if (open.length() > 0 && !v312) {
            throw error(i, "f-string: unmatched '" + open.charAt(open.length() - 1) + "'");
        }
        return i;
    }

    private int skipString(int i) {
        int q = cp[i];
        boolean triple = i + 2 < cp.length && cp[i + 1] == q && cp[i + 2] == q;
        i += triple ? 3 : 1;
        while (i < cp.length) {
            if (cp[i] == '\\') {
                i += 2;
                continue;
            }
            if (cp[i] == q && (!triple || i + 2 < cp.length && cp[i + 1] == q && cp[i + 2] == q)) {
                return i + (triple ? 3 : 1);
            }
            i++;
        }
        return i;
    }

    private Expr parseExpression(int from, int to, int terminator) {
        int absFrom = bodyAbs + from;
        int line = ts.src.lineOf(absFrom);
        Lexer lexer = new Lexer(ts.src, ts.version, absFrom, bodyAbs + to, line, ts.src.lineStart(line));
        TokenStream sub = new TokenStream(lexer, ts.warnings, ts.fstringDepth + 1);
        sub.bracketDepth = 1;
        ExpressionParser ep = new ExpressionParser(sub);
        try {
            Token first = sub.peek();
            if (first.is("lambda") && terminator == ':' && v312) {
                throw sub.errorSpan(first.pos(), posAt(to, to + 1),
                        "f-string: lambda expressions are not allowed without parentheses");
            }
            Expr e = sub.at("yield") ? ep.yieldExpr() : ep.starExpressions();
            if (sub.peek().kind() != TokenKind.ENDMARKER) {
                throw sub.invalidSyntax();
            }
            return e;
        } catch (PythonSyntaxError e) {
            if (e.msg().startsWith("f-string") || !"SyntaxError".equals(e.kind())) {
                throw e;
            }
            if (!v312) {
                throw ts.errorAt(ts.peek(), "f-string: " + e.msg());
            }
            throw new PythonSyntaxError(e.kind(), "f-string: " + e.msg(), e.filename(), e.lineno(), e.offset(),
                    e.endLineno(), e.endOffset(), e.text());
        }
    }
}
