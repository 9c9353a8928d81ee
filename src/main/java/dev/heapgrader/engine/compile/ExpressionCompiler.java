package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.Scope;
import dev.heapgrader.engine.syntax.ast.Arguments;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Ctx;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;

import java.util.ArrayList;
import java.util.List;

/**
 * Bytecode for expressions and assignment targets, following Python/compile.c's choices where they are visible
 * in reference counts or sizes: constant folding of literals and tuples, {@code BUILD_LIST n} for short displays
 * but {@code BUILD_LIST 0} + {@code LIST_EXTEND} of a constant tuple for three or more constants, method calls
 * through {@code LOAD_METHOD} so no bound method is created, comprehensions as nested functions.
 */
final class ExpressionCompiler {
    private final Compiler c;
    private final DisplayCompiler displays;

    ExpressionCompiler(Compiler c) {
        this.c = c;
        this.displays = new DisplayCompiler(c, this);
    }

    private CodeUnit u() {
        return c.unit();
    }

    /** A folded constant: the object and its equality key. */
    record Folded(PyObject value, Object key) { }

    /** Constant folding as Python/ast_opt.c does for literals, tuples of constants and signed numbers. */
    Folded fold(Expr e) {
        Constant scalar = ConstantFolding.scalar(e);
        if (scalar != null) {
            return new Folded(c.pool.of(scalar), ConstantPool.key(scalar));
        }
        if (e instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Literal l) {
            Constant v = l.value();
            if (u.op() == UnaryOperator.USUB && v instanceof Constant.IntValue i) {
                Constant neg = new Constant.IntValue(i.value().negate());
                return new Folded(c.pool.of(neg), ConstantPool.key(neg));
            }
            if (u.op() == UnaryOperator.USUB && v instanceof Constant.FloatValue f) {
                Constant neg = new Constant.FloatValue(-f.value());
                return new Folded(c.pool.of(neg), ConstantPool.key(neg));
            }
            if (u.op() == UnaryOperator.UADD && (v instanceof Constant.IntValue || v instanceof Constant.FloatValue)) {
                return new Folded(c.pool.of(v), ConstantPool.key(v));
            }
            if (u.op() == UnaryOperator.INVERT && v instanceof Constant.IntValue i) {
                Constant inv = new Constant.IntValue(i.value().not());
                return new Folded(c.pool.of(inv), ConstantPool.key(inv));
            }
        }
        if (e instanceof Expr.TupleDisplay t && t.ctx() == Ctx.LOAD) {
            List<PyObject> items = new ArrayList<>();
            List<Object> keys = new ArrayList<>();
            for (Expr elt : t.elts()) {
                Folded f = fold(elt);
                if (f == null) {
                    return null;
                }
                items.add(f.value);
                keys.add(f.key);
            }
            if (items.isEmpty()) {
                return new Folded(c.rt.emptyTuple, List.of("tuple", List.of()));
            }
            return new Folded(c.pool.tuple(items, keys), List.of("tuple", keys));
        }
        return null;
    }

    /**
     * The iterable of a {@code for} or a comprehension: Python/ast_opt.c {@code fold_iter} turns a list display of
     * constants there into a constant tuple, so no list is built (and a generator holds only a tuple iterator).
     */
    void iterable(Expr e) {
        if (e instanceof Expr.ListDisplay l && l.ctx() == Ctx.LOAD) {
            Folded f = fold(new Expr.TupleDisplay(l.pos(), l.elts(), Ctx.LOAD));
            if (f != null) {
                c.loadConst(f.value, f.key);
                return;
            }
        }
        expr(e);
    }

    void expr(Expr e) {
        CodeUnit u = c.unit();
        Object saved = u.currentNode;
        int savedLine = u.currentLine;
        u.currentNode = e;
        // an instruction has its expression's line (3.11+ locations), so a failure inside an expression spanning
        // several lines is reported on the line where that part of it stands
        if (e.pos().line() > 0) {
            u.currentLine = e.pos().line();
        }
        try {
            compile(e);
        } finally {
            u.currentNode = saved;
            u.currentLine = savedLine;
        }
    }

