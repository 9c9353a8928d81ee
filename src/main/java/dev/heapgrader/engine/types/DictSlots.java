package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeRecursion;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/** The slots of {@code dict} and its views (Objects/dictobject.c); its methods are {@code DictMethods}. */
final class DictSlots {
    static final TypeSlots SLOTS = new TypeSlots(DictSlots::repr, ObjectSlots::unhashable, DictSlots::compare);
    static final TypeSlots VIEW_SLOTS = TypeSlots.reprOnly(DictSlots::viewRepr);

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
}
