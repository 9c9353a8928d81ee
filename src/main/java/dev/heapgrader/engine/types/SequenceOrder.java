package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeRecursion;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/**
 * The comparison {@code list} and {@code tuple} share (Objects/listobject.c {@code list_richcompare},
 * Objects/tupleobject.c {@code tuplerichcompare}): equal lengths and items for {@code ==}, otherwise the first
 * differing item decides, and the lengths when one is a prefix of the other.
 */
final class SequenceOrder {
    private SequenceOrder() {
    }

    static PyObject compare(Interpreter ip, PyObject[] x, PyObject[] y, CompareOperator op) {
        if (op == CompareOperator.EQ || op == CompareOperator.NOT_EQ) {
            boolean eq = equal(ip, x, y);
            return ip.rt.bool(op == CompareOperator.EQ ? eq : !eq);
        }
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!ObjectProtocol.richEquals(ip.rt, x[i], y[i])) {
                return Compare.rich(ip, x[i], y[i], op);
            }
        }
        return ip.rt.bool(Compare.outcome(Integer.compare(x.length, y.length), op));
    }

    private static boolean equal(Interpreter ip, PyObject[] x, PyObject[] y) {
        if (x.length != y.length) {
            return false;
        }
        // PyObject_RichCompare's recursion check, made once per nested container here
        NativeRecursion.enter(ip, " in comparison");
        try {
            for (int i = 0; i < x.length; i++) {
                if (!ObjectProtocol.richEquals(ip.rt, x[i], y[i])) {
                    return false;
                }
            }
            return true;
        } finally {
            NativeRecursion.leave(ip);
        }
    }
}
