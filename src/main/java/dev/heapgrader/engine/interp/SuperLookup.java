package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.types.PyCell;
import dev.heapgrader.engine.types.PySuper;

/**
 * {@code super()}: with no arguments it reads the {@code __class__} cell and the first argument of the calling
 * frame (Objects/typeobject.c {@code super_init_without_args}); the result proxies attribute lookups to the MRO
 * after that class.
 */
public final class SuperLookup {
    private SuperLookup() {
    }

    public static PyObject make(Interpreter ip, PyObject[] a, int npos) {
        InterpreterState rt = ip.rt;
        PyType start;
        PyObject obj;
        if (npos == 0) {
            Frame f = ip.current;
            Code code = f.code;
            int idx = -1;
            for (int i = 0; i < code.freevars.length; i++) {
                if (code.freevars[i].equals("__class__")) {
                    idx = code.varnames.length + code.cellvars.length + i;
                }
            }
            if (idx < 0 || code.argCount == 0) {
                throw ip.errors.runtimeError("super(): no arguments");
            }
            PyObject cls = ((PyCell) f.fast[idx]).contents;
            if (!(cls instanceof PyType t)) {
                throw ip.errors.runtimeError("super(): __class__ cell not found");
            }
            start = t;
            obj = f.fast[0];
            if (obj instanceof PyCell c) {
                obj = c.contents;
            }
            if (obj == null) {
                throw ip.errors.runtimeError("super(): arg[0] deleted");
            }
        } else {
            if (!(a[0] instanceof PyType t)) {
                throw ip.errors.typeError("super() argument 1 must be a type, not " + a[0].type().name());
            }
            start = t;
            obj = npos > 1 ? a[1] : rt.none;
        }
        return rt.track(new PySuper(rt.types.superType, start.newRef(), obj.newRef()));
    }
}
