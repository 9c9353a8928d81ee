package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/** {@code min()} and {@code max()} (Python/bltinmodule.c {@code min_max}), with key and default. */
final class MinMax {
    private MinMax() {
    }

    static PyObject minmax(Interpreter ip, PyObject[] a, String[] k, boolean min) {
        InterpreterState rt = ip.rt;
        String name = min ? "min" : "max";
        int npos = NativeTable.positionalCount(a, k);
        PyObject key = NativeTable.keyword(a, k, "key");
        PyObject dflt = NativeTable.keyword(a, k, "default");
        if (npos == 0) {
            throw ip.errors.typeError(name + " expected at least 1 argument, got 0");
        }
        PyObject iterable;
        boolean ownsIterable = false;
        if (npos == 1) {
            iterable = a[0];
        } else {
            if (dflt != null) {
                throw ip.errors.typeError("Cannot specify a default for " + name + "() with multiple positional "
                        + "arguments");
            }
            PyObject[] items = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                items[i] = a[i].newRef();
            }
            iterable = rt.newTuple(items);
            ownsIterable = true;
        }
        PyObject it = Iteration.iter(ip, iterable);
        PyObject best = null;
        PyObject bestKey = null;
        try {
            PyObject item;
            while ((item = Iteration.next(ip, it)) != null) {
                PyObject itemKey = key == null || key == rt.none ? item.newRef()
                        : Calls.call(ip, key, new PyObject[] {item}, null);
                if (best == null) {
                    best = item;
                    bestKey = itemKey;
                    continue;
                }
                PyObject cmp = Compare.rich(ip, itemKey, bestKey, min ? CompareOperator.LT : CompareOperator.GT);
                boolean better;
                try {
                    better = ObjectProtocol.truthy(ip, cmp);
                } finally {
                    rt.decref(cmp);
                }
                if (better) {
                    rt.decref(best);
                    rt.decref(bestKey);
                    best = item;
                    bestKey = itemKey;
                } else {
                    rt.decref(item);
                    rt.decref(itemKey);
                }
            }
        } finally {
            rt.decref(it);
            if (ownsIterable) {
                rt.decref(iterable);
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt.newRef();
            }
            throw ip.errors.valueError(rt.version.emptyMinMaxMessage(name));
        }
        rt.decref(bestKey);
        return best;
    }
}
