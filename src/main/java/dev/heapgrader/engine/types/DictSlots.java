package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeRecursion;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/** The slots of {@code dict} and its views (Objects/dictobject.c); its methods are {@code DictMethods}. */
final class DictSlots {
    static final TypeSlots SLOTS = new TypeSlots(DictSlots::repr, ObjectSlots::unhashable, DictSlots::compare)
            .withLength(DictSlots::length).withContains(DictSlots::contains).withIter(DictSlots::iter)
            .withSubscript(DictSlots::subscript).withAssignSubscript(DictSlots::assignSubscript)
            .withBinary(DictSlots::binary).withInPlace(DictSlots::inPlace);
    static final TypeSlots VIEW_SLOTS = TypeSlots.reprOnly(DictSlots::viewRepr).withLength(DictSlots::viewLength)
            .withIter(DictSlots::viewIter).withBinary(DictSlots::viewBinary);

    private DictSlots() {
    }

    /** {@code dict_repr}: {@code {...}} for a dict met again inside itself. */
    static String repr(Interpreter ip, PyObject self) {
        return Repr.guarded(ip, self, "{...}", DictSlots::entries);
    }

    private static String entries(Interpreter ip, PyObject self) {
        PyDict d = (PyDict) self;
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (int i = 0; i < d.entryCount(); i++) {
            PyObject k = d.keyAt(i);
            if (k == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(Repr.repr(ip, k)).append(": ").append(Repr.repr(ip, d.valueAt(i)));
        }
        return sb.append('}').toString();
    }

    /** {@code dict_richcompare}: only equality is defined. */
    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (other instanceof PyDict o && ObjectSlots.isEquality(op)) {
            return ObjectSlots.equality(ip, equal(ip, (PyDict) self, o), op);
        }
        return ObjectSlots.compare(ip, self, other, op);
    }

    /** {@code dict_equal}: same size and every key maps to an equal value. */
    private static boolean equal(Interpreter ip, PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        // PyObject_RichCompare's recursion check, made once per nested container here
        NativeRecursion.enter(ip, " in comparison");
        try {
            for (int i = 0; i < a.entryCount(); i++) {
                PyObject k = a.keyAt(i);
                if (k == null) {
                    continue;
                }
                PyObject other = b.get(k, ip.rt);
                if (other == null || !ObjectProtocol.richEquals(ip.rt, a.valueAt(i), other)) {
                    return false;
                }
            }
            return true;
        } finally {
            NativeRecursion.leave(ip);
        }
    }

    /** {@code dictview_repr}: {@code dict_keys([...])}, {@code dict_values([...])}, {@code dict_items([...])}. */
    static String viewRepr(Interpreter ip, PyObject self) {
        return Repr.guarded(ip, self, "...", DictSlots::viewItems);
    }

