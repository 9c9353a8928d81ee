package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.interp.FrameLocals;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyWeakref;
import dev.heapgrader.engine.types.PyBuiltin;
import dev.heapgrader.engine.types.PyCell;
import dev.heapgrader.engine.types.PyComplex;
import dev.heapgrader.engine.types.PyDescriptor;
import dev.heapgrader.engine.types.PyFrameObject;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyGenerator;
import dev.heapgrader.engine.types.PyMethod;
import dev.heapgrader.engine.types.PyModule;
import dev.heapgrader.engine.types.PyRange;
import dev.heapgrader.engine.types.PySlice;
import dev.heapgrader.engine.types.PyTracebackObject;
import dev.heapgrader.engine.types.PyTracebackView;

/**
 * Attributes that CPython implements as member or getset descriptors on builtin types: {@code __class__},
 * a function's {@code __name__} and {@code __defaults__}, a method's {@code __self__}, an exception's
 * {@code args}, and so on. Returns a new reference, or null when the name is not one of them.
 */
final class SpecialAttributes {
    private SpecialAttributes() {
    }

    /** {@code f_locals} of an ended frame: the locals its frame object took over. */
    private static PyObject endedLocals(Interpreter ip, PyFrameObject fo) {
        dev.heapgrader.engine.object.PyDict d = ip.rt.newDict();
        for (int i = 0; fo.ownedLocals != null && i < fo.varnames.length && i < fo.ownedLocals.length; i++) {
            if (fo.ownedLocals[i] != null) {
                ip.storeIn(d, fo.varnames[i], fo.ownedLocals[i].newRef());
            }
        }
        return d;
    }

