package dev.heapgrader.engine.errors;

import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Pos;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The markers under a failing instruction whose span covers several source lines (Lib/traceback.py,
 * {@code StackSummary.format_frame_summary}). 3.11 and 3.12 underline the first line from the span's start to the
 * line's end; 3.13 prints every line of the span (up to the first and last and the lines around a call's
 * parenthesis, the rest abbreviated) each with its own marker line. What follows the frame's first source line is
 * returned as one string of lines.
 */
final class MultiLineCarets {
    private MultiLineCarets() {
    }

    /** A position inside the dedented lines. */
    private record At(int line, int col) { }

    static String after(PythonVersion version, IntFunction<String> lines, Pos pos, Object node, boolean fullCall) {
        if (!version.tracebackCaretsForCalls()) {
            return firstLineOnly(lines.apply(pos.line()), pos.col());
        }
        List<String> original = new ArrayList<>();
        for (int n = pos.line(); n <= pos.endLine(); n++) {
            String line = lines.apply(n);
            if (line == null) {
                return null;
            }
            original.add(line);
        }
        List<String> all = dedent(original);
        int common = original.get(0).length() - all.get(0).length();
        int last = all.size() - 1;
        int start = Math.max(0, pos.col() - common);
        int end = Math.max(0, pos.endCol() - (original.get(last).length() - all.get(last).length()));
        At[] anchors = node instanceof Expr.Call c ? callAnchors(c, original, all) : null;
        if (node instanceof Expr.BinOp || node instanceof Expr.Subscript || anchors == null && node instanceof Expr.Call) {
            // their anchors across lines are not reproduced: only the first line, as before
            return null;
        }
        // _should_show_carets
        boolean show = !fullCall && (anchors != null || !all.get(0).substring(0, Math.min(start, all.get(0).length()))
                .isBlank() || end < all.get(last).length() && !all.get(last).substring(end).isBlank());
        TreeSet<Integer> significant = new TreeSet<>(List.of(0, last));
        if (anchors != null) {
            for (At a : anchors) {
                for (int l = a.line() - 1; l <= a.line() + 1; l++) {
                    if (l >= 0 && l <= last) {
                        significant.add(l);
                    }
                }
            }
        }
        List<String> result = new ArrayList<>();
        int previous = -1;
        for (int l : significant) {
            if (previous >= 0 && l - previous == 2) {
                output(result, all, l - 1, last, start, end, show, anchors);
            } else if (previous >= 0 && l - previous > 2) {
                result.add("...<" + (l - previous - 1) + " lines>...");
            }
            output(result, all, l, last, start, end, show, anchors);
            previous = l;
        }
        List<String> shown = dedent(result);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < shown.size(); i++) {
            sb.append(i > 1 ? "\n" : "").append("    ").append(shown.get(i));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** 3.11/3.12: carets from the start to the end of the first line, unless they would cover all of it. */
    private static String firstLineOnly(String source, int col) {
        if (source == null) {
            return null;
        }
        String stripped = source.strip();
        int indent = source.length() - source.stripLeading().length();
        int end = indent + stripped.length();
        if (col <= indent || col >= end) {
            return null;
        }
        return "    " + " ".repeat(col - indent) + "^".repeat(end - col);
    }

    private static void output(List<String> result, List<String> all, int l, int last, int start, int end,
                               boolean show, At[] anchors) {
        String line = all.get(l);
        result.add(line);
        if (!show) {
            return;
        }
        int spaces = line.length() - line.stripLeading().length();
        int count = l == last ? end : line.length();
        StringBuilder carets = new StringBuilder();
        for (int col = 0; col < count; col++) {
            if (col < spaces || l == 0 && col < start) {
                carets.append(' ');
            } else if (anchors != null && after(l, col, anchors[0]) && before(l, col, anchors[1])) {
                carets.append('^');
            } else {
                carets.append(anchors != null ? '~' : '^');
            }
        }
        result.add(carets.toString());
    }

    private static boolean after(int l, int col, At a) {
        return l > a.line() || l == a.line() && col >= a.col();
    }

    private static boolean before(int l, int col, At a) {
        return l < a.line() || l == a.line() && col < a.col();
    }

    /** {@code _extract_caret_anchors_from_line_segment} for a call: from its {@code (} to its end. */
    private static At[] callAnchors(Expr.Call c, List<String> original, List<String> all) {
        int first = c.pos().line();
        int l = c.func().pos().endLine() - first;
        int col = c.func().pos().endCol();
        while (l < original.size()) {
            String line = original.get(l);
            while (col < line.length() && line.charAt(col) != '(') {
                col++;
            }
            if (col < line.length()) {
                break;
            }
            l++;
            col = 0;
        }
        if (l >= original.size()) {
            return null;
        }
        int shift = original.get(l).length() - all.get(l).length();
        int lastLine = original.size() - 1;
        int endShift = original.get(lastLine).length() - all.get(lastLine).length();
        return new At[] {new At(l, col - shift), new At(lastLine, c.pos().endCol() - endShift)};
    }

    /** {@code textwrap.dedent}: the common leading whitespace goes, whitespace-only lines become empty. */
    static List<String> dedent(List<String> lines) {
        int margin = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                margin = Math.min(margin, line.length() - line.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(Math.min(margin, line.length())));
        }
        return out;
    }
}
