package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Attributes;
import dev.heapgrader.engine.types.PyModule;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The modules a program can import ({@link #PROVIDED}), built on first import: Java units for the modules CPython
 * writes in C, {@link PythonModule} for the ones it writes in Python. Any other name fails as CPython fails for a
 * missing module, so a program can never reach the host.
 */
public final class ImportableModules {
    /** What {@code import} can find, in the order the README lists them. */
    public static final java.util.List<String> PROVIDED = java.util.List.of("sys", "gc", "weakref", "dataclasses",
            "math", "time", "random", "collections", "functools", "itertools", "operator", "copy", "contextlib",
            "io", "enum", "abc", "typing", "__future__");

    private final Interpreter ip;
    private final Map<String, PyModule> loaded = new LinkedHashMap<>();

    public ImportableModules(Interpreter ip) {
        this.ip = ip;
    }

    public PyModule builtinsModule(PyDict dict) {
        PyModule m = ip.rt.track(new PyModule(ip.rt.types.module, "builtins", dict));
        loaded.put("builtins", m);
        return m;
    }

    /** {@code IMPORT_NAME}: a new reference to the module. */
    public PyObject importModule(String name) {
        if (name.startsWith(".")) {
            // Python/import.c resolve_name: __main__ run as a file has no __package__ to be relative to
            throw ip.errors.make("ImportError", "attempted relative import with no known parent package");
        }
        PyModule m = loaded.get(name);
        if (m == null) {
            m = switch (name) {
                case "sys" -> SysModule.create(ip);
                case "gc" -> GcModule.create(ip);
                case "weakref" -> WeakrefModule.create(ip);
                case "dataclasses" -> DataclassesModule.create(ip);
                case "math" -> MathModule.create(ip);
                case "time" -> TimeModule.create(ip);
                case "operator" -> PythonModule.create(ip, "operator");
                case "random" -> RandomModule.create(ip);
                case "collections" -> CollectionsModule.create(ip);
                case "functools", "itertools", "copy", "contextlib", "io", "abc", "enum", "typing", "__future__" ->
                        PythonModule.create(ip, name);
                default -> null;
            };
            if (m == null) {
                // importlib's _find_and_load_unlocked: under a module the engine has, the whole dotted path is
                // missing, and a parent that is a plain module (every one here but collections) is not a package
                String parent = name.split("\\.")[0];
                String top = PROVIDED.contains(parent) ? name : parent;
                String why = !top.equals(parent) && !parent.equals("collections")
                        ? "; '" + parent + "' is not a package" : "";
                PyException e = ip.errors.make("ModuleNotFoundError", "No module named '" + top + "'" + why);
                ip.storeIn(((dev.heapgrader.engine.object.PyBaseException) e.value()).attrs(), "name",
                        ip.rt.newStr(top));
                throw e;
            }
            loaded.put(name, m);
        }
        return m.newRef();
    }

    /** {@code IMPORT_FROM}: the attribute of the module on top of the stack. */
    public PyObject importFrom(PyObject module, String name) {
        PyObject v = Attributes.find(ip, module, name);
        if (v == null) {
            String modName = module instanceof PyModule m ? m.name : "?";
            throw ip.errors.make("ImportError", "cannot import name '" + name + "' from '" + modName
                    + "' (unknown location)");
        }
        return v;
    }

    /** Module objects alive at the end of the run, to release at shutdown. */
    public Map<String, PyModule> loaded() {
        return loaded;
    }
}