    void compile(Expr e) {
        Folded f = fold(e);
        if (f != null) {
            c.loadConst(f.value, f.key);
            return;
        }
        if (e instanceof Expr.Name n) {
            c.name(n.id(), Ctx.LOAD);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
            c.emit(Opcode.LOAD_ATTR, u().attributeIndex(a.attr()), 0);
        } else if (e instanceof Expr.Call call) {
            call(call);
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
            c.emit(Opcode.BINARY_OP, b.op().ordinal(), -1);
        } else if (e instanceof Expr.UnaryOp un) {
            expr(un.operand());
            if (un.op() == UnaryOperator.NOT) {
                c.emit(Opcode.UNARY_NOT, 0);
            } else {
                c.emit(Opcode.UNARY_OP, un.op().ordinal(), 0);
            }
        } else if (e instanceof Expr.BoolOp b) {
            CodeUnit.Label end = new CodeUnit.Label();
            for (int i = 0; i < b.values().size(); i++) {
                expr(b.values().get(i));
                if (i < b.values().size() - 1) {
                    u().emitJump(b.isAnd() ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP, end);
                    u().adjustDepth(-1);
                }
            }
            u().place(end);
        } else if (e instanceof Expr.Compare cmp) {
            compare(cmp);
        } else if (e instanceof Expr.IfExp i) {
            CodeUnit.Label orElse = new CodeUnit.Label();
            CodeUnit.Label end = new CodeUnit.Label();
            expr(i.test());
            u().emitJump(Opcode.POP_JUMP_IF_FALSE, orElse);
            u().adjustDepth(-1);
            expr(i.body());
            u().emitJump(Opcode.JUMP, end);
            u().adjustDepth(-1);
            u().place(orElse);
            expr(i.orElse());
            u().place(end);
        } else if (e instanceof Expr.ListDisplay l) {
            displays.sequence(l.elts(), Opcode.BUILD_LIST, true);
        } else if (e instanceof Expr.TupleDisplay t) {
            if (DisplayCompiler.hasStar(t.elts())) {
                displays.sequence(t.elts(), Opcode.BUILD_LIST, false);
                c.emit(Opcode.LIST_TO_TUPLE, 0);
            } else {
                t.elts().forEach(this::expr);
                c.emit(Opcode.BUILD_TUPLE, t.elts().size(), 1 - t.elts().size());
            }
        } else if (e instanceof Expr.SetDisplay s) {
            displays.setDisplay(s);
        } else if (e instanceof Expr.DictDisplay d) {
            displays.dictDisplay(d, false);
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            c.emit(Opcode.BINARY_SUBSCR, -1);
        } else if (e instanceof Expr.Slice s) {
            slice(s);
        } else if (e instanceof Expr.Lambda l) {
            Scope scope = c.scopes.get(l);
            c.makeFunction(l, scope, "<lambda>", l.args(), l.pos().line(), () -> {
                expr(l.body());
                c.unit().emit(Opcode.RETURN_VALUE);
            });
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
            c.emit(Opcode.COPY, 1, 1);
            c.name(n.target().id(), Ctx.STORE);
        } else if (e instanceof Expr.ListComp lc) {
            comprehension(lc, "<listcomp>", lc.generators(), 0, lc.elt(), null);
        } else if (e instanceof Expr.SetComp sc) {
            comprehension(sc, "<setcomp>", sc.generators(), 1, sc.elt(), null);
        } else if (e instanceof Expr.DictComp dc) {
            comprehension(dc, "<dictcomp>", dc.generators(), 2, dc.key(), dc.value());
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension(g, "<genexpr>", g.generators(), 3, g.elt(), null);
        } else if (e instanceof Expr.Yield y) {
            if (y.value() != null) {
                expr(y.value());
            } else {
                c.loadNone();
            }
            c.emit(Opcode.YIELD_VALUE, 0);
        } else if (e instanceof Expr.YieldFrom y) {
            expr(y.value());
            c.emit(Opcode.GET_YIELD_FROM_ITER, 0);
            c.loadNone();
            yieldFromHandlerDepth();
            c.emit(Opcode.YIELD_FROM, -1);
        } else if (e instanceof Expr.JoinedStr j) {
            for (Expr part : j.values()) {
                if (part instanceof Expr.FormattedValue && c.rt.version.fstringPartsLocatedAtString()) {
                    // 3.11's f-string parser gives each replacement field the whole string's location
                    Object saved = u().currentNode;
                    u().currentNode = j;
                    compile(part);
                    u().currentNode = saved;
                } else {
                    expr(part);
                }
            }
            if (j.values().size() != 1 || !(j.values().get(0) instanceof Expr.FormattedValue)) {
                c.emit(Opcode.BUILD_STRING, j.values().size(), 1 - j.values().size());
            }
        } else if (e instanceof Expr.FormattedValue fv) {
            expr(fv.value());
            int conv = switch (fv.conversion()) {
                case 's' -> 1;
                case 'r' -> 2;
                case 'a' -> 3;
                default -> 0;
            };
            if (fv.formatSpec() != null) {
                expr(fv.formatSpec());
                conv |= 4;
                c.emit(Opcode.FORMAT_VALUE, conv, -1);
            } else {
                c.emit(Opcode.FORMAT_VALUE, conv, 0);
            }
        } else if (e instanceof Expr.Starred s) {
            throw new IllegalStateException("starred expression outside a display or call");
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
            c.emit(Opcode.GET_YIELD_FROM_ITER, 0);
            c.loadNone();
            yieldFromHandlerDepth();
            c.emit(Opcode.YIELD_FROM, -1);
        } else {
            throw new IllegalStateException("expression not compiled: " + e.getClass().getSimpleName());
        }
    }

