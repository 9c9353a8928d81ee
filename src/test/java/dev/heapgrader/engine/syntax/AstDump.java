package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Arguments;
import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Module;
import dev.heapgrader.engine.syntax.ast.Pos;
import dev.heapgrader.engine.syntax.ast.Stmt;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A compact text form of the syntax tree, identical to what the script quoted in {@link ParserAstTest} prints for
 * CPython's own {@code ast}, so tree shapes (and optionally positions) can be compared with CPython's.
 */
final class AstDump {
    private final boolean positions;

    AstDump(boolean positions) {
        this.positions = positions;
    }

    String module(Module m) {
        return "Module" + list(m.body(), this::stmt);
    }

    private <T> String list(List<T> xs, Function<T, String> f) {
        return xs.stream().map(x -> x == null ? "_" : f.apply(x)).collect(Collectors.joining(",", "[", "]"));
    }

    private String p(Pos pos) {
        return positions ? "@" + pos.line() + ":" + pos.col() + "-" + pos.endLine() + ":" + pos.endCol() : "";
    }

    private String n(String name, Pos pos, String... parts) {
        return name + p(pos) + "(" + String.join(",", parts) + ")";
    }

    private String e(Expr x) {
        return x == null ? "_" : expr(x);
    }

    private String stmts(List<Stmt> body) {
        return list(body, this::stmt);
    }

    private String exprs(List<Expr> xs) {
        return list(xs, this::expr);
    }

