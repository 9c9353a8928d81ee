package dev.heapgrader.grading.check;

import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.AstChildren;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Module;
import dev.heapgrader.engine.syntax.ast.Pos;
import dev.heapgrader.engine.syntax.ast.Stmt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A flat index of a program's syntax tree for the checks that must read the source: every expression with the
 * statement that holds it and the expressions around it, so a check can ask where a call's value went (printed,
 * compared, asserted, bound to a name that is read later, or dropped).
 */
public final class SourceIndex {

    /** One expression, the innermost statement holding it, and its enclosing expressions (outermost first). */
    public record Site(Expr expr, Stmt statement, List<Expr> enclosing) {
        public int line() {
            return SourceIndex.pos(expr).line();
        }
    }

    private static final SourceIndex EMPTY = new SourceIndex(List.of());
    private final List<Site> sites;

    private SourceIndex(List<Site> sites) {
        this.sites = sites;
    }

    /** Indexes a module; an empty index for a program that did not parse. */
    public static SourceIndex of(Module module) {
        if (module == null) {
            return EMPTY;
        }
        List<Site> out = new ArrayList<>();
        for (Stmt s : module.body()) {
            walk(s, out);
        }
        return new SourceIndex(List.copyOf(out));
    }

    /** Calls of {@code function} ("sys.getrefcount" matches {@code sys.getrefcount(x)} and {@code getrefcount(x)}). */
    public List<Site> calls(String function) {
        String last = function.substring(function.lastIndexOf('.') + 1);
        return sites.stream()
                .filter(s -> s.expr() instanceof Expr.Call c && calledName(c).equals(last))
                .sorted(Comparator.comparingInt((Site s) -> pos(s.expr()).line())
                        .thenComparingInt(s -> pos(s.expr()).col()))
                .toList();
    }

    /** Every comparison in the program, in source order. */
    public List<Site> compares() {
        return sites.stream().filter(s -> s.expr() instanceof Expr.Compare).toList();
    }

    /**
     * Whether the value of the expression at {@code site} is used: shown (inside {@code print}, an f-string, a
     * comparison, an {@code assert}, an {@code if}/{@code while} test or a {@code return}), passed on inside a larger
     * expression, or bound to a name that is read after the binding. A bare expression statement drops it.
     */
    public boolean valueUsed(Site site) {
        if (!site.enclosing().isEmpty()) {
            return true;
        }
        Stmt s = site.statement();
        if (s instanceof Stmt.ExprStmt) {
            return false;
        }
        List<String> names = boundNames(s);
        if (names == null) {
            return true;
        }
        Pos end = pos(s);
        return sites.stream().anyMatch(other -> other.expr() instanceof Expr.Name n && n.ctx() == Ctx.LOAD
                && names.contains(n.id()) && after(n.pos(), end));
    }

    /** The names a plain binding statement binds with the expression as its whole value; null for other statements. */
    public static List<String> boundNames(Stmt s) {
        List<Expr> targets;
        if (s instanceof Stmt.Assign a) {
            targets = a.targets();
        } else if (s instanceof Stmt.AnnAssign a) {
            targets = List.of(a.target());
        } else if (s instanceof Stmt.AugAssign a) {
            targets = List.of(a.target());
        } else {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (Expr t : targets) {
            if (t instanceof Expr.Name n) {
                names.add(n.id());
            } else if (t instanceof Expr.TupleDisplay tuple) {
                tuple.elts().stream().filter(Expr.Name.class::isInstance).map(e -> ((Expr.Name) e).id())
                        .forEach(names::add);
            }
        }
        return names;
    }

    /**
     * The expression a name read at {@code use} stands for: the value of the last plain assignment to it before that
     * point, or the expression itself when it is not a name.
     */
    public Expr resolve(Expr use) {
        if (!(use instanceof Expr.Name n)) {
            return use;
        }
        Site best = null;
        for (Site site : sites) {
            if (site.enclosing().isEmpty() && site.statement() instanceof Stmt.Assign a && a.value() == site.expr()
                    && boundNames(a).contains(n.id()) && after(n.pos(), pos(a))) {
                best = site;
            }
        }
        return best == null ? use : best.expr();
    }

    /** The last component of the called name, or "" for calls of other expressions. */
    public static String calledName(Expr.Call c) {
        if (c.func() instanceof Expr.Name n) {
            return n.id();
        }
        if (c.func() instanceof Expr.Attribute a) {
            return a.attr();
        }
        return "";
    }

    private static boolean after(Pos p, Pos end) {
        return p.line() > end.endLine() || (p.line() == end.endLine() && p.col() >= end.endCol());
    }

    static Pos pos(Expr e) {
        return e.pos();
    }

    static Pos pos(Stmt s) {
        return s.pos();
    }

    private static void walk(Stmt s, List<Site> out) {
        for (Expr e : AstChildren.expressions(s)) {
            walk(e, s, new ArrayList<>(), out);
        }
        for (Stmt child : AstChildren.statements(s)) {
            walk(child, out);
        }
    }

    private static void walk(Expr e, Stmt stmt, List<Expr> enclosing, List<Site> out) {
        if (e == null) {
            return;
        }
        out.add(new Site(e, stmt, List.copyOf(enclosing)));
        enclosing.add(e);
        for (Expr child : AstChildren.of(e)) {
            walk(child, stmt, enclosing, out);
        }
        enclosing.remove(enclosing.size() - 1);
    }
}