    private void slice(Expr.Slice s) {
        int n = s.step() == null ? 2 : 3;
        Expr[] parts = {s.lower(), s.upper(), s.step()};
        for (int i = 0; i < n; i++) {
            Expr part = parts[i];
            if (part == null) {
                c.loadNone();
            } else {
                expr(parts[i]);
            }
        }
        c.emit(Opcode.BUILD_SLICE, n, 1 - n);
    }

    private void compare(Expr.Compare cmp) {
        expr(cmp.left());
        int n = cmp.ops().size();
        if (n == 1) {
            expr(cmp.comparators().get(0));
            compareOp(cmp.ops().get(0));
            return;
        }
        CodeUnit.Label cleanup = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        for (int i = 0; i < n - 1; i++) {
            expr(cmp.comparators().get(i));
            c.emit(Opcode.SWAP, 2, 0);
            c.emit(Opcode.COPY, 2, 1);
            compareOp(cmp.ops().get(i));
            u().emitJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
            u().adjustDepth(-1);
        }
        expr(cmp.comparators().get(n - 1));
        compareOp(cmp.ops().get(n - 1));
        u().emitJump(Opcode.JUMP, end);
        u().place(cleanup);
        c.emit(Opcode.SWAP, 2, 0);
        c.emit(Opcode.POP_TOP, -1);
        u().place(end);
    }

    private void compareOp(CompareOperator op) {
        switch (op) {
            case IS -> c.emit(Opcode.IS_OP, 0, -1);
            case IS_NOT -> c.emit(Opcode.IS_OP, 1, -1);
            case IN -> c.emit(Opcode.CONTAINS_OP, 0, -1);
            case NOT_IN -> c.emit(Opcode.CONTAINS_OP, 1, -1);
            default -> c.emit(Opcode.COMPARE_OP, op.ordinal(), -1);
        }
    }

