package dev.heapgrader.engine.syntax.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The direct children of syntax nodes: the one walker behind every tree walk (the compiler's checks, grading's
 * source index). Every node kind is listed so no walk misses one.
 */
public final class AstChildren {
    private AstChildren() {
    }

    /** The sub-expressions of an expression (nulls removed). */
    public static List<Expr> of(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.JoinedStr j) {
            out.addAll(j.values());
        } else if (e instanceof Expr.FormattedValue f) {
            out.add(f.value());
            out.add(f.formatSpec());
        } else if (e instanceof Expr.Attribute a) {
            out.add(a.value());
        } else if (e instanceof Expr.Subscript s) {
            out.add(s.value());
            out.add(s.slice());
        } else if (e instanceof Expr.Slice s) {
            out.add(s.lower());
            out.add(s.upper());
            out.add(s.step());
        } else if (e instanceof Expr.Starred s) {
            out.add(s.value());
        } else if (e instanceof Expr.ListDisplay l) {
            out.addAll(l.elts());
        } else if (e instanceof Expr.TupleDisplay t) {
            out.addAll(t.elts());
        } else if (e instanceof Expr.SetDisplay s) {
            out.addAll(s.elts());
        } else if (e instanceof Expr.DictDisplay d) {
            out.addAll(d.keys());
            out.addAll(d.values());
        } else if (e instanceof Expr.BinOp b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            out.add(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            out.addAll(b.values());
        } else if (e instanceof Expr.Compare c) {
            out.add(c.left());
            out.addAll(c.comparators());
        } else if (e instanceof Expr.Call c) {
            out.add(c.func());
            out.addAll(c.args());
            c.keywords().forEach(k -> out.add(k.value()));
        } else if (e instanceof Expr.IfExp i) {
            out.add(i.test());
            out.add(i.body());
            out.add(i.orElse());
        } else if (e instanceof Expr.Lambda l) {
            out.addAll(defaults(l.args()));
            out.add(l.body());
        } else if (e instanceof Expr.NamedExpr n) {
            out.add(n.target());
            out.add(n.value());
        } else if (e instanceof Expr.ListComp c) {
            out.add(c.elt());
            c.generators().forEach(g -> comprehension(g, out));
        } else if (e instanceof Expr.SetComp c) {
            out.add(c.elt());
            c.generators().forEach(g -> comprehension(g, out));
        } else if (e instanceof Expr.DictComp c) {
            out.add(c.key());
            out.add(c.value());
            c.generators().forEach(g -> comprehension(g, out));
        } else if (e instanceof Expr.GeneratorExp c) {
            out.add(c.elt());
            c.generators().forEach(g -> comprehension(g, out));
        } else if (e instanceof Expr.Yield y) {
            out.add(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            out.add(y.value());
        } else if (e instanceof Expr.Await a) {
            out.add(a.value());
        }
        out.removeIf(Objects::isNull);
        return out;
    }

    /** The expressions a statement holds directly (not those of nested statements). */
    public static List<Expr> expressions(Stmt s) {
        List<Expr> out = new ArrayList<>();
        if (s instanceof Stmt.ExprStmt x) {
            out.add(x.value());
        } else if (s instanceof Stmt.Assign a) {
            out.addAll(a.targets());
            out.add(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            out.add(a.target());
            out.add(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            out.add(a.target());
            out.add(a.annotation());
            out.add(a.value());
        } else if (s instanceof Stmt.Delete d) {
            out.addAll(d.targets());
        } else if (s instanceof Stmt.Return r) {
            out.add(r.value());
        } else if (s instanceof Stmt.If i) {
            out.add(i.test());
        } else if (s instanceof Stmt.While w) {
            out.add(w.test());
        } else if (s instanceof Stmt.For f) {
            out.add(f.target());
            out.add(f.iter());
        } else if (s instanceof Stmt.FunctionDef f) {
            out.addAll(f.decorators());
            out.addAll(defaults(f.args()));
            out.add(f.returns());
        } else if (s instanceof Stmt.ClassDef c) {
            out.addAll(c.decorators());
            out.addAll(c.bases());
            c.keywords().forEach(k -> out.add(k.value()));
        } else if (s instanceof Stmt.Try t) {
            t.handlers().forEach(h -> out.add(h.type()));
        } else if (s instanceof Stmt.Raise r) {
            out.add(r.exc());
            out.add(r.cause());
        } else if (s instanceof Stmt.With w) {
            w.items().forEach(i -> {
                out.add(i.contextExpr());
                out.add(i.optionalVars());
            });
        } else if (s instanceof Stmt.Assert a) {
            out.add(a.test());
            out.add(a.msg());
        } else if (s instanceof Stmt.Match m) {
            out.add(m.subject());
            for (Stmt.MatchCase c : m.cases()) {
                out.addAll(patternExpressions(c.pattern()));
                out.add(c.guard());
            }
        }
        out.removeIf(Objects::isNull);
        return out;
    }

    /** The statements nested in a compound statement. */
    public static List<Stmt> statements(Stmt s) {
        List<Stmt> out = new ArrayList<>();
        if (s instanceof Stmt.If i) {
            out.addAll(i.body());
            out.addAll(i.orElse());
        } else if (s instanceof Stmt.While w) {
            out.addAll(w.body());
            out.addAll(w.orElse());
        } else if (s instanceof Stmt.For f) {
            out.addAll(f.body());
            out.addAll(f.orElse());
        } else if (s instanceof Stmt.FunctionDef f) {
            out.addAll(f.body());
        } else if (s instanceof Stmt.ClassDef c) {
            out.addAll(c.body());
        } else if (s instanceof Stmt.Try t) {
            out.addAll(t.body());
            t.handlers().forEach(h -> out.addAll(h.body()));
            out.addAll(t.orElse());
            out.addAll(t.finalBody());
        } else if (s instanceof Stmt.With w) {
            out.addAll(w.body());
        } else if (s instanceof Stmt.Match m) {
            m.cases().forEach(c -> out.addAll(c.body()));
        }
        return out;
    }

    /** The direct sub-patterns of a pattern. */
    public static List<Pattern> of(Pattern p) {
        if (p instanceof Pattern.MatchSequence s) {
            return s.patterns();
        }
        if (p instanceof Pattern.MatchMapping m) {
            return m.patterns();
        }
        if (p instanceof Pattern.MatchClass c) {
            List<Pattern> out = new ArrayList<>(c.patterns());
            out.addAll(c.kwdPatterns());
            return out;
        }
        if (p instanceof Pattern.MatchOr o) {
            return o.patterns();
        }
        if (p instanceof Pattern.MatchAs a && a.pattern() != null) {
            return List.of(a.pattern());
        }
        return List.of();
    }

    /** The expressions anywhere in a pattern: values, mapping keys and class names, in source order. */
    public static List<Expr> patternExpressions(Pattern p) {
        List<Expr> out = new ArrayList<>();
        if (p instanceof Pattern.MatchValue v) {
            out.add(v.value());
        } else if (p instanceof Pattern.MatchMapping m) {
            for (int i = 0; i < m.keys().size(); i++) {
                out.add(m.keys().get(i));
                out.addAll(patternExpressions(m.patterns().get(i)));
            }
            return out;
        } else if (p instanceof Pattern.MatchClass c) {
            out.add(c.cls());
        }
        for (Pattern sub : of(p)) {
            out.addAll(patternExpressions(sub));
        }
        return out;
    }

    private static void comprehension(Expr.Comprehension g, List<Expr> out) {
        out.add(g.target());
        out.add(g.iter());
        out.addAll(g.ifs());
    }

    private static List<Expr> defaults(Arguments args) {
        List<Expr> out = new ArrayList<>(args.defaults());
        args.kwDefaults().stream().filter(Objects::nonNull).forEach(out::add);
        return out;
    }
}
