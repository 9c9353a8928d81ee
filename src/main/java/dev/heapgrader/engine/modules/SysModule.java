package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.memory.SizeModel;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyModule;

/**
 * The {@code sys} module: {@code getrefcount} (the count including the argument's own reference, CPython's
 * immortal value for immortal objects), {@code getsizeof} (the size model plus the pre-header, or a user
 * {@code __sizeof__}), recursion limits, {@code intern}, {@code exit}, version information and stdout/stderr.
 */
final class SysModule {
    private SysModule() {
    }

    static PyModule create(Interpreter ip) {
        InterpreterState rt = ip.rt;
        PyDict d = rt.newDict();
        NativeTable n = new NativeTable(ip, d, null);
        n.value("__name__", rt.constantStr("sys"));
        n.def("getrefcount", SysModule::getrefcount);
        n.def("getsizeof", SysModule::getsizeof);
        n.def("getrecursionlimit", SysModule::getrecursionlimit);
        n.def("setrecursionlimit", SysModule::setrecursionlimit);
        n.def("intern", SysModule::intern);
        n.def("exit", SysModule::exit);
        n.def("exc_info", SysModule::excInfo);
        n.def("exception", SysModule::exception);
        n.value("version_info", versionInfo(ip));
        n.value("version", rt.newStr(rt.version.patchRelease() + " (HeapGrader reference engine)"));
        n.value("maxsize", rt.newInt(Long.MAX_VALUE));
        n.value("byteorder", rt.constantStr("little"));
        n.value("platform", rt.constantStr("linux"));
        n.value("argv", rt.track(new dev.heapgrader.engine.object.PyList(rt.types.list,
                new PyObject[] {rt.newStr(ip.filename)})));
        n.value("stdout", ip.sysStdout.newRef());
        n.value("stderr", ip.sysStderr.newRef());
        // the original streams, which a program restores after replacing sys.stdout (sys.stdout = sys.__stdout__)
        n.value("__stdout__", ip.sysStdout.newRef());
        n.value("__stderr__", ip.sysStderr.newRef());
        return rt.track(new PyModule(rt.types.module, "sys", d));
    }

    private static PyObject versionInfo(Interpreter ip) {
        InterpreterState rt = ip.rt;
        String[] parts = rt.version.patchRelease().split("\\.");
        // a struct sequence: a tuple whose fields also have names
        return rt.track(new dev.heapgrader.engine.object.PyTuple(rt.types.versionInfo, new PyObject[] {rt.newInt(3),
                rt.newInt(Integer.parseInt(parts[1])), rt.newInt(Integer.parseInt(parts[2])), rt.constantStr("final"),
                rt.newInt(0)}));
    }

    /** {@code _PySys_GetSizeOf}: {@code __sizeof__} plus the pre-header for GC and managed-dict types. */
    static long sizeOf(Interpreter ip, PyObject o) {
        PyObject user = o.type().lookup("__sizeof__");
        if ((o instanceof PyInstance || o.extras() != null) && user instanceof PyFunction) {
            PyObject r = Calls.callSpecialBound(ip, o, "__sizeof__");
            try {
                if (!(r instanceof PyInt i)) {
                    throw ip.errors.typeError("an integer is required");
                }
                if (i.bigValue().signum() < 0) {
                    throw ip.errors.valueError("__sizeof__() should return >= 0");
                }
                if (i.bigValue().bitLength() > 63) {
                    throw ip.errors.make("OverflowError", "Python int too large to convert to C ssize_t");
                }
                return i.longValue() + SizeModel.preHeader(ip.rt, o.type());
            } finally {
                ip.rt.decref(r);
            }
        }
        if (o instanceof PyType t) {
            return SizeModel.typeSize(ip.rt, t);
        }
        return SizeModel.getsizeof(ip.rt, o);
    }

    private static PyObject getrefcount(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        if (a.length != 1 || k != null) {
            throw i.errors.typeError("sys.getrefcount() takes exactly one argument (" + a.length + " given)");
        }
        PyObject o = a[0];
        long count = o.isImmortal() ? i.rt.version.immortalRefcount() : o.refcnt();
        return i.origins.probed(i.trace.refcountProbe(i, o, count), i.rt.newInt(count));
    }

    private static PyObject getsizeof(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        int npos = NativeTable.positionalCount(a, k);
        if (a.length > 2) {
            // Python/sysmodule.c sys_getsizeof: "|O:getsizeof" with keywords counts every argument
            throw i.errors.typeError("getsizeof() takes at most 2 arguments (" + a.length + " given)");
        }
        if (npos == 0 && NativeTable.keyword(a, k, "object") == null) {
            throw i.errors.typeError("getsizeof() missing required argument 'object' (pos 1)");
        }
        PyObject o = npos > 0 ? a[0] : NativeTable.keyword(a, k, "object");
        PyObject dflt = npos > 1 ? a[1] : NativeTable.keyword(a, k, "default");
        long size;
        try {
            size = sizeOf(i, o);
        } catch (PyException e) {
            if (dflt != null && e.value().type() == i.errors.type("TypeError")) {
                i.rt.decref(e.value());
                return dflt.newRef();
            }
            throw e;
        }
        return i.origins.probed(i.trace.sizeProbe(i, o, size), i.rt.newInt(size));
    }

    private static PyObject getrecursionlimit(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newInt(i.recursionLimit);
    }

    private static PyObject setrecursionlimit(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "setrecursionlimit", a, k, 1, 1);
        long v = ObjectProtocol.index(i, a[0], "'%T' object cannot be interpreted as an integer");
        if (v < 1) {
            throw i.errors.valueError("recursion limit must be greater or equal than 1");
        }
        i.recursionLimit = (int) Math.min(v, 100_000);
        return i.rt.none;
    }

    private static PyObject intern(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "intern", a, k, 1, 1);
        if (!(a[0] instanceof PyStr s)) {
            throw i.errors.typeError("intern() argument must be str, not " + a[0].type().name());
        }
        return i.rt.intern(s);
    }

    private static PyObject exit(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "exit", a, k, 0, 1);
        PyType t = i.errors.type("SystemExit");
        throw new PyException(a.length == 0 ? i.errors.instance(t) : i.errors.instance(t, a[0]));
    }

    private static PyObject excInfo(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        PyObject h = i.handled;
        if (h == null) {
            return i.rt.newTuple(new PyObject[] {i.rt.none, i.rt.none, i.rt.none});
        }
        PyObject tb = h instanceof PyBaseException be && be.tracebackHead() != null ? be.tracebackHead() : i.rt.none;
        return i.rt.newTuple(new PyObject[] {h.type().newRef(), h.newRef(), tb.newRef()});
    }

    private static PyObject exception(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.handled == null ? i.rt.none : i.handled.newRef();
    }
}