    private void call(Expr.Call call) {
        boolean starred = DisplayCompiler.hasStar(call.args());
        boolean splat = false;
        for (Expr.Keyword k : call.keywords()) {
            splat |= k.name() == null;
        }
        if (starred || splat) {
            callEx(call);
            return;
        }
        int nargs = call.args().size() + call.keywords().size();
        int kwFlag = call.keywords().isEmpty() ? 0 : 1 << 16;
        if (call.func() instanceof Expr.Attribute a) {
            expr(a.value());
            c.emitAt(a, Opcode.LOAD_METHOD, u().attributeIndex(a.attr()), 1);
            int restore = pushArgs(call);
            c.emit(Opcode.CALL_METHOD, nargs | kwFlag, -nargs - 1 - (kwFlag != 0 ? 1 : 0));
            u().adjustDepth(restore);
        } else {
            // co_stacksize: CPython 3.11+ keep a NULL beside a plain callable (PUSH_NULL, or LOAD_GLOBAL's low
            // bit; Python/compile.c compiler_call), one slot the engine's CALL does not use
            u().adjustDepth(1);
            expr(call.func());
            int restore = pushArgs(call);
            c.emit(Opcode.CALL, nargs | kwFlag, -nargs - (kwFlag != 0 ? 1 : 0));
            u().adjustDepth(restore - 1);
        }
    }

    /**
     * co_stacksize: from 3.12 the loop of a {@code yield from} / {@code await} has a handler
     * ({@code CLEANUP_THROW}) entered with the exception pushed above the iterator and the sent value
     * (Python/compile.c {@code compiler_add_yield_from}); 3.11 has none.
     */
    private void yieldFromHandlerDepth() {
        if (c.rt.version.yieldFromHasThrowHandler()) {
            u().adjustDepth(1);
            u().adjustDepth(-1);
        }
    }

    /**
     * PEP 709 (3.12+): list, set and dict comprehensions run inline in the enclosing frame, so its
     * {@code co_nlocalsplus} gains their variables and its {@code co_stacksize} their stack on top of one saved value
     * per variable ({@code LOAD_FAST_AND_CLEAR}, Python/compile.c {@code push_inlined_comprehension_state}). The
     * engine still runs the comprehension as its own function; only the accounting of the enclosing code changes.
     * The function object the engine has just pushed stands for the iterator the inline code keeps.
     */
    private void inlinedComprehensionFrame(Code comp) {
        int saved = 0;
        java.util.List<String> names = new ArrayList<>(List.of(comp.varnames));
        // a comprehension inlined into this one brings its own variables along
        names.addAll(List.of(comp.hiddenLocals));
        for (String v : names) {
            if (!v.equals(".0")) {
                saved++;
                u().hiddenLocal(v);
            }
        }
        int extra = saved + comp.stackSize - 1;
        u().adjustDepth(extra);
        u().adjustDepth(-extra);
    }

    /** Pushes the arguments; returns the depth the caller restores after its CALL (uncounted kwnames). */
    private int pushArgs(Expr.Call call) {
        call.args().forEach(this::expr);
        if (!call.keywords().isEmpty()) {
            List<PyObject> names = new ArrayList<>();
            List<Object> keys = new ArrayList<>();
            for (Expr.Keyword k : call.keywords()) {
                expr(k.value());
                Constant name = new Constant.StrValue(k.name());
                names.add(c.rt.constantStr(k.name()));
                keys.add(name);
            }
            PyObject[] owned = new PyObject[names.size()];
            for (int i = 0; i < owned.length; i++) {
                owned[i] = names.get(i).newRef();
            }
            PyObject kwnames = c.rt.newTuple(owned);
            // co_stacksize: 3.11/3.12 pass the names through KW_NAMES, not the stack; 3.13's CALL_KW takes them
            // from the stack (Python/compile.c compiler_call_simple_kw_helper)
            boolean namesOnStack = c.rt.version.callKeywordNamesOnStack();
            if (!namesOnStack) {
                u().adjustDepth(-1);
            }
            c.loadConst(kwnames, List.of("kwnames", keys));
            c.rt.decref(kwnames);
            if (!namesOnStack) {
                // the CALL that follows pops the tuple the engine did push: the caller adds it back after
                return 1;
            }
        }
        return 0;
    }

