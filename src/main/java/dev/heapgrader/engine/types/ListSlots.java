package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.InstanceCreation;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/**
 * The slots of {@code list} (Objects/listobject.c); its methods are {@code ListMethods}, its slice assignment
 * {@code Slices}.
 */
final class ListSlots {
    static final TypeSlots SLOTS = new TypeSlots(ListSlots::repr, ObjectSlots::unhashable, ListSlots::compare)
            .withLength(ListSlots::length).withContains(ListSlots::contains).withIter(ListSlots::iter)
            .withSubscript(ListSlots::subscript).withAssignSubscript(ListSlots::assignSubscript)
            .withBinary(ListSlots::binary).withInPlace(ListSlots::inPlace);

    private ListSlots() {
    }

    /** {@code list_repr}: {@code [...]} for a list met again inside itself ({@code Py_ReprEnter}). */
    static String repr(Interpreter ip, PyObject self) {
        return Repr.guarded(ip, self, "[...]", ListSlots::items);
    }

    private static String items(Interpreter ip, PyObject self) {
        // the list is read live, as list_repr does: an item's __repr__ may shrink it
        PyList l = (PyList) self;
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Repr.repr(ip, l.get(i)));
        }
        return sb.append(']').toString();
    }

    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (other instanceof PyList o) {
            return SequenceOrder.compare(ip, ((PyList) self).toArray(), o.toArray(), op);
        }
        return ObjectSlots.compare(ip, self, other, op);
    }

    /** {@code list_length}. */
    static long length(Interpreter ip, PyObject self) {
        return ((PyList) self).size();
    }

    /** {@code list_contains}: identity, then {@code ==}, item by item. */
    static boolean contains(Interpreter ip, PyObject self, PyObject item) {
        PyList l = (PyList) self;
        for (int i = 0; i < l.size(); i++) {
            if (ObjectProtocol.richEquals(ip.rt, l.get(i), item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code list_iter}. */
    static PyObject iter(Interpreter ip, PyObject self) {
        return IteratorSlots.over(ip, self, PyIterator.Kind.LIST);
    }

    /** {@code list_subscript}: an item, or a new list for a slice. */
    static PyObject subscript(Interpreter ip, PyObject self, PyObject index) {
        PyList l = (PyList) self;
        if (index instanceof PySlice s) {
            long[] r = Slices.indices(ip, s, l.size());
            PyObject[] items = Slices.pick(l.toArray(), r);
            return ip.rt.track(new PyList(ip.rt.types.list, items));
        }
        int i = SequenceIndex.normalize(ip, index, l.size(), "list");
        return l.get(i).newRef();
    }

    /**
     * {@code list_ass_subscript}: an item or a slice replaced, or deleted when {@code value} is null. (A derived
     * class's own {@code __setitem__}/{@code __delitem__} replaces this slot: {@code DerivedSlots}.)
     */
    static void assignSubscript(Interpreter ip, PyObject self, PyObject index, PyObject value) {
        PyList l = (PyList) self;
        if (index instanceof PySlice s) {
            if (value == null) {
                Slices.delete(ip, l, s);
            } else {
                Slices.assign(ip, l, s, value);
                ip.trace.containerStoresOf(ip, l, value, "slice assignment");
            }
            return;
        }
        int i = SequenceIndex.normalize(ip, index, l.size(), "list assignment");
        if (value == null) {
            deleteItem(ip, l, i);
        } else {
            ip.trace.containerStore(ip, l, value, "item assignment");
            ip.rt.decref(l.set(i, value.newRef()));
        }
    }

    /** {@code del l[i]}: 3.11/3.12 go through list_ass_slice (shrinking), 3.13 only moves items. */
    private static void deleteItem(Interpreter ip, PyList l, int i) {
        int before = l.allocated();
        int oldSize = l.size();
        PyObject[] removed = l.cutOut(i, i + 1);
        if (ip.rt.version.delItemShrinksList()) {
            if (l.size() == 0) {
                l.freeBuffer();
            } else {
                l.afterCut(oldSize);
            }
        }
        Containers.accountResize(ip, before, l.allocated());
        for (PyObject o : removed) {
            ip.rt.decref(o);
        }
    }

    /** {@code list_concat} ({@code list + list}) and {@code list_repeat} ({@code list * n}, {@code n * list}). */
    static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        return SequenceConcat.concatOrRepeat(ip, op, a, b, PyList.class, SequenceConcat::listConcat,
                SequenceConcat::listRepeat);
    }

    /**
     * {@code list_inplace_concat} ({@code l += x}, an extend) and {@code list_inplace_repeat}, for a list or a
     * derived class that does not override {@code __iadd__}/{@code __imul__}.
     */
    static PyObject inPlace(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        boolean inherited = a.type() == ip.rt.types.list
                || a.extras() != null && !InstanceCreation.overrides(ip, a.type(), op.inPlace());
        if (!inherited) {
            return null;
        }
        PyList l = (PyList) a;
        if (op == BinaryOperator.ADD) {
            Containers.listExtend(ip, l, b);
            return l.newRef();
        }
        if (op == BinaryOperator.MULT && b instanceof PyInt n) {
            SequenceConcat.listInPlaceRepeat(ip, l, n.longValue());
            return l.newRef();
        }
        return null;
    }
}
