package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Assignment and deletion targets: rewrites a parsed expression with the STORE or DEL context, or reports the
 * innermost invalid part as Parser/pegen.c {@code _PyPegen_get_invalid_target} and {@code _PyPegen_get_expr_name}
 * do ("cannot assign to function call", "cannot delete literal", ...).
 */
final class TargetRules {
    private TargetRules() {
    }

    /** _PyPegen_get_expr_name: how CPython names an expression kind in its messages. */
    static String describe(Expr e) {
        if (e instanceof Expr.Literal l) {
            Constant c = l.value();
            if (c instanceof Constant.NoneValue) {
                return "None";
            }
            if (c instanceof Constant.BoolValue b) {
                return b.value() ? "True" : "False";
            }
            return c instanceof Constant.EllipsisValue ? "ellipsis" : "literal";
        }
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.ListDisplay) {
            return "list";
        } else if (e instanceof Expr.TupleDisplay) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.DictDisplay) {
            return "dict literal";
        } else if (e instanceof Expr.SetDisplay) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    /** The innermost part of {@code e} that cannot be a target, or null when all of it can. */
    static Expr invalidPart(Expr e, boolean del) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        if (e instanceof Expr.Starred s) {
            return del ? e : invalidPart(s.value(), false);
        }
        if (e instanceof Expr.TupleDisplay t) {
            return firstInvalid(t.elts(), del);
        }
        if (e instanceof Expr.ListDisplay l) {
            return firstInvalid(l.elts(), del);
        }
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, boolean del) {
        for (Expr x : elts) {
            Expr bad = invalidPart(x, del);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** Rewrites {@code e} as a STORE target or throws "cannot assign to X". */
    static Expr store(TokenStream ts, Expr e) {
        Expr bad = invalidPart(e, false);
        if (bad != null) {
            throw ts.errorAt(bad.pos(), "cannot assign to " + describe(bad));
        }
        return withCtx(e, Ctx.STORE);
    }

    static Expr delete(TokenStream ts, Expr e) {
        Expr bad = invalidPart(e, true);
        if (bad != null) {
            throw ts.errorAt(bad.pos(), "cannot delete " + describe(bad));
        }
        return withCtx(e, Ctx.DEL);
    }

    static Expr withCtx(Expr e, Ctx ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.pos(), n.id(), ctx);
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.pos(), a.value(), a.attr(), ctx);
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.pos(), s.value(), s.slice(), ctx);
        }
        if (e instanceof Expr.Starred s) {
            return new Expr.Starred(s.pos(), withCtx(s.value(), ctx), ctx);
        }
        if (e instanceof Expr.TupleDisplay t) {
            return new Expr.TupleDisplay(t.pos(), all(t.elts(), ctx), ctx);
        }
        if (e instanceof Expr.ListDisplay l) {
            return new Expr.ListDisplay(l.pos(), all(l.elts(), ctx), ctx);
        }
        return e;
    }

    private static List<Expr> all(List<Expr> elts, Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(withCtx(x, ctx));
        }
        return List.copyOf(out);
    }
}
