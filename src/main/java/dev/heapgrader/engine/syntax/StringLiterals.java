package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Pos;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Adjacent string literals to one constant or f-string (Parser/string_parser.c and action_helpers.c
 * {@code _PyPegen_concatenate_strings}): prefixes, escape sequences with their errors and 3.12's
 * {@code SyntaxWarning: invalid escape sequence}, and the rule that bytes and str do not mix.
 */
final class StringLiterals {
    private final TokenStream ts;
    private final ExpressionParser ep;

    StringLiterals(TokenStream ts, ExpressionParser ep) {
        this.ts = ts;
        this.ep = ep;
    }

    /** One literal's prefix flags and body bounds within its token text. */
    record Literal(Token token, boolean raw, boolean bytes, boolean fstring, int bodyStart, int bodyEnd) {
        String body() {
            return token.text().substring(bodyStart, bodyEnd);
        }
    }

    static Literal split(Token t) {
        String text = t.text();
        int q = 0;
        while (text.charAt(q) != '"' && text.charAt(q) != '\'') {
            q++;
        }
        String prefix = text.substring(0, q).toLowerCase();
        char quote = text.charAt(q);
        int qlen = text.length() - q >= 6 && text.charAt(q + 1) == quote && text.charAt(q + 2) == quote ? 3 : 1;
        return new Literal(t, prefix.contains("r"), prefix.contains("b"), prefix.contains("f"), q + qlen,
                text.length() - qlen);
    }

