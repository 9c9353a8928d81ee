package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.errors.Suggestions;
import dev.heapgrader.engine.object.LookupEpoch;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;

/**
 * {@code LOAD_GLOBAL} with CPython 3.12's cache (Python/bytecodes.c {@code LOAD_GLOBAL_MODULE},
 * {@code LOAD_GLOBAL_BUILTIN}): a name looked up in the globals, then the builtins, is remembered in its code
 * object's cache together with the epoch of this run's namespaces, which every change to a globals or builtins
 * dict advances (binding, rebinding or deleting any name). While the epoch stands still the cached value is the
 * one the two look-ups would find, so a recursive function finds itself, and a loop finds {@code len}, without
 * hashing and comparing the name. A code object always runs in the globals it was made in (the engine has no
 * {@code exec}), so an entry never answers for another module's namespace.
 */
final class GlobalLoads {
    private final LookupEpoch namespaces = new LookupEpoch();

    /** {@code LOAD_GLOBAL} (-- v): pushes the value of {@code f.code.names[arg]}, a new reference. */
    void load(Interpreter ip, Frame f, int arg) {
        Code code = f.code;
        if (code.globalEpochs[arg] == namespaces.value()) {
            f.push(code.globalValues[arg].newRef());
            return;
        }
        String name = code.names[arg];
        PyObject v = f.globals.getStr(name);
        if (v == null) {
            v = f.builtins.getStr(name);
        }
        if (v == null) {
            throw Suggestions.nameError(ip, f, name);
        }
        if (followed(f.globals) && followed(f.builtins)) {
            code.globalValues[arg] = v;
            code.globalEpochs[arg] = namespaces.value();
        }
        f.push(v.newRef());
    }

    private boolean followed(PyDict namespace) {
        return namespace.followedBy(namespaces);
    }
}
