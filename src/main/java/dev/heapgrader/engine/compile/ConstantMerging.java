package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.syntax.Scope;
import dev.heapgrader.engine.syntax.ast.Constant;
import dev.heapgrader.engine.syntax.ast.Expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two places where CPython's compiler merges tuples it builds itself into the file's constant cache, so that
 * a literal tuple elsewhere in the file is the same object and counts their references:
 * <ul>
 * <li>constant default values: {@code LOAD_CONST}s followed by {@code BUILD_TUPLE} are folded into one constant
 * tuple when the code unit is assembled (Python/flowgraph.c, 3.11 compile.c: {@code fold_tuple_on_constants}), so
 * {@code def m(self, k=None)} shares its {@code __defaults__} with every {@code (None,)} of the file;</li>
 * <li>each code object's {@code co_consts} tuple ({@code makecode}: {@code merge_const_one}), so a function without
 * a docstring whose only constant is the implicit {@code None} holds one more reference to {@code (None,)}.</li>
 * </ul>
 * Both happen when a unit is assembled, after every literal of its body was seen; a tuple made here becomes the
 * canonical object only when no equal constant came first, and then no syntax-tree node holds it.
 */
final class ConstantMerging {
    private static final Set<String> IMPLICIT_FUNCTIONS = Set.of("<genexpr>", "<listcomp>", "<setcomp>",
            "<dictcomp>");

    private ConstantMerging() {
    }

    /** A folded default tuple whose object is chosen when its unit is assembled. */
    record PendingTuple(int index, List<PyObject> items, Object key) {
    }

    /**
     * Loads the defaults of a def or lambda as one constant tuple when all are constants; returns false (nothing
     * emitted) otherwise, and the caller builds the tuple at run time.
     */
    static boolean loadConstantDefaults(Compiler c, List<Expr> defaults) {
        List<PyObject> items = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        for (Expr d : defaults) {
            ExpressionCompiler.Folded f = c.exprs.fold(d);
            if (f == null) {
                return false;
            }
            items.add(f.value());
            keys.add(f.key());
        }
        Object key = List.of("tuple", keys);
        CodeUnit u = c.unit();
        Integer index = u.constIndex.get(key);
        if (index == null) {
            PyObject existing = c.pool.existing(key);
            if (existing != null) {
                c.loadConst(existing, key);
                return true;
            }
            index = u.consts.size();
            u.consts.add(null);
            u.constIndex.put(key, index);
            u.pendingTuples.add(new PendingTuple(index, List.copyOf(items), key));
        }
        u.emit(Opcode.LOAD_CONST, index);
        u.adjustDepth(1);
        return true;
    }

    /** Assembly: each pending default tuple becomes the constant equal to it, or a new canonical tuple. */
    static void resolvePending(CodeUnit u, ConstantPool pool) {
        for (PendingTuple p : u.pendingTuples) {
            u.consts.set(p.index(), pool.merge(p.items(), p.key()));
        }
        u.pendingTuples.clear();
    }

    /**
     * {@code makecode}'s {@code merge_const_one(c_const_cache, &consts)}: a new reference to the tuple that is this
     * unit's {@code co_consts}, or null when its constants include a code object (never equal to a literal). A
     * def or lambda without a docstring has {@code None} as its first constant (compiler_function,
     * compiler_lambda). When a tuple is returned, {@code consts} is rewritten to borrow its items: the tuple owns
     * the constants, as co_consts does.
     */
    static PyObject mergeConsts(CodeUnit u, PyObject[] consts, ConstantPool pool, InterpreterState rt) {
        Object[] keyAt = new Object[consts.length];
        for (Map.Entry<Object, Integer> e : u.constIndex.entrySet()) {
            keyAt[e.getValue()] = e.getKey();
        }
        List<PyObject> items = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        Object noneKey = ConstantPool.key(new Constant.NoneValue());
        boolean noneFirst = u.scope.kind() == Scope.Kind.FUNCTION && !u.hasDocstring
                && !IMPLICIT_FUNCTIONS.contains(u.name);
        if (noneFirst) {
            items.add(rt.none);
            keys.add(noneKey);
        }
        for (int i = 0; i < keyAt.length; i++) {
            if (keyAt[i] == null) {
                return null;
            }
            if (!(noneFirst && keyAt[i].equals(noneKey))) {
                items.add(consts[i]);
                keys.add(keyAt[i]);
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        PyTuple merged = (PyTuple) pool.merge(items, List.of("tuple", keys));
        for (int i = 0; i < consts.length; i++) {
            PyObject own = consts[i];
            consts[i] = merged.get(keys.indexOf(keyAt[i]));
            rt.decref(own);
        }
        return merged;
    }
}
