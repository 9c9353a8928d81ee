package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Bytecode for list, tuple, set and dict displays as Python/compile.c emits them ({@code starunpack_helper},
 * {@code compiler_set}, {@code compiler_dict}), because the choice shows in sizes and reference counts: up to
 * {@code STACK_USE_GUIDELINE} items are pushed and built at once; three or more constants become one folded
 * tuple or frozenset extended into an empty container; longer or starred displays grow item by item.
 */
final class DisplayCompiler {
    /** Python/compile.c {@code STACK_USE_GUIDELINE}: displays longer than this are built incrementally. */
    static final int STACK_USE_GUIDELINE = 30;

    private final Compiler c;
    private final ExpressionCompiler exprs;

    DisplayCompiler(Compiler c, ExpressionCompiler exprs) {
        this.c = c;
        this.exprs = exprs;
    }

    private CodeUnit u() {
        return c.unit();
    }

    static boolean hasStar(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    /** {@code starunpack_helper}: displays of lists (and starred tuples). */
    void sequence(List<Expr> elts, int buildOp, boolean isList) {
        int n = elts.size();
        if (!hasStar(elts) && n > 2 && allConstant(elts)) {
            List<PyObject> items = new ArrayList<>();
            List<Object> keys = new ArrayList<>();
            for (Expr e : elts) {
                ExpressionCompiler.Folded f = exprs.fold(e);
                items.add(f.value());
                keys.add(f.key());
            }
            c.emit(buildOp, 0, 1);
            c.loadConst(c.pool.tuple(items, keys), List.of("tuple", keys));
            c.emit(Opcode.LIST_EXTEND, 1, -1);
            return;
        }
        if (!hasStar(elts) && n <= STACK_USE_GUIDELINE) {
            elts.forEach(exprs::expr);
            c.emit(buildOp, n, 1 - n);
            return;
        }
        if (!hasStar(elts)) {
            c.emit(buildOp, 0, 1);
            for (Expr e : elts) {
                exprs.expr(e);
                c.emit(Opcode.LIST_APPEND, 1, -1);
            }
            return;
        }
        boolean seenStar = false;
        int before = 0;
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                if (!seenStar) {
                    c.emit(buildOp, before, 1 - before);
                    seenStar = true;
                }
                exprs.expr(s.value());
                c.emit(Opcode.LIST_EXTEND, 1, -1);
            } else if (seenStar) {
                exprs.expr(e);
                c.emit(Opcode.LIST_APPEND, 1, -1);
            } else {
                exprs.expr(e);
                before++;
            }
        }
    }

    private boolean allConstant(List<Expr> elts) {
        for (Expr e : elts) {
            if (exprs.fold(e) == null) {
                return false;
            }
        }
        return true;
    }

    void setDisplay(Expr.SetDisplay s) {
        List<Expr> elts = s.elts();
        if (!hasStar(elts) && elts.size() > 2 && allConstant(elts)) {
            List<PyObject> items = new ArrayList<>();
            List<Object> keys = new ArrayList<>();
            for (Expr e : elts) {
                ExpressionCompiler.Folded f = exprs.fold(e);
                items.add(f.value());
                keys.add(f.key());
            }
            c.emit(Opcode.BUILD_SET, 0, 1);
            c.loadConst(c.pool.frozenset(items, keys), List.of("frozenset", keys));
            c.emit(Opcode.SET_UPDATE, 1, -1);
            return;
        }
        if (!hasStar(elts)) {
            elts.forEach(exprs::expr);
            c.emit(Opcode.BUILD_SET, elts.size(), 1 - elts.size());
            return;
        }
        c.emit(Opcode.BUILD_SET, 0, 1);
        for (Expr e : elts) {
            if (e instanceof Expr.Starred st) {
                exprs.expr(st.value());
                c.emit(Opcode.SET_UPDATE, 1, -1);
            } else {
                exprs.expr(e);
                c.emit(Opcode.SET_ADD, 1, -1);
            }
        }
    }

    /**
     * A dict display, or a call's {@code **} mapping when {@code keywordMerge} (then merges refuse duplicate keys,
     * {@code DICT_MERGE}).
     */
    void dictDisplay(Expr.DictDisplay d, boolean keywordMerge) {
        int update = keywordMerge ? Opcode.DICT_MERGE_KW : Opcode.DICT_UPDATE;
        int n = d.keys().size();
        boolean hasSplat = false;
        for (Expr k : d.keys()) {
            hasSplat |= k == null;
        }
        if (!hasSplat && n > 1 && n <= STACK_USE_GUIDELINE / 2 && allConstant(d.keys())) {
            List<PyObject> items = new ArrayList<>();
            List<Object> keys = new ArrayList<>();
            for (Expr k : d.keys()) {
                ExpressionCompiler.Folded f = exprs.fold(k);
                items.add(f.value());
                keys.add(f.key());
            }
            d.values().forEach(exprs::expr);
            c.loadConst(c.pool.tuple(items, keys), List.of("tuple", keys));
            c.emit(Opcode.BUILD_CONST_KEY_MAP, n, -n);
            return;
        }
        int pending = 0;
        boolean built = false;
        for (int i = 0; i < n; i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                if (!built || pending > 0) {
                    c.emit(Opcode.BUILD_MAP, pending, 1 - 2 * pending);
                    if (built) {
                        c.emit(update, 1, -1);
                    }
                    built = true;
                    pending = 0;
                }
                exprs.expr(d.values().get(i));
                c.emit(update, 1, -1);
            } else {
                exprs.expr(k);
                exprs.expr(d.values().get(i));
                pending++;
            }
        }
        if (!built) {
            c.emit(Opcode.BUILD_MAP, pending, 1 - 2 * pending);
        } else if (pending > 0) {
            c.emit(Opcode.BUILD_MAP, pending, 1 - 2 * pending);
            c.emit(update, 1, -1);
        }
    }
}
