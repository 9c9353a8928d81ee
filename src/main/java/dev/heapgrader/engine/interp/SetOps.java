package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;

/** Set algebra ({@code |}, {@code &}, {@code -}, {@code ^}) for sets and frozensets (Objects/setobject.c). */
final class SetOps {
    private SetOps() {
    }

    static PyObject binary(Interpreter ip, BinaryOperator op, PySet a, PySet b) {
        Runtime rt = ip.rt;
        if (op != BinaryOperator.BIT_OR && op != BinaryOperator.BIT_AND && op != BinaryOperator.SUB
                && op != BinaryOperator.BIT_XOR) {
            return null;
        }
        PySet result = rt.track(new PySet(a.type()));
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

    static PyObject inPlace(Interpreter ip, BinaryOperator op, PySet a, PySet b) {
        Runtime rt = ip.rt;
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
