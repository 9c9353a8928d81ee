package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.PythonSource;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.types.PyModule;

/**
 * A module the engine writes in Python, as CPython writes Lib/*.py: its source is the resource {@code <name>.py}
 * beside this package, run once as the body of a fresh module on first import.
 */
final class PythonModule {
    private PythonModule() {
    }

    static PyModule create(Interpreter ip, String name) {
        InterpreterState rt = ip.rt;
        PyDict d = rt.newDict();
        ip.storeIn(d, "__name__", rt.newStr(name));
        PyModule m = rt.track(new PyModule(rt.types.module, name, d));
        PythonSource.run(ip, PythonSource.resource(PythonModule.class, name + ".py"), "<" + name + ">", d);
        return m;
    }
}