    private void callEx(Expr.Call call) {
        expr(call.func());
        if (call.args().size() == 1 && call.args().get(0) instanceof Expr.Starred only) {
            // compiler_call_helper: a lone *iterable is passed as is; CALL_FUNCTION_EX makes it a tuple if needed
            expr(only.value());
        } else {
            displays.sequence(call.args(), Opcode.BUILD_LIST, false);
            c.emit(Opcode.LIST_TO_TUPLE, 0);
        }
        boolean hasKw = !call.keywords().isEmpty();
        if (hasKw) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (Expr.Keyword k : call.keywords()) {
                keys.add(k.name() == null ? null : new Expr.Literal(k.pos(), new Constant.StrValue(k.name())));
                values.add(k.value());
            }
            displays.dictDisplay(new Expr.DictDisplay(call.pos(), keys, values), true);
        }
        c.emit(Opcode.CALL_EX, hasKw ? 1 : 0, hasKw ? -2 : -1);
    }

    /**
     * A comprehension is a nested function called with the first iterable's iterator ({@code .0}); kind 0 list,
     * 1 set, 2 dict, 3 generator expression.
     */
    private void comprehension(Expr node, String name, List<Expr.Comprehension> gens, int kind, Expr elt, Expr value) {
        Scope scope = c.scopes.get(node);
        Arguments args = new Arguments(List.of(), List.of(new Arguments.Arg(node.pos(), ".0", null)), null,
                List.of(), List.of(), null, List.of());
        c.makeFunction(node, scope, name, args, node.pos().line(), () -> {
            if (kind < 3) {
                c.emit(kind == 0 ? Opcode.BUILD_LIST : kind == 1 ? Opcode.BUILD_SET : Opcode.BUILD_MAP, 0, 1);
            }
            comprehensionLoop(gens, 0, kind, elt, value, kind < 3 ? 1 : 0);
            if (kind == 3) {
                c.loadNone();
            }
            c.unit().emit(Opcode.RETURN_VALUE);
        });
        if (kind < 3 && c.rt.version.inlinesComprehensions()) {
            inlinedComprehensionFrame((Code) u().consts.get(u().consts.size() - 1));
        }
        iterable(gens.get(0).iter());
        c.emit(Opcode.GET_ITER, 0);
        c.emit(Opcode.CALL, 1, -1);
    }

    private void comprehensionLoop(List<Expr.Comprehension> gens, int index, int kind, Expr elt, Expr value,
                                   int depthBelow) {
        Expr.Comprehension g = gens.get(index);
        CodeUnit.Label loop = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        if (index == 0) {
            c.emit(Opcode.LOAD_FAST, 0, 1);
        } else {
            iterable(g.iter());
            c.emit(Opcode.GET_ITER, 0);
        }
        u().place(loop);
        u().emitJump(Opcode.FOR_ITER, end);
        u().adjustDepth(1);
        c.targets.store(g.target());
        for (Expr cond : g.ifs()) {
            expr(cond);
            u().emitJump(Opcode.POP_JUMP_IF_FALSE, loop);
            u().adjustDepth(-1);
        }
        int depth = depthBelow + index + 1;
        if (index + 1 < gens.size()) {
            comprehensionLoop(gens, index + 1, kind, elt, value, depthBelow);
        } else if (kind == 3) {
            expr(elt);
            c.emit(Opcode.YIELD_VALUE, 0);
            c.emit(Opcode.POP_TOP, -1);
        } else if (kind == 2) {
            expr(elt);
            expr(value);
            c.emit(Opcode.MAP_ADD, depth, -2);
        } else {
            expr(elt);
            c.emit(kind == 0 ? Opcode.LIST_APPEND : Opcode.SET_ADD, depth, -1);
        }
        u().emitJump(Opcode.JUMP, loop);
        u().place(end);
        u().adjustDepth(-1);
    }
}