    private static String viewItems(Interpreter ip, PyObject self) {
        DictView v = (DictView) self;
        String name = switch (v.kind) {
            case KEYS -> "dict_keys";
            case VALUES -> "dict_values";
            case ITEMS -> "dict_items";
        };
        StringBuilder sb = new StringBuilder(name).append("([");
        boolean first = true;
        for (int i = 0; i < v.dict.entryCount(); i++) {
            PyObject k = v.dict.keyAt(i);
            if (k == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            switch (v.kind) {
                case KEYS -> sb.append(Repr.repr(ip, k));
                case VALUES -> sb.append(Repr.repr(ip, v.dict.valueAt(i)));
                default -> sb.append('(').append(Repr.repr(ip, k)).append(", ")
                        .append(Repr.repr(ip, v.dict.valueAt(i))).append(')');
            }
        }
        return sb.append("])").toString();
    }

    /** {@code dict_length}. */
    static long length(Interpreter ip, PyObject self) {
        return ((PyDict) self).size();
    }

    /** {@code dict_contains}: a key lookup. */
    static boolean contains(Interpreter ip, PyObject self, PyObject key) {
        return ((PyDict) self).get(key, ip.rt) != null;
    }

    /** {@code dict_iter}: over the keys, with the size it had ({@code di_used}) to detect a change. */
    static PyObject iter(Interpreter ip, PyObject self) {
        PyIterator it = IteratorSlots.over(ip, self, PyIterator.Kind.DICT_KEYS);
        it.limit = ((PyDict) self).size();
        return it;
    }

    /**
     * {@code dict_subscript}: the value, else a derived class's {@code __missing__}, else KeyError. (A derived
     * class's own {@code __getitem__} replaces this slot: {@code DerivedSlots}.)
     */
    static PyObject subscript(Interpreter ip, PyObject self, PyObject key) {
        PyDict d = (PyDict) self;
        boolean derived = self.type() != ip.rt.types.dict;
        PyObject v = d.get(key, ip.rt);
        if (v != null) {
            return v.newRef();
        }
        if (derived) {
            PyObject missing = Calls.callSpecial(ip, self, "__missing__", key);
            if (missing != null) {
                return missing;
            }
        }
        throw ip.errors.keyError(key);
    }

    /**
     * {@code dict_ass_sub}: store, or delete when {@code value} is null (KeyError when absent). (A derived class's
     * own {@code __setitem__} or {@code __delitem__} replaces this slot: {@code DerivedSlots}.)
     */
    static void assignSubscript(Interpreter ip, PyObject self, PyObject key, PyObject value) {
        PyDict d = (PyDict) self;
        if (value != null) {
            Containers.dictSet(ip, d, key, value);
            return;
        }
        PyObject[] pair = d.remove(key, ip.rt);
        if (pair == null) {
            throw ip.errors.keyError(key);
        }
        ip.rt.decref(pair[0]);
        ip.rt.decref(pair[1]);
    }

    /** {@code dictview_len}. */
    static long viewLength(Interpreter ip, PyObject self) {
        return ((DictView) self).dict.size();
    }

    /** {@code dictkeys_iter}, {@code dictvalues_iter}, {@code dictitems_iter}: over the dict itself. */
    static PyObject viewIter(Interpreter ip, PyObject self) {
        DictView v = (DictView) self;
        PyIterator.Kind kind = switch (v.kind) {
            case KEYS -> PyIterator.Kind.DICT_KEYS;
            case VALUES -> PyIterator.Kind.DICT_VALUES;
            case ITEMS -> PyIterator.Kind.DICT_ITEMS;
        };
        PyIterator it = IteratorSlots.over(ip, v.dict, kind);
        it.limit = v.dict.size();
        return it;
    }

    /** {@code dict_or} (PEP 584): {@code d1 | d2} is a copy of d1 updated with d2. */
    static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        if (op == BinaryOperator.BIT_OR && a instanceof PyDict da && b instanceof PyDict db) {
            PyObject merged = DictMethods.copy(ip, da);
            Containers.dictUpdate(ip, (PyDict) merged, db);
            return merged;
        }
        return null;
    }

    /** {@code dict_ior}: {@code d |= other} updates a dict (not a derived class) in place. */
    static PyObject inPlace(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        if (op == BinaryOperator.BIT_OR && a.type() == ip.rt.types.dict && b instanceof PyDict) {
            Containers.dictUpdate(ip, (PyDict) a, b);
            return a.newRef();
        }
        return null;
    }

    /**
     * {@code dictviews_or}, {@code _PyDictView_Intersect}, {@code dictviews_sub}, {@code dictviews_xor}:
     * {@code dict_keys} and {@code dict_items} behave as sets for {@code &}, {@code |}, {@code -} and {@code ^}
     * with a set or another view; the result is a set.
     */
    static PyObject viewBinary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        boolean leftView = a instanceof DictView va && va.kind != DictView.Kind.VALUES
                && (b instanceof PySet || b instanceof DictView);
        boolean rightView = b instanceof DictView vb && vb.kind != DictView.Kind.VALUES && a instanceof PySet;
        if (!leftView && !rightView) {
            return null;
        }
        InterpreterState rt = ip.rt;
        PySet sa = rt.newSet();
        PySet sb = rt.newSet();
        try {
            Containers.setUpdate(ip, sa, a);
            Containers.setUpdate(ip, sb, b);
            PySet result = (PySet) SetOps.binary(ip, op, sa, sb);
            if (result != null) {
                result.setType(rt.types.set);
            }
            return result;
        } finally {
            rt.decref(sa);
            rt.decref(sb);
        }
    }
}
