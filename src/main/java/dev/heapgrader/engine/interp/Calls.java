package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Attributes;
import dev.heapgrader.engine.types.PyBuiltin;
import dev.heapgrader.engine.types.PyCell;
import dev.heapgrader.engine.types.PyDescriptor;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyGenerator;
import dev.heapgrader.engine.types.PyMethod;

/**
 * Calling. From bytecode, CPython 3.11+ move the arguments' stack references into the callee's frame
 * ({@code _PyEvalFramePushAndInit}); from C code (a builtin, a type's {@code __init__}, a special method) the
 * caller keeps its references and the frame takes new ones. Both paths are reproduced here, as is the argument
 * tuple that {@code _PyObject_MakeTpCall} builds when a class or a callable instance is called.
 */
public final class Calls {
    private Calls() {
    }

    /**
     * A call from the operand stack: {@code callable}, {@code self} (or null), {@code args} and {@code kwnames}
     * are all owned references, consumed here. The keyword values are the last {@code kwnames.size()} args.
     */
    static PyObject callFromStack(Interpreter ip, PyObject callable, PyObject self, PyObject[] args, PyTuple kwnames) {
        InterpreterState rt = ip.rt;
        if (self == null && callable instanceof PyMethod m && m.func instanceof PyFunction) {
            self = m.self.newRef();
            PyObject func = m.func.newRef();
            rt.decref(callable);
            callable = func;
        }
        String[] names = names(kwnames);
        rt.xdecref(kwnames);
        if (callable instanceof PyFunction fn) {
            PyObject[] all = self == null ? args : prepend(self, args);
            try {
                return invoke(ip, fn, all, names, true);
            } finally {
                rt.decref(callable);
            }
        }
        if (self != null && callable instanceof PyBuiltin b && b.self == null && b.owner != null
                && self.type().isSubtypeOf(b.owner)) {
            // a method descriptor called on its own kind of object (l.append(x)): the C function gets self and
            // the arguments directly, as method_vectorcall_O does, without building the prepended array
            try {
                return b.impl.call(ip, self, args, names);
            } finally {
                rt.decref(callable);
                rt.decref(self);
                for (PyObject a : args) {
                    rt.decref(a);
                }
            }
        }
        PyObject[] all = self == null ? args : prepend(self, args);
        try {
            return call(ip, callable, all, names);
        } finally {
            rt.decref(callable);
            for (PyObject a : all) {
                rt.decref(a);
            }
        }
    }

    private static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String[] names(PyTuple kwnames) {
        if (kwnames == null) {
            return null;
        }
        String[] n = new String[kwnames.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = ((PyStr) kwnames.get(i)).value();
        }
        return n;
    }

    /** A call from Java ("C") code: arguments borrowed. Returns a new reference. */
    public static PyObject call(Interpreter ip, PyObject callable, PyObject[] args, String[] kwnames) {
        InterpreterState rt = ip.rt;
        if (callable instanceof PyFunction fn) {
            return invoke(ip, fn, args, kwnames, false);
        }
        if (callable instanceof PyBuiltin b) {
            if (b.self != null) {
                return b.impl.call(ip, b.self, args, kwnames);
            }
            if (b.owner != null) {
                if (args.length == 0 || !args[0].type().isSubtypeOf(b.owner)) {
                    throw ip.errors.typeError("descriptor '" + b.name + "' for '" + b.owner.name()
                            + "' objects doesn't apply to a '" + (args.length == 0 ? "NoneType"
                            : args[0].type().name()) + "' object");
                }
                PyObject[] rest = new PyObject[args.length - 1];
                System.arraycopy(args, 1, rest, 0, rest.length);
                return b.impl.call(ip, args[0], rest, kwnames);
            }
            return b.impl.call(ip, null, args, kwnames);
        }
        if (callable instanceof PyMethod m) {
            return call(ip, m.func, prepend(m.self, args), kwnames);
        }
        if (callable instanceof PyType t) {
            PyObject metaCall = Metaclasses.overriddenCall(ip, t);
            if (metaCall != null) {
                return callWithArgsTuple(ip, callable, args, kwnames,
                        () -> call(ip, metaCall, prepend(callable, args), kwnames));
            }
            if (!t.isHeapType() && !ip.rt.version.builtinTypeCallPacksArguments(t.name())) {
                return InstanceCreation.construct(ip, t, args, kwnames);
            }
            return callWithArgsTuple(ip, callable, args, kwnames, () -> InstanceCreation.construct(ip, t, args, kwnames));
        }
        if (callable instanceof PyInstance) {
            PyObject callMethod = callable.type().lookup("__call__");
            if (callMethod != null) {
                return callWithArgsTuple(ip, callable, args, kwnames,
                        () -> call(ip, callMethod, prepend(callable, args), kwnames));
            }
        }
        if (callable instanceof dev.heapgrader.engine.object.PyWeakref w) {
            NativeTable.arity(ip, "weakref", args, kwnames, 0, 0);
            return w.referent() == null ? rt.none : w.referent().newRef();
        }
        if (callable instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.STATICMETHOD) {
            return call(ip, d.ref(0), args, kwnames);
        }
        throw ip.errors.typeError("'" + callable.type().name() + "' object is not callable");
    }

    /** {@code _PyObject_MakeTpCall}: the positional arguments are packed into a tuple held for the call. */
    private static PyObject callWithArgsTuple(Interpreter ip, PyObject callable, PyObject[] args, String[] kwnames,
                                              java.util.function.Supplier<PyObject> body) {
        PyObject tuple = argumentTuple(ip, args, kwnames);
        try {
            return body.get();
        } finally {
            ip.rt.xdecref(tuple);
        }
    }

