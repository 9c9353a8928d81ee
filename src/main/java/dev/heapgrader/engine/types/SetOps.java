package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;

/** Set algebra ({@code |}, {@code &}, {@code -}, {@code ^}) for sets and frozensets (Objects/setobject.c). */
public final class SetOps {
    private SetOps() {
    }

    public static PyObject binary(Interpreter ip, BinaryOperator op, PySet a, PySet b) {
        InterpreterState rt = ip.rt;
        if (op != BinaryOperator.BIT_OR && op != BinaryOperator.BIT_AND && op != BinaryOperator.SUB
                && op != BinaryOperator.BIT_XOR) {
            return null;
        }
        // set_or and friends make a plain set or frozenset, whatever subclass the operand is
        PySet result = rt.track(new PySet(a.type().isSubtypeOf(rt.types.set) ? rt.types.set : rt.types.frozenset));
        switch (op) {
            case BIT_OR -> {
                Containers.setUpdate(ip, result, a);
                Containers.setUpdate(ip, result, b);
            }
            case BIT_AND -> {
                PySet small = a.size() <= b.size() ? a : b;
                PySet big = small == a ? b : a;
                for (PyObject o : small.items()) {
                    if (big.contains(o, rt)) {
                        result.add(o, rt);
                    }
                }
            }
            case SUB -> {
                for (PyObject o : a.items()) {
                    if (!b.contains(o, rt)) {
                        result.add(o, rt);
                    }
                }
            }
            default -> {
                for (PyObject o : a.items()) {
                    if (!b.contains(o, rt)) {
                        result.add(o, rt);
                    }
                }
                for (PyObject o : b.items()) {
                    if (!a.contains(o, rt)) {
                        result.add(o, rt);
                    }
                }
            }
        }
        return result;
    }

    /** Subset and equality comparisons of sets ({@code set_richcompare}). */
    public static boolean compare(Interpreter ip, PySet a, PySet b, dev.heapgrader.engine.syntax.ast.CompareOperator op) {
        boolean aInB = subset(ip, a, b);
        boolean bInA = subset(ip, b, a);
        return switch (op) {
            case EQ -> aInB && bInA;
            case NOT_EQ -> !(aInB && bInA);
            case LT_E -> aInB;
            case LT -> aInB && !bInA;
            case GT_E -> bInA;
            case GT -> bInA && !aInB;
            default -> throw new IllegalStateException(op.toString());
        };
    }

    private static boolean subset(Interpreter ip, PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (PyObject o : a.items()) {
            if (!b.contains(o, ip.rt)) {
                return false;
            }
        }
        return true;
    }

    public static PyObject inPlace(Interpreter ip, BinaryOperator op, PySet a, PySet b) {
        InterpreterState rt = ip.rt;
        switch (op) {
            case BIT_OR -> Containers.setUpdate(ip, a, b);
            case SUB -> {
                for (PyObject o : b.items()) {
                    rt.xdecref(a.discard(o, rt));
                }
            }
            case BIT_AND -> {
                for (PyObject o : a.items()) {
                    if (!b.contains(o, rt)) {
                        rt.xdecref(a.discard(o, rt));
                    }
                }
            }
            case BIT_XOR -> {
                for (PyObject o : b.items()) {
                    PyObject removed = a.discard(o, rt);
                    if (removed == null) {
                        a.add(o, rt);
                    } else {
                        rt.decref(removed);
                    }
                }
            }
            default -> {
                return null;
            }
        }
        return a.newRef();
    }
}
