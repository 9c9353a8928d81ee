package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/** The slots of {@code set} and {@code frozenset} (Objects/setobject.c); the operators are {@code SetOps}. */
final class SetSlots {
    static final TypeSlots SLOTS = new TypeSlots(SetSlots::repr, SetSlots::hash, SetSlots::compare)
            .withLength(SetSlots::length).withContains(SetSlots::contains).withIter(SetSlots::iter)
            .withBinary(SetSlots::binary).withInPlace(SetSlots::inPlace);

    private SetSlots() {
    }

    /** {@code set_repr}: {@code set()} and {@code frozenset()} when empty, {@code frozenset({...})} otherwise. */
    static String repr(Interpreter ip, PyObject self) {
        return Repr.guarded(ip, self, "...", SetSlots::items);
    }

    private static String items(Interpreter ip, PyObject self) {
        PySet s = (PySet) self;
        boolean frozen = self.type() == ip.rt.types.frozenset;
        if (s.size() == 0) {
            return frozen ? "frozenset()" : "set()";
        }
        StringBuilder sb = new StringBuilder(frozen ? "frozenset({" : "{");
        boolean first = true;
        for (PyObject item : s.items()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(Repr.repr(ip, item));
        }
        return sb.append(frozen ? "})" : "}").toString();
    }

    /** {@code frozenset_hash} (a set is unhashable): combines the items' hashes, independent of order. */
    static long hash(Interpreter ip, PyObject self) {
        if (self.type() == ip.rt.types.set) {
            return ObjectSlots.unhashable(ip, self);
        }
        long h = 0;
        for (PyObject o : ((PySet) self).items()) {
            h ^= ObjectProtocol.hash(ip, o) * 0x5bd1e995L;
        }
        return h;
    }

    /** {@code set_richcompare}: equality and the subset/superset orders, between any two sets. */
    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (other instanceof PySet o) {
            return ip.rt.bool(SetOps.compare(ip, (PySet) self, o, op));
        }
        return ObjectSlots.compare(ip, self, other, op);
    }

    /** {@code set_len}. */
    static long length(Interpreter ip, PyObject self) {
        return ((PySet) self).size();
    }

    /** {@code set_contains}: a hash lookup. */
    static boolean contains(Interpreter ip, PyObject self, PyObject item) {
        return ((PySet) self).contains(item, ip.rt);
    }

    /** {@code set_iter}: over the table as it is now, with its size ({@code si_used}) to detect a change. */
    static PyObject iter(Interpreter ip, PyObject self) {
        PySet s = (PySet) self;
        PyIterator it = ip.rt.track(new PyIterator(ip.rt.types.iterators.setIterator, PyIterator.Kind.SET,
                self.newRef(), null));
        it.snapshot = s.items();
        it.limit = s.size();
        return it;
    }

    /** {@code set_or}, {@code set_and}, {@code set_sub}, {@code set_xor} of two sets ({@code SetOps}). */
    static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        return a instanceof PySet sa && b instanceof PySet sb ? SetOps.binary(ip, op, sa, sb) : null;
    }

    /** {@code set_ior}, {@code set_iand}...: a set (not a derived class) updated by another set. */
    static PyObject inPlace(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        return a.type() == ip.rt.types.set && b instanceof PySet sb ? SetOps.inPlace(ip, op, (PySet) a, sb) : null;
    }
}
