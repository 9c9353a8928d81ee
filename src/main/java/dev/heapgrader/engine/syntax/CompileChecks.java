package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Arguments;
import dev.heapgrader.engine.syntax.ast.AstChildren;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.Pos;
import dev.heapgrader.engine.syntax.ast.Stmt;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SyntaxErrors CPython raises after parsing and before running: the compiler's recursion limit
 * (Python/ast_opt.c, "maximum recursion depth exceeded during compilation"), then Python/symtable.c's duplicate
 * parameters, then Python/compile.c's statements out of place ('return' outside function, 'break' outside loop,
 * ...), each phase in source order as CPython walks the tree. The code generator's SyntaxWarnings ("is" with a
 * literal, an always-true assertion, calling a tuple) are collected on the way, in the same order.
 */
final class CompileChecks {
    /** Python/ast_opt.c: the compiler's recursion budget for a script, measured against real CPython. */
    static final int MAX_DEPTH = 3000;

    private final SourceText src;
    private final PythonVersion version;
    private final List<CompileWarning> warnings;

    CompileChecks(SourceText src, PythonVersion version, List<CompileWarning> warnings) {
        this.src = src;
        this.version = version;
        this.warnings = warnings;
    }

    void check(List<Stmt> body) {
        for (Stmt s : body) {
            depth(s, 1);
        }
        for (Stmt s : body) {
            duplicates(s);
        }
        for (Stmt s : body) {
            place(s, false, false, false);
        }
    }

    private PythonSyntaxError error(Pos p, String msg) {
        return src.parserError("SyntaxError", msg, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1);
    }

    private void depth(Stmt s, int d) {
        for (Expr e : AstChildren.expressions(s)) {
            depth(e, d + 1);
        }
        for (List<Stmt> block : blocksOf(s)) {
            for (Stmt c : block) {
                depth(c, d + 1);
            }
        }
    }

    private void depth(Expr e, int d) {
        if (e == null) {
            return;
        }
        if (d > MAX_DEPTH) {
            throw new PythonSyntaxError("RecursionError", "maximum recursion depth exceeded during compilation",
                    src.filename(), 0, 0, 0, 0, null);
        }
        for (Expr c : AstChildren.of(e)) {
            depth(c, d + 1);
        }
    }

