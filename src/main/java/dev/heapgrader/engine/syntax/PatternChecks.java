package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Pattern;
import dev.heapgrader.engine.syntax.ast.Pos;
import dev.heapgrader.engine.syntax.ast.Stmt;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;
import dev.heapgrader.engine.version.PythonVersion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The SyntaxErrors Python/compile.c raises while compiling a {@code match} statement's patterns, in the order it
 * meets them: an irrefutable pattern before other cases ({@code compiler_pattern_as}), a name bound twice
 * ({@code pattern_helper_store_name}), alternatives binding different names ({@code compiler_pattern_or}), two
 * starred names, a mapping key given twice and a class pattern attribute repeated.
 */
final class PatternChecks {
    private final SourceText src;
    private final PythonVersion version;
    /** The pattern compiled last: where 3.11 locates an or-pattern's error. */
    private Pattern lastVisited;

    PatternChecks(SourceText src, PythonVersion version) {
        this.src = src;
        this.version = version;
    }

    /** What {@code pattern_context} tracks for these checks: the names bound so far and irrefutability. */
    private static final class Context {
        final List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
    }

    /** {@code compiler_match_inner}: a trailing {@code case _} after other cases is never checked. */
    void check(Stmt.Match m) {
        List<Stmt.MatchCase> cases = m.cases();
        int n = cases.size();
        boolean hasDefault = Pattern.isWildcard(cases.get(n - 1).pattern()) && n > 1;
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            Context pc = new Context();
            pc.allowIrrefutable = cases.get(i).guard() != null || i == n - 1;
            pattern(cases.get(i).pattern(), pc);
        }
    }

    private void pattern(Pattern p, Context pc) {
        lastVisited = p;
        if (p instanceof Pattern.MatchSequence s) {
            if (s.patterns().stream().filter(Pattern.MatchStar.class::isInstance).count() > 1) {
                throw error(p.pos(), "multiple starred names in sequence pattern");
            }
            s.patterns().forEach(sub -> subpattern(sub, pc));
        } else if (p instanceof Pattern.MatchMapping m) {
            mappingKeys(m);
            m.patterns().forEach(sub -> subpattern(sub, pc));
            store(m.rest(), m.pos(), pc);
        } else if (p instanceof Pattern.MatchClass k) {
            keywordAttributes(k);
            k.patterns().forEach(sub -> subpattern(sub, pc));
            k.kwdPatterns().forEach(sub -> subpattern(sub, pc));
        } else if (p instanceof Pattern.MatchStar s) {
            store(s.name(), s.pos(), pc);
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() == null && !pc.allowIrrefutable) {
                throw error(p.pos(), a.name() != null
                        ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                        : "wildcard makes remaining patterns unreachable");
            }
            if (a.pattern() != null) {
                pattern(a.pattern(), pc);
            }
            store(a.name(), a.pos(), pc);
        } else if (p instanceof Pattern.MatchOr o) {
            alternatives(o, pc);
        }
    }

    private void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    /** {@code compiler_pattern_or}: every alternative binds the first one's names; only the last may be irrefutable. */
    private void alternatives(Pattern.MatchOr o, Context pc) {
        List<String> control = null;
        for (int i = 0; i < o.patterns().size(); i++) {
            Context sub = new Context();
            sub.allowIrrefutable = i == o.patterns().size() - 1 && pc.allowIrrefutable;
            pattern(o.patterns().get(i), sub);
            if (control == null) {
                control = sub.stores;
            } else if (!new HashSet<>(control).equals(new HashSet<>(sub.stores))) {
                Pos at = version.orPatternErrorAtLastSubpattern() ? lastVisited.pos() : o.pos();
                throw error(at, "alternative patterns bind different names");
            }
        }
        for (String name : control) {
            if (pc.stores.contains(name)) {
                throw error(o.pos(), "multiple assignments to name '" + name + "' in pattern");
            }
            pc.stores.add(name);
        }
    }

    /** {@code pattern_helper_store_name}. */
    private void store(String name, Pos pos, Context pc) {
        if (name == null) {
            return;
        }
        if (name.equals("__debug__")) {
            throw error(pos, "cannot assign to __debug__");
        }
        if (pc.stores.contains(name)) {
            throw error(pos, "multiple assignments to name '" + name + "' in pattern");
        }
        pc.stores.add(name);
    }

    /** {@code validate_kwd_attrs}: errors point at the sub-pattern, the parser keeping no node for the name. */
    private void keywordAttributes(Pattern.MatchClass k) {
        List<String> attrs = k.kwdAttrs();
        for (int i = 0; i < attrs.size(); i++) {
            if (attrs.get(i).equals("__debug__")) {
                throw error(k.kwdPatterns().get(i).pos(), "cannot assign to __debug__");
            }
            for (int j = i + 1; j < attrs.size(); j++) {
                if (attrs.get(i).equals(attrs.get(j))) {
                    throw error(k.kwdPatterns().get(j).pos(), "attribute name repeated in class pattern: "
                            + attrs.get(i));
                }
            }
        }
    }

    /** Constant keys are compared as Python compares them, so {@code 1}, {@code 1.0} and {@code True} collide. */
    private void mappingKeys(Pattern.MatchMapping m) {
        Set<Object> seen = new HashSet<>();
        for (Expr key : m.keys()) {
            Constant c = constantOf(key);
            if (c == null) {
                continue;
            }
            if (!seen.add(comparable(c))) {
                throw error(m.pos(), "mapping pattern checks duplicate key (" + repr(c) + ")");
            }
        }
    }

    private static Constant constantOf(Expr key) {
        if (key instanceof Expr.Literal l) {
            return l.value();
        }
        if (key instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USUB && u.operand() instanceof Expr.Literal l) {
            if (l.value() instanceof Constant.IntValue i) {
                return new Constant.IntValue(i.value().negate());
            }
            if (l.value() instanceof Constant.FloatValue f) {
                return new Constant.FloatValue(-f.value());
            }
        }
        return null;
    }

    private static Object comparable(Constant c) {
        if (c instanceof Constant.IntValue i) {
            return new BigDecimal(i.value()).stripTrailingZeros();
        }
        if (c instanceof Constant.BoolValue b) {
            return (b.value() ? BigDecimal.ONE : BigDecimal.ZERO).stripTrailingZeros();
        }
        if (c instanceof Constant.FloatValue f && Double.isFinite(f.value())) {
            return new BigDecimal(f.value()).stripTrailingZeros();
        }
        if (c instanceof Constant.BytesValue b) {
            return List.of("bytes", java.util.Arrays.toString(b.value()));
        }
        return Objects.requireNonNullElse(c, "");
    }

    private static String repr(Constant c) {
        if (c instanceof Constant.IntValue i) {
            return i.value().toString();
        }
        if (c instanceof Constant.BoolValue b) {
            return b.value() ? "True" : "False";
        }
        if (c instanceof Constant.NoneValue) {
            return "None";
        }
        if (c instanceof Constant.FloatValue f) {
            double v = f.value();
            return v == Math.rint(v) && Math.abs(v) < 1e16 ? String.format("%.1f", v) : Double.toString(v);
        }
        if (c instanceof Constant.StrValue s) {
            String body = s.value().replace("\\", "\\\\").replace("\n", "\\n");
            return s.value().contains("'") && !s.value().contains("\"") ? "\"" + body + "\""
                    : "'" + body.replace("'", "\\'") + "'";
        }
        return c.toString();
    }

    private PythonSyntaxError error(Pos p, String msg) {
        return src.parserError("SyntaxError", msg, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1);
    }
}
