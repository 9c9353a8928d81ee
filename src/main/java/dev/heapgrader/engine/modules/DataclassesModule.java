package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.PythonSource;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.types.PyModule;

/**
 * A small {@code dataclasses}: {@code @dataclass} (with {@code init}, {@code repr}, {@code eq} and {@code slots}),
 * {@code field(default=..., default_factory=...)}, {@code fields} and {@code asdict}, written in Python for the
 * engine. The generated {@code __init__} sets the fields in declaration order, as CPython's generated code does,
 * so instances have the same attributes, sizes and reference counts; {@code slots=True} rebuilds the class with
 * {@code __slots__} as Lib/dataclasses.py's {@code _add_slots} does. The helper functions themselves are the
 * engine's own, so counts of function objects differ from CPython's.
 */
final class DataclassesModule {
    private DataclassesModule() {
    }

    static final String FILENAME = "<dataclasses>";

    static PyModule create(Interpreter ip) {
        InterpreterState rt = ip.rt;
        PyDict d = rt.newDict();
        ip.storeIn(d, "__name__", rt.constantStr("dataclasses"));
        PyModule m = rt.track(new PyModule(rt.types.module, "dataclasses", d));
        PythonSource.run(ip, SOURCE, FILENAME, d);
        return m;
    }

    /** The Python half, kept as a resource beside this class (dataclasses.py). */
    private static final String SOURCE = PythonSource.resource(DataclassesModule.class, "dataclasses.py");
}
