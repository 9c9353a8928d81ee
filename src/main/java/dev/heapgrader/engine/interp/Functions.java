package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.types.PyFunction;

/** {@code MAKE_FUNCTION}: a function object from a code constant, its defaults and its closure cells. */
final class Functions {
    private Functions() {
    }

    static PyObject make(Interpreter ip, Frame f, int flags) {
        InterpreterState rt = ip.rt;
        Code code = (Code) f.pop();
        PyTuple closure = (flags & 8) != 0 ? (PyTuple) f.pop() : null;
        PyTuple annotations = (flags & 4) != 0 ? (PyTuple) f.pop() : null;
        PyDict kwDefaults = (flags & 2) != 0 ? (PyDict) f.pop() : null;
        PyTuple defaults = (flags & 1) != 0 ? (PyTuple) f.pop() : null;
        f.globals.incref();
        PyFunction fn = new PyFunction(rt.types.function, code, f.globals);
        if (f.builtins != null) {
            f.builtins.incref();
            fn.builtins = f.builtins;
        }
        fn.name = rt.constantStr(code.name);
        fn.qualname = rt.constantStr(code.qualname);
        fn.defaults = defaults;
        fn.kwDefaults = kwDefaults;
        fn.closure = closure;
        fn.annotations = annotations;
        fn.doc = code.hasDocstring ? code.consts[0].newRef() : rt.none;
        PyObject module = f.globals.getStr("__name__");
        fn.module = module == null ? null : module.newRef();
        return rt.track(fn);
    }
}
