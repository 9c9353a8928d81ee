package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.PythonSource;
import dev.heapgrader.engine.memory.Finalizers;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Repr;

/**
 * The pure-Python half of the {@code weakref} module. In CPython, {@code finalize}, {@code WeakValueDictionary}
 * and {@code WeakKeyDictionary} are Python classes (Lib/weakref.py) built on {@code ref}; running Python written
 * for the engine gives them the same reference and collection effects (the registry that keeps a finalizer
 * alive, the weakref whose callback removes a dead entry, {@code atexit} finalizers run newest first). The code
 * is the engine's own formulation of the documented behaviour, kept free of cycles so it leaves no garbage.
 */
public final class WeakrefPrelude {
    private WeakrefPrelude() {
    }

    static final String FILENAME = "<weakref>";

    /** Runs the prelude with {@code globals} (the module dict) as its namespace. */
    static void install(Interpreter ip, PyDict globals) {
        PythonSource.run(ip, SOURCE, FILENAME, globals);
    }

    /**
     * Lib/weakref.py {@code finalize._exitfunc}, called by the interpreter's shutdown before the main module is
     * torn down ({@code atexit}): finalizers still registered with {@code atexit} true run newest first, with
     * automatic collection disabled; afterwards no finalizer runs any more.
     */
    public static void runAtExit(Interpreter ip, PyDict globals) {
        PyObject fn = globals.get(ip.rt.constantStr("_exitfunc"), ip.rt);
        if (fn == null) {
            return;
        }
        boolean enabled = ip.gc.isEnabled();
        ip.gc.setEnabled(false);
        fn.incref();
        try {
            ip.rt.decref(Calls.call(ip, fn, new PyObject[0], null));
        } catch (PyException e) {
            Finalizers.unraisable(ip, e, Repr.repr(ip, fn));
        } finally {
            ip.rt.decref(fn);
            ip.gc.setEnabled(enabled);
        }
    }

    /** The Python half, kept as a resource beside this class (weakref.py). */
    private static final String SOURCE = PythonSource.resource(WeakrefPrelude.class, "weakref.py");
}
