package dev.heapgrader.engine.types;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.Native;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.modules.NumericBuiltins;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Arithmetic;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Subscripts;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/**
 * The special methods of builtin values, reached by name ({@code (5).__add__(10)}, {@code [1].__len__()}):
 * bound builtins that run the same operation as the operator does (CPython's slot wrappers).
 */
public final class SlotWrappers {
    private SlotWrappers() {
    }

    public static PyObject find(Interpreter ip, PyObject owner, String name) {
        InterpreterState rt = ip.rt;
        for (BinaryOperator op : BinaryOperator.values()) {
            if (name.equals(op.method())) {
                return bound(ip, owner, name, (i, self, a, k) -> {
                    NativeTable.arity(i, name, a, k, 1, 1);
                    try {
                        return Arithmetic.binary(i, op, self, a[0]);
                    } catch (PyException e) {
                        if (e.value().type() == i.errors.type("TypeError")) {
                            i.rt.decref(e.value());
                            return i.rt.notImplemented;
                        }
                        throw e;
                    }
                });
            }
            if (name.equals(op.reflected())) {
                return bound(ip, owner, name, (i, self, a, k) -> {
                    NativeTable.arity(i, name, a, k, 1, 1);
                    return Arithmetic.binary(i, op, a[0], self);
                });
            }
        }
        for (CompareOperator op : new CompareOperator[] {CompareOperator.LT, CompareOperator.LT_E,
                CompareOperator.GT, CompareOperator.GT_E}) {
            if (name.equals(Compare.dunder(op))) {
                return bound(ip, owner, name, (i, self, a, k) -> Compare.rich(i, self, a[0], op));
            }
        }
        return switch (name) {
            case "__len__" -> bound(ip, owner, name, (i, self, a, k) -> i.rt.newInt(ObjectProtocol.len(i, self)));
            case "__getitem__" -> bound(ip, owner, name, (i, self, a, k) -> Subscripts.get(i, self, a[0]));
            case "__contains__" -> bound(ip, owner, name, (i, self, a, k) -> i.rt.bool(ObjectProtocol.contains(i, self, a[0])));
            case "__iter__" -> bound(ip, owner, name, (i, self, a, k) -> Iteration.iter(i, self));
            case "__neg__" -> bound(ip, owner, name, (i, self, a, k) -> Arithmetic.unary(i,
                    dev.heapgrader.engine.syntax.ast.UnaryOperator.USUB, self));
            case "__abs__" -> bound(ip, owner, name, (i, self, a, k) -> NumericBuiltins.abs(i, self));
            case "__bool__" -> bound(ip, owner, name, (i, self, a, k) -> i.rt.bool(ObjectProtocol.truthy(i, self)));
            default -> null;
        };
    }

    private static PyObject bound(Interpreter ip, PyObject owner, String name, Native impl) {
        return ip.rt.track(new PyBuiltin(ip.rt.types.builtinFunction, name, impl, owner.newRef(), null));
    }
}
