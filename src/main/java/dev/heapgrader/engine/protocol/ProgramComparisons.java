package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/**
 * Whether a comparison must go to the operands' special methods before the builtin shortcuts: when a class the
 * program (or a Python-written module: {@code Counter}, {@code OrderedDict}) defines gives either operand the
 * comparison's method or its reflection. Objects/object.c {@code do_richcompare} always asks the types' slots;
 * the shortcuts for dicts, lists and numbers reproduce the builtin slots, so they stand only where no program
 * class overrides them.
 */
final class ProgramComparisons {
    private ProgramComparisons() {
    }

    static boolean overridden(PyObject a, PyObject b, CompareOperator op) {
        if (!a.type().isHeapType() && !b.type().isHeapType()) {
            return false;
        }
        String method = Compare.dunder(op);
        String reflected = Compare.dunder(Compare.reflect(op));
        return definedByProgram(a.type(), method) || definedByProgram(b.type(), reflected);
    }

    /** Whether the first class in {@code type}'s MRO that defines {@code name} is a program-defined class. */
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
