package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Opcode;
import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Attributes;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.types.PyGenerator;

/**
 * Running generators (Objects/genobject.c): {@code send}, {@code throw}, {@code close}, and {@code yield from}
 * delegation. The frame stays inside the generator between resumptions, with its locals and stack counted.
 */
public final class Generators {
    private Generators() {
    }

    /** The outcome of one resumption: a yielded value, or the return value when {@code done}. */
    record Step(PyObject value, boolean done) { }

    public static PyObject next(Interpreter ip, PyGenerator g) {
        Step s = resume(ip, g, ip.rt.none, null);
        if (s.done) {
            ip.rt.decref(s.value);
            return null;
        }
        return s.value;
    }

    /** Resumes with {@code sent} (borrowed) or by raising {@code thrown} at the yield point. */
    static Step resume(Interpreter ip, PyGenerator g, PyObject sent, PyException thrown) {
        InterpreterState rt = ip.rt;
        if (g.running) {
            throw ip.errors.valueError("generator already executing");
        }
        if (g.finished()) {
            if (thrown != null) {
                throw thrown;
            }
            return new Step(rt.none, true);
        }
        if (!g.started) {
            if (thrown == null && sent != rt.none) {
                throw ip.errors.typeError("can't send non-None value to a just-started generator");
            }
            g.started = true;
        } else if (thrown == null) {
            g.frame.push(sent.newRef());
        }
        g.frame.pendingThrow = thrown;
        g.running = true;
        PyObject result;
        try {
            result = ip.execute(g.frame);
        } catch (PyException e) {
            g.frame.finished = true;
            if (Iteration.isStopIteration(ip, e)) {
                // PEP 479: the StopIteration becomes the cause (and context) of a RuntimeError
                PyException r = ip.errors.runtimeError("generator raised StopIteration");
                PyBaseException re = (PyBaseException) r.value();
                re.setContext(e.value().newRef());
                re.setCause(e.value());
                throw r;
            }
            throw e;
        } finally {
            g.running = false;
        }
        if (g.frame.finished) {
            releaseFunction(ip, g);
            return new Step(result, true);
        }
        return new Step(result, false);
    }

    private static void releaseFunction(Interpreter ip, PyGenerator g) {
        PyObject fn = g.function;
        g.function = null;
        ip.rt.xdecref(fn);
    }

    /** {@code gen.send(v)}: the next value, or StopIteration carrying the return value. */
    public static PyObject send(Interpreter ip, PyGenerator g, PyObject value) {
        return finish(ip, resume(ip, g, value, null));
    }

    public static PyObject throwInto(Interpreter ip, PyGenerator g, PyObject exc) {
        PyObject instance = Raising.instantiate(ip, exc);
        PyGenerator inner = delegate(g);
        if (inner != null) {
            // gen_throw: a generator suspended in yield from passes the exception to its delegate first
            Step s;
            try {
                s = resume(ip, inner, ip.rt.none, new PyException(instance));
            } catch (PyException e) {
                ip.rt.decref(g.frame.pop());
                g.frame.pc++;
                return finish(ip, resume(ip, g, ip.rt.none, e));
            }
            if (!s.done) {
                return s.value;
            }
            ip.rt.decref(g.frame.pop());
            g.frame.pc++;
            try {
                return finish(ip, resume(ip, g, s.value, null));
            } finally {
                ip.rt.decref(s.value);
            }
        }
        return finish(ip, resume(ip, g, ip.rt.none, new PyException(instance)));
    }

    /** The generator {@code g} is delegating to with {@code yield from}, or null. */
    private static PyGenerator delegate(PyGenerator g) {
        Frame f = g.frame;
        if (!g.started || f.finished || f.sp == 0 || f.pc >= f.code.code.length / 2) {
            return null;
        }
        if (f.code.code[f.pc * 2] == Opcode.YIELD_FROM && f.top() instanceof PyGenerator inner) {
            return inner;
        }
        return null;
    }

    private static PyObject finish(Interpreter ip, Step s) {
        if (s.done) {
            PyException stop = ip.errors.stopIteration(s.value == ip.rt.none ? null : s.value);
            ip.rt.decref(s.value);
            throw stop;
        }
        return s.value;
    }

    /** {@code gen.close()}: GeneratorExit at the yield point; yielding again is a RuntimeError. */
    public static PyObject close(Interpreter ip, PyGenerator g) {
        InterpreterState rt = ip.rt;
        if (g.finished() || !g.started) {
            g.frame.finished = true;
            Interpreter.clearFrame(g.frame, rt::decref);
            releaseFunction(ip, g);
            return rt.none;
        }
        Step s;
        try {
            s = resume(ip, g, rt.none, ip.errors.make("GeneratorExit"));
        } catch (PyException e) {
            if (e.value() instanceof PyBaseException be && (be.type() == ip.errors.type("GeneratorExit")
                    || be.type().isSubtypeOf(ip.errors.type("StopIteration")))) {
                rt.decref(e.value());
                return rt.none;
            }
            throw e;
        }
        if (!s.done) {
            rt.decref(s.value);
            throw ip.errors.runtimeError("generator ignored GeneratorExit");
        }
        if (ip.rt.version.closeReturnsValue()) {
            return s.value;
        }
        rt.decref(s.value);
        return rt.none;
    }

    /** {@code YIELD_FROM}: [receiver, sent] -> a value to yield (pc stays) or null with the result pushed. */
    static PyObject yieldFrom(Interpreter ip, Frame f) {
        InterpreterState rt = ip.rt;
        PyObject sent = f.pop();
        PyObject receiver = f.top();
        try {
            if (receiver instanceof PyGenerator g) {
                Step s = resume(ip, g, sent, null);
                if (s.done) {
                    rt.decref(f.pop());
                    f.push(s.value);
                    return null;
                }
                return s.value;
            }
            PyObject next;
            if (sent == rt.none) {
                next = Iteration.next(ip, receiver);
            } else {
                PyObject send = Attributes.get(ip, receiver, "send");
                try {
                    next = Calls.call(ip, send, new PyObject[] {sent}, null);
                } catch (PyException e) {
                    if (Iteration.isStopIteration(ip, e)) {
                        PyObject value = ((PyBaseException) e.value()).args().size() > 0
                                ? ((PyBaseException) e.value()).args().get(0).newRef() : rt.none;
                        rt.decref(e.value());
                        rt.decref(f.pop());
                        f.push(value);
                        return null;
                    }
                    throw e;
                } finally {
                    rt.decref(send);
                }
            }
            if (next == null) {
                rt.decref(f.pop());
                f.push(rt.none);
                return null;
            }
            return next;
        } finally {
            rt.decref(sent);
        }
    }
}
