package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.version.PythonVersion;

/** Error messages whose wording differs between the CPython versions the engine reproduces. */
final class VersionMessages {
    private VersionMessages() {
    }

    /** Python/ceval.c {@code UNBOUNDLOCAL_ERROR_MSG}, reworded in 3.11. */
    static String unboundLocal(PythonVersion v, String name) {
        return "cannot access local variable '" + name + "' where it is not associated with a value";
    }

    /** Setting an attribute a slotted or builtin instance cannot hold (Objects/object.c). */
    static String cannotSetAttribute(PythonVersion v, String typeName, String attr) {
        String base = "'" + typeName + "' object has no attribute '" + attr + "'";
        return v.noDictAttributeHint() ? base + " and no __dict__ for setting new attributes" : base;
    }

    /** Setting an attribute on a builtin type (Objects/typeobject.c {@code type_setattro}). */
    static String immutableType(PythonVersion v, String typeName, String attr) {
        return "cannot set '" + attr + "' attribute of immutable type '" + typeName + "'";
    }


    /** {@code min([])}: 3.12 reworded it ("iterable argument is empty"). */
    static String emptyMinMax(PythonVersion v, String name) {
        return v == PythonVersion.V3_11 ? name + "() arg is an empty sequence" : name + "() iterable argument is empty";
    }
}