    Expr strings() {
        List<Literal> lits = new ArrayList<>();
        while (ts.peek().kind() == TokenKind.STRING) {
            lits.add(split(ts.next()));
        }
        Pos pos = Pos.span(lits.get(0).token().pos(), lits.get(lits.size() - 1).token().pos());
        boolean anyBytes = lits.stream().anyMatch(Literal::bytes);
        boolean allBytes = lits.stream().allMatch(Literal::bytes);
        if (anyBytes && !allBytes) {
            throw ts.errorAt(ts.peek(), "cannot mix bytes and nonbytes literals");
        }
        if (allBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Literal l : lits) {
                byte[] b = decodeBytes(l);
                out.write(b, 0, b.length);
            }
            return new Expr.Literal(pos, new Constant.BytesValue(out.toByteArray()));
        }
        if (lits.stream().noneMatch(Literal::fstring)) {
            StringBuilder sb = new StringBuilder();
            for (Literal l : lits) {
                sb.append(decodeStr(l, l.body()));
            }
            return new Expr.Literal(pos, new Constant.StrValue(sb.toString()));
        }
        List<Expr> parts = new ArrayList<>();
        for (Literal l : lits) {
            if (l.fstring()) {
                parts.addAll(new FStringParser(ts, l).parse());
            } else {
                parts.add(new Expr.Literal(l.token().pos(), new Constant.StrValue(decodeStr(l, l.body()))));
            }
        }
        return new Expr.JoinedStr(pos, merge(parts));
    }

    /** Adjacent str pieces become one, and empty ones vanish, as in CPython's JoinedStr. */
    static List<Expr> merge(List<Expr> parts) {
        List<Expr> out = new ArrayList<>();
        for (Expr p : parts) {
            if (p instanceof Expr.Literal l && l.value() instanceof Constant.StrValue s) {
                if (s.value().isEmpty()) {
                    continue;
                }
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Expr.Literal prev
                        && prev.value() instanceof Constant.StrValue ps) {
                    out.set(out.size() - 1, new Expr.Literal(Pos.span(prev.pos(), l.pos()),
                            new Constant.StrValue(ps.value() + s.value())));
                    continue;
                }
            }
            out.add(p);
        }
        return List.copyOf(out);
    }

    private byte[] decodeBytes(Literal l) {
        String body = l.body();
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 128) {
                Token t = l.token();
                // Before 3.13 the end column was counted in UTF-8 bytes.
                int extra = !ts.version.parser().countsErrorColumnsInUtf8Bytes() ? 0
                        : t.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length - t.text().length();
                throw ts.src.parserError("SyntaxError", "bytes can only contain ASCII literal characters", t.line(),
                        t.col() + 1, t.endLine(), t.endCol() + 1 + extra);
            }
        }
        String s = l.raw() ? body : decodeEscapes(l, body, true);
        byte[] b = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    String decodeStr(Literal l, String body) {
        return l.raw() ? body : decodeEscapes(l, body, false);
    }

    /** Python/codecs.c unicode_escape rules; unknown escapes stay as written and warn (3.12: SyntaxWarning). */
    private String decodeEscapes(Literal l, String s, boolean bytes) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            int start = i;
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int n = 1;
                    while (n < 3 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        v = v * 8 + s.charAt(i) - '0';
                        i++;
                        n++;
                    }
                    sb.appendCodePoint(bytes ? v & 0xff : v);
                }
                case 'x' -> i = hexEscape(l, s, start, i, 2, sb, "\\xXX", bytes);
                case 'u' -> i = bytes ? unknown(l, s, start, sb) : hexEscape(l, s, start, i, 4, sb, "\\uXXXX", false);
                case 'U' -> i = bytes ? unknown(l, s, start, sb) : hexEscape(l, s, start, i, 8, sb, "\\UXXXXXXXX",
                        false);
                case 'N' -> i = bytes ? unknown(l, s, start, sb) : namedEscape(l, s, start, i, sb);
                default -> i = unknown(l, s, start, sb);
            }
        }
        return sb.toString();
    }

    private int unknown(Literal l, String s, int start, StringBuilder sb) {
        int cp = s.codePointAt(start + 1);
        sb.append('\\').appendCodePoint(cp);
        if (ts.version.parser().warnsOnInvalidEscape()) {
            Token t = l.token();
            ts.warnings.add(new CompileWarning("SyntaxWarning", "invalid escape sequence '\\"
                    + new String(Character.toChars(cp)) + "'", t.line(), ts.src.lineBare(t.line())));
        }
        return start + 1 + Character.charCount(cp);
    }

    private int hexEscape(Literal l, String s, int start, int i, int n, StringBuilder sb, String what, boolean bytes) {
        long v = 0;
        int k = 0;
        while (k < n && i + k < s.length() && Character.digit(s.charAt(i + k), 16) >= 0) {
            v = v * 16 + Character.digit(s.charAt(i + k), 16);
            k++;
        }
        if (k < n) {
            throw unicodeError(l, s, start, i + k, "truncated " + what + " escape", bytes);
        }
        if (v > 0x10FFFF) {
            throw unicodeError(l, s, start, i + k, "illegal Unicode character", bytes);
        }
        sb.appendCodePoint((int) v);
        return i + k;
    }

    private int namedEscape(Literal l, String s, int start, int i, StringBuilder sb) {
        int close = i < s.length() && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
        if (close < 0) {
            throw unicodeError(l, s, start, s.length(), "malformed \\N character escape", false);
        }
        String name = s.substring(i + 1, close);
        try {
            // Python's unicodedata names CJK ideographs by code; Java spells them differently.
            String cjk = "CJK UNIFIED IDEOGRAPH-";
            sb.appendCodePoint(name.toUpperCase().startsWith(cjk) ? Integer.parseInt(name.substring(cjk.length()), 16)
                    : Character.codePointOf(name));
        } catch (IllegalArgumentException e) {
            throw unicodeError(l, s, start, close + 1, "unknown Unicode character name", false);
        }
        return close + 1;
    }

    /** Python/errors.c via the codec: "(unicode error) 'unicodeescape' codec can't decode bytes in position a-b". */
    private PythonSyntaxError unicodeError(Literal l, String s, int from, int to, String reason, boolean bytes) {
        int a = s.substring(0, from).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int b = s.substring(0, to).getBytes(java.nio.charset.StandardCharsets.UTF_8).length - 1;
        String msg = bytes ? "(value error) invalid \\x escape at position " + a
                : "(unicode error) 'unicodeescape' codec can't decode bytes in position " + a + "-" + b + ": "
                + reason;
        Token t = l.token();
        if (!ts.version.parser().escapeErrorsPointAtLiteral()) {
            return ts.errorAt(ts.peek(), msg);
        }
        return ts.src.parserError("SyntaxError", msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
    }
}
