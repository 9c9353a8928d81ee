package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/** The slots of {@code tuple} (Objects/tupleobject.c). */
final class TupleSlots {
    static final TypeSlots SLOTS = new TypeSlots(TupleSlots::repr, TupleSlots::hash, TupleSlots::compare)
            .withLength(TupleSlots::length).withContains(TupleSlots::contains).withIter(TupleSlots::iter)
            .withSubscript(TupleSlots::subscript).withBinary(TupleSlots::binary);

    private TupleSlots() {
    }

    /** {@code tuplerepr}: a one-item tuple keeps its trailing comma. */
    static String repr(Interpreter ip, PyObject self) {
        return Repr.guarded(ip, self, "...", TupleSlots::items);
    }

    private static String items(Interpreter ip, PyObject self) {
        PyTuple t = (PyTuple) self;
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Repr.repr(ip, t.get(i)));
        }
        if (t.size() == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** {@code tuplehash} (xxHash-based); only equality of hashes matters here. */
    static long hash(Interpreter ip, PyObject self) {
        PyTuple t = (PyTuple) self;
        long acc = 0x27D4EB2F165667C5L;
        for (int i = 0; i < t.size(); i++) {
            long lane = ObjectProtocol.hash(ip, t.get(i));
            acc += lane * 0xC2B2AE3D27D4EB4FL;
            acc = Long.rotateLeft(acc, 31);
            acc *= 0x9E3779B185EBCA87L;
        }
        acc += t.size() ^ (0x27D4EB2F165667C5L ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (other instanceof PyTuple o) {
            return SequenceOrder.compare(ip, ((PyTuple) self).items(), o.items(), op);
        }
        return ObjectSlots.compare(ip, self, other, op);
    }

    /** {@code tuplelength}. */
    static long length(Interpreter ip, PyObject self) {
        return ((PyTuple) self).size();
    }

    /** {@code tuplecontains}: identity, then {@code ==}, item by item. */
    static boolean contains(Interpreter ip, PyObject self, PyObject item) {
        PyTuple t = (PyTuple) self;
        for (int i = 0; i < t.size(); i++) {
            if (ObjectProtocol.richEquals(ip.rt, t.get(i), item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code tuple_iter}. */
    static PyObject iter(Interpreter ip, PyObject self) {
        return IteratorSlots.over(ip, self, PyIterator.Kind.TUPLE);
    }

    /** {@code tuplesubscript}: an item, or a tuple for a slice (the tuple itself for a full slice). */
    static PyObject subscript(Interpreter ip, PyObject self, PyObject index) {
        PyTuple t = (PyTuple) self;
        if (index instanceof PySlice s) {
            long[] r = Slices.indices(ip, s, t.size());
            if (r[0] == 0 && r[2] == 1 && r[3] == t.size()) {
                return t.newRef();
            }
            return ip.rt.newTuple(Slices.pick(t.items(), r));
        }
        int i = SequenceIndex.normalize(ip, index, t.size(), "tuple");
        return t.get(i).newRef();
    }

    /** {@code tupleconcat} ({@code tuple + tuple}) and {@code tuplerepeat} ({@code tuple * n}, {@code n * tuple}). */
    static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        return SequenceConcat.concatOrRepeat(ip, op, a, b, PyTuple.class, SequenceConcat::tupleConcat,
                SequenceConcat::tupleRepeat);
    }
}
