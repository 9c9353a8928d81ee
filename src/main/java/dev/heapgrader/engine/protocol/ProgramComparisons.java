package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.types.BuiltinSlots;

/**
 * One operand's comparison slot, as Objects/typeobject.c gives a class defined in Python: when that class (or a
 * Python-written module's: {@code Counter}, {@code OrderedDict}) defines the comparison's special method before any
 * builtin base in its MRO, {@code slot_tp_richcompare} calls it; otherwise the builtin base's
 * {@code tp_richcompare} decides. {@code BuiltinSlots} picks slots by the object's Java class, which a
 * {@code dict} or {@code list} subclass shares with its base, so the override must be looked for first.
 */
final class ProgramComparisons {
    private ProgramComparisons() {
    }

    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        String method = Compare.dunder(op);
        // a plain instance's slot already calls the special method; only a builtin's subclass needs the override
        if (!(self instanceof PyInstance) && definedByProgram(self.type(), method)) {
            PyObject r = Calls.callSpecialBinary(ip, self, method, other);
            if (r == null || r != ip.rt.notImplemented) {
                return r;
            }
            // the override declined (deque.__eq__ handing over to list.__eq__, which the engine's builtin types
            // do not define as methods): the builtin base decides, as its reflected slot would in CPython
            ip.rt.decref(r);
        }
        return BuiltinSlots.of(self).compare().compare(ip, self, other, op);
    }

    /** Whether the first class in {@code type}'s MRO that defines {@code name} is a class defined in Python. */
    private static boolean definedByProgram(PyType type, String name) {
        if (!type.isHeapType()) {
            return false;
        }
        for (PyType k : type.mroList()) {
            if (k.dict().getStr(name) != null) {
                return k.isHeapType();
            }
        }
        return false;
    }
}
