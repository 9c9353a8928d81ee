package dev.heapgrader.engine.errors;

import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Pattern;
import dev.heapgrader.engine.syntax.ast.Pos;
import dev.heapgrader.engine.syntax.ast.Stmt;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The marker line a 3.11+ traceback prints under a frame's source line (Lib/traceback.py,
 * {@code format_frame_summary}): carets under the failing instruction's span, or {@code ~} and {@code ^} around a
 * binary operator, a subscript and (3.13) a call's arguments. Spans over several lines: {@link MultiLineCarets}.
 */
public final class Carets {
    private Carets() {
    }

    /** Anchors of a segment: primary {@code ~} before {@code left}, secondary {@code ^} up to {@code right}. */
    private record Anchors(int left, int right) { }

    /**
     * The marker lines after the frame's first source line (without a final newline), or null when CPython prints
     * none; {@code lines} reads the frame's file by line number.
     */
    public static String lines(PythonVersion version, IntFunction<String> lines, Object node, Object statement,
                               int lineno) {
        Pos pos = positionOf(node);
        if (pos != null && pos.line() == lineno && pos.endLine() > lineno) {
            boolean fullCall = simpleCallStatement(statement, node) && statement instanceof Stmt s
                    && s.pos().line() == pos.line();
            return MultiLineCarets.after(version, lines, pos, asExpression(node), fullCall);
        }
        return line(version, lines.apply(lineno), node, statement, lineno);
    }

    /** 3.13 finds anchors by parsing the underlined source as an expression: a class pattern reads as a call. */
    private static Object asExpression(Object node) {
        return node instanceof Pattern.MatchClass k ? new Expr.Call(k.pos(), k.cls(), List.of(), List.of()) : node;
    }

    private static Pos positionOf(Object node) {
        return node instanceof Expr e ? e.pos() : node instanceof Stmt s ? s.pos()
                : node instanceof Pattern p ? p.pos() : null;
    }

    /** The marker line (without its newline), or null when CPython prints none. */
    public static String line(PythonVersion version, String source, Object node, Object statement, int lineno) {
        Pos pos = positionOf(node);
        if (source == null || pos == null || pos.line() != lineno || pos.endLine() != lineno
                || pos.endCol() > source.length() || pos.col() >= pos.endCol()) {
            return null;
        }
        String stripped = source.strip();
        int indent = source.length() - source.stripLeading().length();
        int start = pos.col();
        int end = pos.endCol();
        Anchors anchors = asExpression(node) instanceof Expr e ? anchors(version, source, e) : null;
        boolean show;
        if (version.tracebackCaretsForCalls()) {
            boolean wholeLine = source.substring(0, start).isBlank() && source.substring(end).isBlank();
            show = !simpleCallStatement(statement, node) && (anchors != null || !wholeLine);
        } else {
            show = end - start < stripped.length() || anchors != null && anchors.right - anchors.left > 0;
        }
        if (!show) {
            return null;
        }
        StringBuilder sb = new StringBuilder("    ");
        sb.append(" ".repeat(Math.max(0, start - indent)));
        if (anchors == null) {
            sb.append("^".repeat(end - start));
        } else {
            sb.append("~".repeat(anchors.left - start));
            sb.append("^".repeat(anchors.right - anchors.left));
            sb.append("~".repeat(end - anchors.right));
        }
        return sb.toString();
    }

    /** 3.13 drops the markers when the call of {@code return f(...)} or {@code x = f(...)} failed. */
    private static boolean simpleCallStatement(Object statement, Object node) {
        if (statement instanceof Stmt.Return r) {
            return r.value() == node && node instanceof Expr.Call c && c.func() instanceof Expr.Name;
        }
        if (statement instanceof Stmt.Assign a) {
            return a.value() == node && node instanceof Expr.Call && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Name;
        }
        return false;
    }

    /** {@code _extract_caret_anchors_from_line_segment}, on the compiled node instead of a re-parse. */
    private static Anchors anchors(PythonVersion version, String line, Expr e) {
        int segmentEnd = e.pos().endCol();
        if (e instanceof Expr.BinOp b && b.left().pos().endLine() == b.pos().line()
                && b.right().pos().line() == b.pos().line()) {
            int leftEnd = b.left().pos().endCol();
            String operator = line.substring(leftEnd, Math.max(leftEnd, b.right().pos().col()));
            int offset = operator.length() - operator.stripLeading().length();
            int left = leftEnd + offset;
            int right = left + 1;
            if (offset + 1 < operator.length() && !Character.isWhitespace(operator.charAt(offset + 1))) {
                right++;
            }
            while (left < segmentEnd && (Character.isWhitespace(line.charAt(left)) || line.charAt(left) == ')'
                    || line.charAt(left) == '#')) {
                left++;
                right++;
            }
            return new Anchors(left, right);
        }
        if (e instanceof Expr.Subscript s && s.value().pos().endLine() == s.pos().line()) {
            int left = s.value().pos().endCol();
            while (left < line.length() && line.charAt(left) != '[') {
                left++;
            }
            int right = s.slice().pos().endCol();
            while (right < line.length() && line.charAt(right) != ']') {
                right++;
            }
            return new Anchors(left, Math.min(right + 1, s.pos().endCol()));
        }
        if (e instanceof Expr.Call c && version.tracebackCaretsForCalls() && c.func().pos().endLine() == c.pos().line()) {
            int left = c.func().pos().endCol();
            while (left < line.length() && line.charAt(left) != '(') {
                left++;
            }
            return new Anchors(left, c.pos().endCol());
        }
        return null;
    }
}