    private void duplicates(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            checkParams(f.args());
        }
        for (Expr e : AstChildren.expressions(s)) {
            duplicates(e);
        }
        for (List<Stmt> block : blocksOf(s)) {
            block.forEach(this::duplicates);
        }
    }

    private void duplicates(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Lambda l) {
            checkParams(l.args());
        }
        for (Expr c : AstChildren.of(e)) {
            duplicates(c);
        }
    }

    private void checkParams(Arguments a) {
        Set<String> seen = new HashSet<>();
        List<Arguments.Arg> all = new ArrayList<>(a.posOnly());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwOnly());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        for (Arguments.Arg arg : all) {
            if (!seen.add(arg.name())) {
                throw error(arg.pos(), "duplicate argument '" + arg.name() + "' in function definition");
            }
        }
    }

    private void warn(Pos p, String msg) {
        warnings.add(new CompileWarning("SyntaxWarning", msg, p.line(), src.lineBare(p.line())));
    }

    /** Python/compile.c check_compare: {@code is} against a literal other than None, True, False or '...'. */
    private void checkCompare(Expr.Compare c) {
        Expr left = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            CompareOperator op = c.ops().get(i);
            Expr right = c.comparators().get(i);
            if (op == CompareOperator.IS || op == CompareOperator.IS_NOT) {
                String type = literalType(left) != null ? literalType(left) : literalType(right);
                if (type != null) {
                    String is = op == CompareOperator.IS ? "\"is\"" : "\"is not\"";
                    String eq = op == CompareOperator.IS ? "\"==\"" : "\"!=\"";
                    warn(c.pos(), version.parser().isWithLiteralWarning(is, type, eq));
                    return;
                }
            }
            left = right;
        }
    }

    /** The type name of a constant the optimizer would fold, or null when {@code e} is no such literal. */
    private static String literalType(Expr e) {
        if (e instanceof Expr.UnaryOp u && u.op() != UnaryOperator.NOT) {
            String inner = literalType(u.operand());
            return "int".equals(inner) || "float".equals(inner) || "complex".equals(inner) ? inner : null;
        }
        if (!(e instanceof Expr.Literal l)) {
            return null;
        }
        Constant c = l.value();
        if (c instanceof Constant.IntValue) {
            return "int";
        } else if (c instanceof Constant.FloatValue) {
            return "float";
        } else if (c instanceof Constant.ImaginaryValue) {
            return "complex";
        } else if (c instanceof Constant.StrValue) {
            return "str";
        } else if (c instanceof Constant.BytesValue) {
            return "bytes";
        }
        return null;
    }

    /** Python/compile.c check_caller: calling a display or literal is almost always a missing comma. */
    private void checkCaller(Expr.Call call) {
        Expr f = call.func();
        String type = literalType(f);
        if (f instanceof Expr.JoinedStr) {
            type = "str";
        } else if (f instanceof Expr.TupleDisplay) {
            type = "tuple";
        } else if (f instanceof Expr.ListDisplay || f instanceof Expr.ListComp) {
            type = "list";
        } else if (f instanceof Expr.DictDisplay || f instanceof Expr.DictComp) {
            type = "dict";
        } else if (f instanceof Expr.SetDisplay || f instanceof Expr.SetComp) {
            type = "set";
        } else if (f instanceof Expr.GeneratorExp) {
            type = "generator";
        }
        if (f instanceof Expr.Literal l && type == null) {
            type = singletonType(l.value());
        }
        if (type != null) {
            warn(call.pos(), "'" + type + "' object is not callable; perhaps you missed a comma?");
        }
    }

    private static String singletonType(Constant c) {
        return c instanceof Constant.NoneValue ? "NoneType" : c instanceof Constant.BoolValue ? "bool"
                : c instanceof Constant.EllipsisValue ? "ellipsis" : null;
    }

    /** Python/compile.c infer_type: the type a literal or display certainly has, or null. */
    private static String inferType(Expr e) {
        if (e instanceof Expr.Literal l) {
            String t = literalType(e);
            return t != null ? t : singletonType(l.value());
        }
        if (e instanceof Expr.TupleDisplay) {
            return "tuple";
        } else if (e instanceof Expr.ListDisplay || e instanceof Expr.ListComp) {
            return "list";
        } else if (e instanceof Expr.DictDisplay || e instanceof Expr.DictComp) {
            return "dict";
        } else if (e instanceof Expr.SetDisplay || e instanceof Expr.SetComp) {
            return "set";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator";
        } else if (e instanceof Expr.Lambda) {
            return "function";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "str";
        }
        return null;
    }

    /**
     * Python/compile.c check_subscripter and check_index: subscripting a literal that cannot be subscripted, or a
     * sequence literal with an index that cannot be one, is almost always a missing comma.
     */
    private void checkSubscript(Expr.Subscript sub) {
        Expr value = sub.value();
        String valueType = inferType(value);
        boolean notSubscriptable = value instanceof Expr.Literal l
                ? List.of("NoneType", "ellipsis", "int", "float", "complex", "bool").contains(valueType)
                : value instanceof Expr.SetDisplay || value instanceof Expr.SetComp
                || value instanceof Expr.GeneratorExp || value instanceof Expr.Lambda;
        if (notSubscriptable) {
            warn(sub.pos(), "'" + valueType + "' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        String indexType = sub.slice() instanceof Expr.Slice ? "slice" : inferType(sub.slice());
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || indexType.equals("slice")) {
            return;
        }
        boolean sequence = value instanceof Expr.Literal ? List.of("str", "bytes").contains(valueType)
                : value instanceof Expr.TupleDisplay || value instanceof Expr.ListDisplay
                || value instanceof Expr.ListComp || value instanceof Expr.JoinedStr;
        if (sequence) {
            warn(sub.pos(), valueType + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?");
        }
    }

    private void place(Stmt s, boolean inFunction, boolean inAsync, boolean inLoop) {
        if (s instanceof Stmt.Return && !inFunction) {
            throw error(s.pos(), "'return' outside function");
        }
        if (s instanceof Stmt.Break && !inLoop) {
            throw error(s.pos(), "'break' outside loop");
        }
        if (s instanceof Stmt.Continue && !inLoop) {
            throw error(s.pos(), "'continue' not properly in loop");
        }
        if (s instanceof Stmt.Assert a && a.test() instanceof Expr.TupleDisplay t && !t.elts().isEmpty()) {
            warn(s.pos(), "assertion is always true, perhaps remove parentheses?");
        }
        for (Expr e : AstChildren.expressions(s)) {
            placeExpr(e, inFunction, inAsync);
        }
        if (s instanceof Stmt.FunctionDef f) {
            f.body().forEach(c -> place(c, true, f.isAsync(), false));
            return;
        }
        if (s instanceof Stmt.ClassDef c) {
            c.body().forEach(x -> place(x, false, false, false));
            return;
        }
        if (s instanceof Stmt.While w) {
            w.body().forEach(x -> place(x, inFunction, inAsync, true));
            w.orElse().forEach(x -> place(x, inFunction, inAsync, inLoop));
            return;
        }
        if (s instanceof Stmt.For f) {
            f.body().forEach(x -> place(x, inFunction, inAsync, true));
            f.orElse().forEach(x -> place(x, inFunction, inAsync, inLoop));
            return;
        }
        if (s instanceof Stmt.Match m) {
            new PatternChecks(src, version).check(m);
        }
        for (List<Stmt> block : blocksOf(s)) {
            block.forEach(x -> place(x, inFunction, inAsync, inLoop));
        }
    }

    private void placeExpr(Expr e, boolean inFunction, boolean inAsync) {
        if (e == null) {
            return;
        }
        if ((e instanceof Expr.Yield || e instanceof Expr.YieldFrom) && !inFunction) {
            throw error(e.pos(), "'yield' outside function");
        }
        if (e instanceof Expr.Await && !inAsync) {
            throw error(e.pos(), inFunction ? "'await' outside async function" : "'await' outside function");
        }
        if (e instanceof Expr.Compare c) {
            checkCompare(c);
        } else if (e instanceof Expr.Call call) {
            checkCaller(call);
        } else if (e instanceof Expr.Subscript sub && sub.ctx() == dev.heapgrader.engine.syntax.ast.Ctx.LOAD) {
            checkSubscript(sub);
        }
        if (e instanceof Expr.Lambda l) {
            l.args().defaults().forEach(d -> placeExpr(d, inFunction, inAsync));
            placeExpr(l.body(), true, false);
            return;
        }
        for (Expr c : AstChildren.of(e)) {
            placeExpr(c, inFunction, inAsync);
        }
    }

    static List<List<Stmt>> blocksOf(Stmt s) {
        if (s instanceof Stmt.If i) {
            return List.of(i.body(), i.orElse());
        }
        if (s instanceof Stmt.While w) {
            return List.of(w.body(), w.orElse());
        }
        if (s instanceof Stmt.For f) {
            return List.of(f.body(), f.orElse());
        }
        if (s instanceof Stmt.FunctionDef f) {
            return List.of(f.body());
        }
        if (s instanceof Stmt.ClassDef c) {
            return List.of(c.body());
        }
        if (s instanceof Stmt.Try t) {
            List<List<Stmt>> out = new ArrayList<>();
            out.add(t.body());
            t.handlers().forEach(h -> out.add(h.body()));
            out.add(t.orElse());
            out.add(t.finalBody());
            return out;
        }
        if (s instanceof Stmt.With w) {
            return List.of(w.body());
        }
        if (s instanceof Stmt.Match m) {
            return m.cases().stream().map(Stmt.MatchCase::body).toList();
        }
        return List.of();
    }
}
