package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.PythonSource;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.types.PyModule;

/**
 * A module the engine writes in Python, as CPython writes Lib/*.py: its source is the resource {@code <name>.py}
 * beside this package (a long module continues in further resources), run once as the body of a fresh module on
 * first import.
 */
final class PythonModule {
    private PythonModule() {
    }

    /** Runs {@code <name>.py}, then each of {@code parts} ({@code <part>.py}), in the one module namespace. */
    static PyModule create(Interpreter ip, String name, String... parts) {
        return createIn(ip, ip.rt.newDict(), name, parts);
    }

    /** {@link #create} in a namespace a Java unit already filled with the module's C-implemented names. */
    static PyModule createIn(Interpreter ip, PyDict d, String name, String... parts) {
        InterpreterState rt = ip.rt;
        ip.storeIn(d, "__name__", rt.newStr(name));
        PyModule m = rt.track(new PyModule(rt.types.module, name, d));
        PythonSource.run(ip, PythonSource.resource(PythonModule.class, name + ".py"), "<" + name + ">", d);
        for (String part : parts) {
            PythonSource.run(ip, PythonSource.resource(PythonModule.class, part + ".py"), "<" + name + ">", d);
        }
        return m;
    }
}
