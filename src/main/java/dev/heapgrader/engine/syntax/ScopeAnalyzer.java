package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Arguments;
import dev.heapgrader.engine.syntax.ast.AstChildren;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Module;
import dev.heapgrader.engine.syntax.ast.Pattern;
import dev.heapgrader.engine.syntax.ast.Pos;
import dev.heapgrader.engine.syntax.ast.Stmt;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves every name of a module once, before execution, as CPython's Python/symtable.c does: a first walk
 * records how each scope binds and uses names (in code-generation order, which fixes the order of
 * {@code co_varnames}), a second decides local, cell, free or global and raises CPython's errors for
 * {@code global} and {@code nonlocal} misuse.
 */
public final class ScopeAnalyzer {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final String filename;
    private final List<String> lines;
    private Scope current;

    private ScopeAnalyzer(String filename, List<String> lines) {
        this.filename = filename;
        this.lines = lines;
    }

    /** The scope of each module, function, lambda, class and comprehension node, keyed by node identity. */
    public static Map<Object, Scope> analyze(Module module, String filename) {
        ScopeAnalyzer a = new ScopeAnalyzer(filename, module.sourceLines());
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", null);
        a.scopes.put(module, top);
        a.current = top;
        a.stmts(module.body());
        a.resolve(top, Set.of());
        return a.scopes;
    }

