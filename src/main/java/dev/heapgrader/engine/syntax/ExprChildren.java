package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The direct sub-expressions of an expression node, for tree walks that must not miss a kind. */
final class ExprChildren {
    private ExprChildren() {
    }

    static List<Expr> of(Expr e) {
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
            out.addAll(l.args().defaults());
            out.addAll(l.args().kwDefaults());
            out.add(l.body());
        } else if (e instanceof Expr.NamedExpr n) {
            out.add(n.target());
            out.add(n.value());
        } else if (e instanceof Expr.ListComp c) {
            out.add(c.elt());
            comprehensions(c.generators(), out);
        } else if (e instanceof Expr.SetComp c) {
            out.add(c.elt());
            comprehensions(c.generators(), out);
        } else if (e instanceof Expr.GeneratorExp c) {
            out.add(c.elt());
            comprehensions(c.generators(), out);
        } else if (e instanceof Expr.DictComp c) {
            out.add(c.key());
            out.add(c.value());
            comprehensions(c.generators(), out);
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

    private static void comprehensions(List<Expr.Comprehension> gens, List<Expr> out) {
        for (Expr.Comprehension g : gens) {
            out.add(g.target());
            out.add(g.iter());
            out.addAll(g.ifs());
        }
    }
}
