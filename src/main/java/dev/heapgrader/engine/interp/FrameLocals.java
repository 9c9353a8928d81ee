package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.types.PyCell;

/** {@code locals()} inside a function: a fresh dict of the bound fast locals and cells. */
public final class FrameLocals {
    private FrameLocals() {
    }

    public static PyObject snapshot(Interpreter ip, Frame f) {
        PyDict d = ip.rt.newDict();
        Code code = f.code;
        for (int i = 0; i < code.varnames.length; i++) {
            if (f.fast[i] != null) {
                ip.storeIn(d, code.varnames[i], f.fast[i].newRef());
            }
        }
        for (int i = 0; i < code.cellvars.length + code.freevars.length; i++) {
            PyObject cell = f.fast[code.varnames.length + i];
            if (cell instanceof PyCell c && c.contents != null) {
                String name = i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
                ip.storeIn(d, name, c.contents.newRef());
            }
        }
        return d;
    }
}