    String stmt(Stmt s) {
        Pos q = s.pos();
        if (s instanceof Stmt.ExprStmt x) {
            return n("ExprStmt", q, e(x.value()));
        } else if (s instanceof Stmt.Assign a) {
            return n("Assign", q, exprs(a.targets()), e(a.value()));
        } else if (s instanceof Stmt.AugAssign a) {
            return n("AugAssign", q, e(a.target()), a.op().name(), e(a.value()));
        } else if (s instanceof Stmt.AnnAssign a) {
            return n("AnnAssign", q, e(a.target()), e(a.annotation()), e(a.value()), py(a.simple()));
        } else if (s instanceof Stmt.Delete d) {
            return n("Delete", q, exprs(d.targets()));
        } else if (s instanceof Stmt.Pass) {
            return n("Pass", q);
        } else if (s instanceof Stmt.Break) {
            return n("Break", q);
        } else if (s instanceof Stmt.Continue) {
            return n("Continue", q);
        } else if (s instanceof Stmt.Return r) {
            return n("Return", q, e(r.value()));
        } else if (s instanceof Stmt.If i) {
            return n("If", q, e(i.test()), stmts(i.body()), stmts(i.orElse()));
        } else if (s instanceof Stmt.While w) {
            return n("While", q, e(w.test()), stmts(w.body()), stmts(w.orElse()));
        } else if (s instanceof Stmt.For f) {
            return n("For", q, e(f.target()), e(f.iter()), stmts(f.body()), stmts(f.orElse()), py(f.isAsync()));
        } else if (s instanceof Stmt.FunctionDef f) {
            return n("FunctionDef", q, f.name(), args(f.args()), stmts(f.body()), exprs(f.decorators()),
                    e(f.returns()), py(f.isAsync()));
        } else if (s instanceof Stmt.ClassDef c) {
            return n("ClassDef", q, c.name(), exprs(c.bases()), list(c.keywords(), this::keyword), stmts(c.body()),
                    exprs(c.decorators()));
        } else if (s instanceof Stmt.Global g) {
            return n("Global", q, String.join(",", g.names()));
        } else if (s instanceof Stmt.Nonlocal g) {
            return n("Nonlocal", q, String.join(",", g.names()));
        } else if (s instanceof Stmt.Try t) {
            return n("Try", q, stmts(t.body()), list(t.handlers(), h -> n("Handler", h.pos(), e(h.type()),
                    h.name() == null ? "_" : h.name(), stmts(h.body()))), stmts(t.orElse()), stmts(t.finalBody()));
        } else if (s instanceof Stmt.Raise r) {
            return n("Raise", q, e(r.exc()), e(r.cause()));
        } else if (s instanceof Stmt.With w) {
            return n("With", q, list(w.items(), i -> "Item(" + e(i.contextExpr()) + "," + e(i.optionalVars()) + ")"),
                    stmts(w.body()), py(w.isAsync()));
        } else if (s instanceof Stmt.Assert a) {
            return n("Assert", q, e(a.test()), e(a.msg()));
        } else if (s instanceof Stmt.Import i) {
            return n("Import", q, list(i.names(), this::alias));
        } else if (s instanceof Stmt.ImportFrom i) {
            return n("ImportFrom", q, i.module() == null ? "_" : i.module(), list(i.names(), this::alias),
                    String.valueOf(i.level()));
        }
        throw new IllegalArgumentException(s.toString());
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    private String alias(Stmt.Alias a) {
        return "Alias(" + a.name() + "," + (a.asname() == null ? "_" : a.asname()) + ")";
    }

    private String keyword(Expr.Keyword k) {
        return "Kw(" + (k.name() == null ? "_" : k.name()) + "," + e(k.value()) + ")";
    }

    private String args(Arguments a) {
        Function<Arguments.Arg, String> arg = x -> "Arg(" + x.name() + "," + e(x.annotation()) + ")";
        return "Args(" + list(a.posOnly(), arg) + "," + list(a.args(), arg) + ","
                + (a.vararg() == null ? "_" : arg.apply(a.vararg())) + "," + list(a.kwOnly(), arg) + ","
                + list(a.kwDefaults(), this::expr) + "," + (a.kwarg() == null ? "_" : arg.apply(a.kwarg())) + ","
                + exprs(a.defaults()) + ")";
    }

    private String comps(List<Expr.Comprehension> gens) {
        return list(gens, g -> "Comp(" + e(g.target()) + "," + e(g.iter()) + "," + exprs(g.ifs()) + ","
                + py(g.isAsync()) + ")");
    }

    String expr(Expr x) {
        Pos q = x.pos();
        if (x instanceof Expr.Literal l) {
            return n("Lit", q, constant(l.value()));
        } else if (x instanceof Expr.JoinedStr j) {
            return n("JoinedStr", q, exprs(j.values()));
        } else if (x instanceof Expr.FormattedValue f) {
            return n("FormattedValue", q, e(f.value()), String.valueOf(f.conversion()), e(f.formatSpec()));
        } else if (x instanceof Expr.Name v) {
            return n("Name", q, v.id(), v.ctx().name());
        } else if (x instanceof Expr.Attribute a) {
            return n("Attribute", q, e(a.value()), a.attr(), a.ctx().name());
        } else if (x instanceof Expr.Subscript s) {
            return n("Subscript", q, e(s.value()), e(s.slice()), s.ctx().name());
        } else if (x instanceof Expr.Slice s) {
            return n("Slice", q, e(s.lower()), e(s.upper()), e(s.step()));
        } else if (x instanceof Expr.Starred s) {
            return n("Starred", q, e(s.value()), s.ctx().name());
        } else if (x instanceof Expr.ListDisplay l) {
            return n("List", q, exprs(l.elts()), l.ctx().name());
        } else if (x instanceof Expr.TupleDisplay t) {
            return n("Tuple", q, exprs(t.elts()), t.ctx().name());
        } else if (x instanceof Expr.SetDisplay s) {
            return n("Set", q, exprs(s.elts()));
        } else if (x instanceof Expr.DictDisplay d) {
            return n("Dict", q, list(d.keys(), this::expr), exprs(d.values()));
        } else if (x instanceof Expr.BinOp b) {
            return n("BinOp", q, e(b.left()), b.op().name(), e(b.right()));
        } else if (x instanceof Expr.UnaryOp u) {
            return n("UnaryOp", q, u.op().name(), e(u.operand()));
        } else if (x instanceof Expr.BoolOp b) {
            return n("BoolOp", q, py(b.isAnd()), exprs(b.values()));
        } else if (x instanceof Expr.Compare c) {
            return n("Compare", q, e(c.left()), c.ops().stream().map(Enum::name).collect(Collectors.joining(",")),
                    exprs(c.comparators()));
        } else if (x instanceof Expr.Call c) {
            return n("Call", q, e(c.func()), exprs(c.args()), list(c.keywords(), this::keyword));
        } else if (x instanceof Expr.IfExp i) {
            return n("IfExp", q, e(i.test()), e(i.body()), e(i.orElse()));
        } else if (x instanceof Expr.Lambda l) {
            return n("Lambda", q, args(l.args()), e(l.body()));
        } else if (x instanceof Expr.NamedExpr ne) {
            return n("NamedExpr", q, e(ne.target()), e(ne.value()));
        } else if (x instanceof Expr.ListComp c) {
            return n("ListComp", q, e(c.elt()), comps(c.generators()));
        } else if (x instanceof Expr.SetComp c) {
            return n("SetComp", q, e(c.elt()), comps(c.generators()));
        } else if (x instanceof Expr.GeneratorExp c) {
            return n("GeneratorExp", q, e(c.elt()), comps(c.generators()));
        } else if (x instanceof Expr.DictComp c) {
            return n("DictComp", q, e(c.key()), e(c.value()), comps(c.generators()));
        } else if (x instanceof Expr.Yield y) {
            return n("Yield", q, e(y.value()));
        } else if (x instanceof Expr.YieldFrom y) {
            return n("YieldFrom", q, e(y.value()));
        } else if (x instanceof Expr.Await a) {
            return n("Await", q, e(a.value()));
        }
        throw new IllegalArgumentException(x.toString());
    }

    private static String constant(Constant c) {
        if (c instanceof Constant.NoneValue) {
            return "None";
        } else if (c instanceof Constant.EllipsisValue) {
            return "...";
        } else if (c instanceof Constant.BoolValue b) {
            return py(b.value());
        } else if (c instanceof Constant.IntValue i) {
            return "int:" + i.value();
        } else if (c instanceof Constant.FloatValue f) {
            return "float:" + Double.doubleToRawLongBits(f.value());
        } else if (c instanceof Constant.ImaginaryValue f) {
            return "imag:" + Double.doubleToRawLongBits(f.imag());
        } else if (c instanceof Constant.StrValue s) {
            return "str:" + HexFormat.of().formatHex(s.value().getBytes(StandardCharsets.UTF_8));
        } else if (c instanceof Constant.BytesValue b) {
            return "bytes:" + HexFormat.of().formatHex(b.value());
        }
        throw new IllegalArgumentException(c.toString());
    }
}