    // ---- first pass: bindings and uses -------------------------------------------------------------------

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            for (Expr t : a.targets()) {
                expr(t);
            }
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
            }
            if (!(a.target() instanceof Expr.Name) || a.value() != null) {
                expr(a.target());
            } else {
                bind(((Expr.Name) a.target()).id(), a.pos());
            }
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(this::expr);
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orElse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            stmts(w.body());
            stmts(w.orElse());
        } else if (s instanceof Stmt.For f) {
            expr(f.iter());
            expr(f.target());
            stmts(f.body());
            stmts(f.orElse());
        } else if (s instanceof Stmt.FunctionDef f) {
            f.decorators().forEach(this::expr);
            defaults(f.args());
            annotations(f.args(), f.returns());
            bind(f.name(), f.pos());
            Scope fn = enter(f, Scope.Kind.FUNCTION, f.name());
            params(fn, f.args());
            stmts(f.body());
            current = fn.parent();
        } else if (s instanceof Stmt.ClassDef c) {
            c.decorators().forEach(this::expr);
            c.bases().forEach(this::expr);
            c.keywords().forEach(k -> expr(k.value()));
            Scope cls = enter(c, Scope.Kind.CLASS, c.name());
            stmts(c.body());
            current = cls.parent();
            bind(c.name(), c.pos());
        } else if (s instanceof Stmt.Global g) {
            for (String n : g.names()) {
                declare(n, Scope.DEF_GLOBAL, g.pos(), "global");
            }
        } else if (s instanceof Stmt.Nonlocal n) {
            if (current.kind() == Scope.Kind.MODULE) {
                throw error("nonlocal declaration not allowed at module level", n.pos());
            }
            for (String id : n.names()) {
                declare(id, Scope.DEF_NONLOCAL, n.pos(), "nonlocal");
            }
        } else if (s instanceof Stmt.Try t) {
            stmts(t.body());
            for (Stmt.ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    expr(h.type());
                }
                if (h.name() != null) {
                    bind(h.name(), h.pos());
                }
                stmts(h.body());
            }
            stmts(t.orElse());
            stmts(t.finalBody());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
            }
            if (r.cause() != null) {
                expr(r.cause());
            }
        } else if (s instanceof Stmt.With w) {
            for (Stmt.WithItem item : w.items()) {
                expr(item.contextExpr());
                if (item.optionalVars() != null) {
                    expr(item.optionalVars());
                }
            }
            stmts(w.body());
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject());
            for (Stmt.MatchCase c : m.cases()) {
                pattern(c.pattern());
                if (c.guard() != null) {
                    expr(c.guard());
                }
                stmts(c.body());
            }
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) {
                expr(a.msg());
            }
        } else if (s instanceof Stmt.Import im) {
            for (Stmt.Alias al : im.names()) {
                String bound = al.asname() != null ? al.asname() : al.name().split("\\.")[0];
                bind(bound, al.pos());
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            for (Stmt.Alias al : im.names()) {
                if (!al.name().equals("*")) {
                    bind(al.asname() != null ? al.asname() : al.name(), al.pos());
                }
            }
        }
    }

    /** Python/symtable.c {@code symtable_visit_pattern}: captures bind names, values and classes are loads. */
    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            expr(v.value());
        } else if (p instanceof Pattern.MatchClass c) {
            expr(c.cls());
        } else if (p instanceof Pattern.MatchMapping m) {
            m.keys().forEach(this::expr);
            if (m.rest() != null) {
                bind(m.rest(), m.pos());
            }
        } else if (p instanceof Pattern.MatchStar st && st.name() != null) {
            bind(st.name(), st.pos());
        } else if (p instanceof Pattern.MatchAs a && a.name() != null) {
            bind(a.name(), a.pos());
        }
        AstChildren.of(p).forEach(this::pattern);
    }

    private void defaults(Arguments args) {
        args.defaults().forEach(this::expr);
        for (Expr e : args.kwDefaults()) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void annotations(Arguments args, Expr returns) {
        for (List<Arguments.Arg> group : List.of(args.posOnly(), args.args(), args.kwOnly())) {
            for (Arguments.Arg a : group) {
                if (a.annotation() != null) {
                    expr(a.annotation());
                }
            }
        }
        for (Arguments.Arg a : new Arguments.Arg[] {args.vararg(), args.kwarg()}) {
            if (a != null && a.annotation() != null) {
                expr(a.annotation());
            }
        }
        if (returns != null) {
            expr(returns);
        }
    }

    /** Parameters in CPython's co_varnames order: positional, keyword-only, then *args, then **kwargs. */
    private void params(Scope fn, Arguments args) {
        for (List<Arguments.Arg> group : List.of(args.posOnly(), args.args(), args.kwOnly())) {
            for (Arguments.Arg a : group) {
                param(fn, a);
            }
        }
        if (args.vararg() != null) {
            param(fn, args.vararg());
        }
        if (args.kwarg() != null) {
            param(fn, args.kwarg());
        }
    }

    private void param(Scope fn, Arguments.Arg a) {
        if ((fn.flagsOf(a.name()) & Scope.DEF_PARAM) != 0) {
            throw error("duplicate argument '" + a.name() + "' in function definition", a.pos());
        }
        fn.mark(a.name(), Scope.DEF_PARAM);
        fn.params.add(fn.mangle(a.name()));
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            if (n.ctx() == dev.heapgrader.engine.syntax.ast.Ctx.LOAD) {
                current.mark(n.id(), Scope.USE);
                if (n.id().equals("super") && current.kind() == Scope.Kind.FUNCTION) {
                    current.mark("__class__", Scope.USE);
                }
            } else {
                bind(n.id(), n.pos());
            }
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Expr.Slice s) {
            for (Expr part : new Expr[] {s.lower(), s.upper(), s.step()}) {
                if (part != null) {
                    expr(part);
                }
            }
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.ListDisplay l) {
            l.elts().forEach(this::expr);
        } else if (e instanceof Expr.TupleDisplay t) {
            t.elts().forEach(this::expr);
        } else if (e instanceof Expr.SetDisplay s) {
            s.elts().forEach(this::expr);
        } else if (e instanceof Expr.DictDisplay d) {
            for (int i = 0; i < d.keys().size(); i++) {
                if (d.keys().get(i) != null) {
                    expr(d.keys().get(i));
                }
                expr(d.values().get(i));
            }
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            b.values().forEach(this::expr);
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            c.comparators().forEach(this::expr);
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            c.args().forEach(this::expr);
            c.keywords().forEach(k -> expr(k.value()));
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orElse());
        } else if (e instanceof Expr.Lambda l) {
            defaults(l.args());
            Scope fn = enter(l, Scope.Kind.FUNCTION, "<lambda>");
            params(fn, l.args());
            expr(l.body());
            current = fn.parent();
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
            bindWalrus(n.target().id(), n.pos());
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), List.of(c.elt()), false);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), List.of(c.elt()), false);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), List.of(c.key(), c.value()), false);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, "<genexpr>", c.generators(), List.of(c.elt()), true);
        } else if (e instanceof Expr.Yield y) {
            markGenerator(y.pos(), "'yield' outside function");
            if (y.value() != null) {
                expr(y.value());
            }
        } else if (e instanceof Expr.YieldFrom y) {
            markGenerator(y.pos(), "'yield' outside function");
            expr(y.value());
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
        } else if (e instanceof Expr.JoinedStr j) {
            j.values().forEach(this::expr);
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            if (f.formatSpec() != null) {
                expr(f.formatSpec());
            }
        }
    }

    private void comprehension(Expr node, String name, List<Expr.Comprehension> gens, List<Expr> elts,
                               boolean generator) {
        // the first iterable is evaluated in the enclosing scope and passed in as ".0"
        expr(gens.get(0).iter());
        Scope comp = enter(node, Scope.Kind.FUNCTION, name);
        comp.comprehension = true;
        comp.generator = generator;
        comp.mark(".0", Scope.DEF_PARAM);
        comp.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Expr.Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            expr(g.target());
            g.ifs().forEach(this::expr);
        }
        elts.forEach(this::expr);
        current = comp.parent();
    }

    private void markGenerator(Pos pos, String outsideMessage) {
        if (current.kind() != Scope.Kind.FUNCTION) {
            throw error(outsideMessage, pos);
        }
        current.generator = true;
    }

    private Scope enter(Object node, Scope.Kind kind, String name) {
        Scope s = new Scope(kind, name, current);
        current.children.add(s);
        scopes.put(node, s);
        current = s;
        return s;
    }

    private void bind(String id, Pos pos) {
        current.mark(id, Scope.DEF_LOCAL);
    }

    /** PEP 572: a walrus inside a comprehension binds in the nearest enclosing non-comprehension scope. */
    private void bindWalrus(String id, Pos pos) {
        Scope s = current;
        while (s.comprehension) {
            s.mark(id, Scope.DEF_NONLOCAL | Scope.USE);
            s = s.parent();
        }
        if (s.kind() == Scope.Kind.CLASS && s != current) {
            throw error("assignment expression within a comprehension cannot be used in a class body", pos);
        }
        s.mark(id, Scope.DEF_LOCAL);
        if (s.kind() == Scope.Kind.MODULE && s != current) {
            Scope c = current;
            while (c != s) {
                c.flags.put(c.mangle(id), (c.flagsOf(id) & ~Scope.DEF_NONLOCAL) | Scope.DEF_GLOBAL);
                c = c.parent();
            }
        }
    }

    private void declare(String id, int flag, Pos pos, String what) {
        int f = current.flagsOf(id);
        if ((f & Scope.DEF_PARAM) != 0) {
            throw error("name '" + id + "' is parameter and " + what, pos);
        }
        if ((f & Scope.USE) != 0) {
            throw error("name '" + id + "' is used prior to " + what + " declaration", pos);
        }
        if ((f & Scope.DEF_LOCAL) != 0) {
            throw error("name '" + id + "' is assigned to before " + what + " declaration", pos);
        }
        current.mark(id, flag);
    }

    // ---- second pass: access kinds and slot layout ---------------------------------------------------------

    /** Returns the names free in {@code s} (needed from enclosing function scopes). */
    private Set<String> resolve(Scope s, Set<String> boundAbove) {
        Set<String> free = new HashSet<>();
        for (Map.Entry<String, Integer> en : s.flags.entrySet()) {
            String id = en.getKey();
            int f = en.getValue();
            Scope.Access a;
            if ((f & Scope.DEF_GLOBAL) != 0) {
                a = Scope.Access.GLOBAL_EXPLICIT;
            } else if ((f & Scope.DEF_NONLOCAL) != 0) {
                if (!boundAbove.contains(id)) {
                    throw error("no binding for nonlocal '" + id + "' found", Pos.NONE);
                }
                a = Scope.Access.FREE;
            } else if ((f & (Scope.DEF_LOCAL | Scope.DEF_PARAM)) != 0) {
                a = s.kind() == Scope.Kind.FUNCTION ? Scope.Access.LOCAL : Scope.Access.NAME;
            } else if (boundAbove.contains(id) && s.kind() != Scope.Kind.MODULE) {
                a = Scope.Access.FREE;
            } else {
                a = s.kind() == Scope.Kind.FUNCTION ? Scope.Access.GLOBAL_IMPLICIT : Scope.Access.NAME;
            }
            s.access.put(id, a);
            if (a == Scope.Access.FREE) {
                free.add(id);
            }
        }
        Set<String> below = new HashSet<>(boundAbove);
        if (s.kind() == Scope.Kind.FUNCTION) {
            for (Map.Entry<String, Scope.Access> en : s.access.entrySet()) {
                if (en.getValue() == Scope.Access.LOCAL) {
                    below.add(en.getKey());
                } else if (en.getValue() == Scope.Access.GLOBAL_EXPLICIT) {
                    below.remove(en.getKey());
                }
            }
        } else if (s.kind() == Scope.Kind.CLASS) {
            below.add("__class__");
        } else {
            below.clear();
        }
        for (Scope child : s.children) {
            for (String id : resolve(child, below)) {
                Scope.Access mine = s.access.get(id);
                if (s.kind() == Scope.Kind.CLASS && id.equals("__class__")) {
                    s.needsClassCell = true;
                } else if (mine == Scope.Access.LOCAL || mine == Scope.Access.CELL) {
                    s.access.put(id, Scope.Access.CELL);
                } else if (s.kind() != Scope.Kind.MODULE) {
                    // not bound here: the name passes through this scope as a free variable
                    if (mine != Scope.Access.NAME) {
                        s.access.put(id, Scope.Access.FREE);
                    }
                    free.add(id);
                }
            }
        }
        layout(s);
        return free;
    }

    private void layout(Scope s) {
        if (s.kind() == Scope.Kind.FUNCTION) {
            s.varnames.addAll(s.params);
            for (Map.Entry<String, Scope.Access> en : s.access.entrySet()) {
                if (en.getValue() == Scope.Access.LOCAL && !s.params.contains(en.getKey())) {
                    s.varnames.add(en.getKey());
                }
            }
        }
        for (Map.Entry<String, Scope.Access> en : s.access.entrySet()) {
            if (en.getValue() == Scope.Access.CELL) {
                s.cellvars.add(en.getKey());
            } else if (en.getValue() == Scope.Access.FREE) {
                s.freevars.add(en.getKey());
            }
        }
        if (s.needsClassCell) {
            s.cellvars.add("__class__");
        }
        // a cell that is also a parameter keeps its varnames slot (CPython 3.11+ "cell args")
        for (String c : s.cellvars) {
            if (s.params.contains(c) && !s.varnames.contains(c)) {
                s.varnames.add(c);
            }
        }
    }

    private PythonSyntaxError error(String msg, Pos pos) {
        int line = pos.line();
        String text = line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
        return new PythonSyntaxError("SyntaxError", msg, filename, line, pos.col() + 1, pos.endLine(),
                pos.endCol() + 1, text);
    }
}