    /** A tuple of the positional arguments (new references), or null when there are none. */
    static PyObject argumentTuple(Interpreter ip, PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos == 0) {
            return null;
        }
        PyObject[] items = new PyObject[npos];
        for (int i = 0; i < npos; i++) {
            items[i] = args[i].newRef();
        }
        return ip.rt.newTuple(items);
    }

    static PyObject callWithTupleAndDict(Interpreter ip, PyObject callable, PyTuple args, PyDict kwargs) {
        int nkw = kwargs == null ? 0 : kwargs.size();
        PyObject[] all = new PyObject[args.size() + nkw];
        System.arraycopy(args.items(), 0, all, 0, args.size());
        String[] names = null;
        if (nkw > 0) {
            names = new String[nkw];
            PyObject[] keys = kwargs.keyArray();
            PyObject[] values = kwargs.valueArray();
            for (int i = 0; i < nkw; i++) {
                if (!(keys[i] instanceof PyStr s)) {
                    throw ip.errors.typeError("keywords must be strings");
                }
                names[i] = s.value();
                // _PyStack_UnpackDict: the unpacked keyword values are new references for the call's duration
                all[args.size() + i] = values[i].newRef();
            }
        }
        try {
            return call(ip, callable, all, names);
        } finally {
            for (int i = args.size(); i < all.length; i++) {
                ip.rt.decref(all[i]);
            }
        }
    }

    /**
     * Runs a Python function. With {@code moveArgs} the references in {@code args} are transferred into the frame
     * (a call from bytecode); otherwise the frame takes new references and the caller keeps its own.
     */
    static PyObject invoke(Interpreter ip, PyFunction fn, PyObject[] args, String[] kwnames, boolean moveArgs) {
        if (kwnames == null && ExactArgsCall.accepts(fn, args.length)) {
            return ExactArgsCall.invoke(ip, fn, args, moveArgs);
        }
        Frame frame = new Frame(fn.code, fn, fn.globals, ip.builtins, null);
        try {
            ArgumentBinder.bind(ip, fn, frame, args, kwnames, moveArgs);
        } catch (PyException e) {
            Interpreter.clearFrame(frame, ip.rt::decref);
            throw e;
        }
        Code code = fn.code;
        for (int i = 0; i < code.cellvars.length; i++) {
            int slot = code.varnames.length + i;
            int fromArg = code.cellFromArg[i];
            PyObject initial = null;
            if (fromArg >= 0) {
                initial = frame.fast[fromArg];
                frame.fast[fromArg] = null;
            }
            frame.fast[slot] = ip.rt.track(new PyCell(ip.rt.types.cell, initial));
        }
        if (fn.closure != null) {
            int base = code.varnames.length + code.cellvars.length;
            for (int i = 0; i < code.freevars.length; i++) {
                frame.fast[base + i] = fn.closure.get(i).newRef();
            }
        }
        if (code.isGenerator()) {
            PyGenerator gen = new PyGenerator(ip.rt.types.generator, frame, fn.newRef(),
                    ((PyStr) fn.name).value(), ((PyStr) fn.qualname).value());
            frame.generator = gen;
            gen.visitsOwnCode = ip.rt.version.generatorHoldsItsCode();
            gen.nameObject = fn.name.newRef();
            gen.qualnameObject = fn.qualname.newRef();
            return ip.rt.track(gen);
        }
        return ip.execute(frame);
    }

    /**
     * Calls a special method found on the type (never the instance), as CPython's slot wrappers do; returns null
     * when the type does not define it (or defines it as None).
     */
    public static PyObject callSpecial(Interpreter ip, PyObject self, String name, PyObject... args) {
        PyObject attr = self.type().lookup(name);
        if (attr == null || attr == ip.rt.none) {
            return null;
        }
        return callDescriptor(ip, attr, self, args);
    }

    /**
     * {@code _PyObject_LookupSpecial}, then a call: the special method is first bound to {@code self}, so the
     * method object holds one more reference to it while it runs. CPython calls {@code __round__},
     * {@code __format__}, {@code __complex__}, {@code __bytes__}, {@code __reversed__} and {@code __sizeof__}
     * this way (the slot-based specials such as {@code __len__} go through {@link #callSpecial}). Null when absent.
     */
    public static PyObject callSpecialBound(Interpreter ip, PyObject self, String name, PyObject... args) {
        PyObject attr = self.type().lookup(name);
        if (attr == null || attr == ip.rt.none) {
            return null;
        }
        PyObject bound = Attributes.bind(ip, attr, self, self.type());
        try {
            return call(ip, bound, args, null);
        } finally {
            ip.rt.decref(bound);
        }
    }

    /** Like {@link #callSpecial} for binary operators: an inherited builtin {@code object} method counts as absent. */
    public static PyObject callSpecialBinary(Interpreter ip, PyObject self, String name, PyObject... others) {
        PyObject attr = self.type().lookup(name);
        if (attr == null || attr == ip.rt.none || attr instanceof PyBuiltin) {
            return null;
        }
        return callDescriptor(ip, attr, self, others);
    }

    private static PyObject callDescriptor(Interpreter ip, PyObject attr, PyObject self, PyObject[] args) {
        if (attr instanceof PyFunction fn) {
            PyObject[] all = prepend(self, args);
            return invoke(ip, fn, all, null, false);
        }
        if (attr instanceof PyDescriptor d) {
            PyObject bound = Attributes.bindDescriptor(ip, d, self, self.type());
            try {
                return call(ip, bound, args, null);
            } finally {
                ip.rt.decref(bound);
            }
        }
        return call(ip, attr, prepend(self, args), null);
    }

    private static PyObject callDescriptor(Interpreter ip, PyObject attr, PyObject self, PyObject other) {
        return callDescriptor(ip, attr, self, new PyObject[] {other});
    }

}
