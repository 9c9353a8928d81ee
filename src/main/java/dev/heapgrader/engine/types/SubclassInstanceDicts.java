package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * The {@code __dict__} of an instance of a class derived from a builtin ({@code class Stack(list)}), made on first
 * use. Whether it shares the class's keys ({@code ht_cached_keys}) follows where the instance keeps its dict:
 * <ul>
 * <li>3.12+: every such class has cached keys, and both an attribute store ({@code _PyObjectDict_SetItem}) and a
 * {@code __dict__} read ({@code PyObject_GenericGetDict}) make a split dict on them
 * ({@code new_dict_with_shared_keys}), whose size counts the keys' 30 usable slots.</li>
 * <li>3.11: only a class whose instances have a managed dict (a builtin base without items: list, dict, str,
 * float, set) has cached keys, and only an attribute store uses them; a {@code __dict__} read finds no inline
 * values and makes a plain {@code PyDict_New()} (Objects/object.c).</li>
 * </ul>
 */
public final class SubclassInstanceDicts {
    private SubclassInstanceDicts() {
    }

    /**
     * Whether a class has cached keys for its instances' dicts: 3.11 gives none to a class over a variable-sized
     * builtin (int, tuple, bytes), whose dict lives at a negative {@code tp_dictoffset} instead.
     */
    public static boolean hasCachedKeys(InterpreterState rt, PyType type) {
        PyType base = SubclassInstances.builtinBase(rt, type);
        boolean varSized = base != null && base.layout().itemSize() != 0 && base != rt.types.str;
        return !varSized || rt.version.managedDictForVarSizedBases();
    }

    /** A new dict for {@code owner}'s {@code __dict__}; {@code onRead} when a {@code __dict__} read makes it. */
    public static PyDict make(InterpreterState rt, PyObject owner, boolean onRead) {
        PyDict d = rt.newDict();
        PyType type = owner.type();
        if (type.sharedKeys() != null && (!onRead || rt.version.dictReadSharesClassKeys())) {
            d.shareKeys(type.sharedKeys());
        }
        return d;
    }
}