    static PyObject find(Interpreter ip, PyObject o, String name) {
        InterpreterState rt = ip.rt;
        if (name.equals("__class__")) {
            return o.type().newRef();
        }
        if (o instanceof PyFunction fn) {
            return switch (name) {
                case "__name__" -> fn.name.newRef();
                case "__qualname__" -> fn.qualname.newRef();
                case "__module__" -> fn.module == null ? rt.none : fn.module.newRef();
                case "__defaults__" -> fn.defaults == null ? rt.none : fn.defaults.newRef();
                case "__kwdefaults__" -> fn.kwDefaults == null ? rt.none : fn.kwDefaults.newRef();
                case "__closure__" -> fn.closure == null ? rt.none : fn.closure.newRef();
                case "__code__" -> fn.code.newRef();
                case "__globals__" -> fn.globals.newRef();
                case "__doc__" -> fn.doc.newRef();
                case "__dict__" -> {
                    if (fn.dict == null) {
                        fn.dict = rt.newDict();
                    }
                    yield fn.dict.newRef();
                }
                default -> null;
            };
        }
        if (o instanceof Code code) {
            return CodeAttributes.find(rt, code, name);
        }
        if (o instanceof PyMethod m) {
            return switch (name) {
                case "__self__" -> m.self.newRef();
                case "__func__" -> m.func.newRef();
                case "__name__", "__qualname__", "__doc__", "__module__" -> Attributes.get(ip, m.func, name);
                default -> null;
            };
        }
        if (o instanceof PyBuiltin b) {
            return switch (name) {
                case "__name__", "__qualname__" -> rt.newStr(b.name);
                case "__self__" -> b.self == null ? rt.none : b.self.newRef();
                default -> null;
            };
        }
        if (o instanceof PyBaseException e) {
            return switch (name) {
                case "args" -> e.args().newRef();
                case "__cause__" -> e.cause() == null ? rt.none : e.cause().newRef();
                case "__context__" -> e.context() == null ? rt.none : e.context().newRef();
                case "__suppress_context__" -> rt.bool(e.suppressContext());
                case "__traceback__" -> e.tracebackHead() == null ? rt.none : e.tracebackHead().newRef();
                case "value" -> e.type() == ip.errors.type("StopIteration")
                        ? (e.args().size() > 0 ? e.args().get(0).newRef() : rt.none) : null;
                case "code" -> e.type().isSubtypeOf(ip.errors.type("SystemExit"))
                        ? (e.args().size() > 0 ? e.args().get(0).newRef() : rt.none) : null;
                default -> null;
            };
        }
        if (o instanceof PyGenerator g) {
            return switch (name) {
                case "__name__" -> rt.newStr(g.name);
                case "__qualname__" -> rt.newStr(g.qualname);
                case "gi_running" -> rt.bool(g.running);
                case "gi_frame" -> g.finished() ? rt.none : rt.track(new PyTracebackView(rt.types.frame, g.newRef()));
                case "gi_suspended" -> rt.bool(g.started && !g.running && !g.finished());
                default -> null;
            };
        }
        if (o instanceof PyCell c && name.equals("cell_contents")) {
            if (c.contents == null) {
                throw ip.errors.valueError("Cell is empty");
            }
            return c.contents.newRef();
        }
        if (o instanceof dev.heapgrader.engine.object.PyTuple t && o.type() == rt.types.versionInfo) {
            int index = java.util.List.of("major", "minor", "micro", "releaselevel", "serial").indexOf(name);
            if (index >= 0) {
                return t.get(index).newRef();
            }
        }
        if (o instanceof PyInt i) {
            return switch (name) {
                case "real", "numerator" -> rt.newInt(i.bigValue());
                case "imag" -> rt.newInt(0);
                case "denominator" -> rt.newInt(1);
                default -> null;
            };
        }
        if (o instanceof PyFloat f) {
            return switch (name) {
                case "real" -> rt.newFloat(f.value());
                case "imag" -> rt.newFloat(0.0);
                default -> null;
            };
        }
        if (o instanceof PyTracebackObject tb) {
            return switch (name) {
                case "tb_next" -> tb.next == null ? rt.none : tb.next.newRef();
                case "tb_frame" -> tb.frame == null ? rt.none : tb.frame.newRef();
                case "tb_lineno" -> rt.newInt(tb.lineno);
                default -> null;
            };
        }
        if (o instanceof PyFrameObject fo) {
            return switch (name) {
                case "f_lineno" -> rt.newInt(fo.line());
                case "f_back" -> rt.none;
                case "f_locals" -> fo.frame == null ? endedLocals(ip, fo)
                        : fo.frame.locals != null ? fo.frame.locals.newRef() : FrameLocals.snapshot(ip, fo.frame);
                default -> null;
            };
        }
        if (o instanceof PyComplex c) {
            return switch (name) {
                case "real" -> rt.newFloat(c.real);
                case "imag" -> rt.newFloat(c.imag);
                default -> null;
            };
        }
        if (o instanceof PySlice s) {
            return switch (name) {
                case "start" -> s.start.newRef();
                case "stop" -> s.stop.newRef();
                case "step" -> s.step.newRef();
                default -> null;
            };
        }
        if (o instanceof PyRange r) {
            return switch (name) {
                case "start" -> rt.newInt(r.start);
                case "stop" -> rt.newInt(r.stop);
                case "step" -> rt.newInt(r.step);
                default -> null;
            };
        }
        if (o instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.PROPERTY) {
            int index = switch (name) {
                case "fget" -> 0;
                case "fset" -> 1;
                case "fdel" -> 2;
                case "__doc__" -> 3;
                default -> -1;
            };
            if (index >= 0) {
                PyObject v = d.ref(index);
                return v == null ? rt.none : v.newRef();
            }
        }
        if (o instanceof PyDescriptor d && (d.kind == PyDescriptor.Kind.STATICMETHOD
                || d.kind == PyDescriptor.Kind.CLASSMETHOD) && name.equals("__func__")) {
            return d.ref(0).newRef();
        }
        if (o instanceof PyWeakref w && name.equals("__callback__")) {
            return w.callback() == null ? rt.none : w.callback().newRef();
        }
        if (o instanceof PyModule m && name.equals("__dict__")) {
            return m.dict.newRef();
        }
        return null;
    }
}
