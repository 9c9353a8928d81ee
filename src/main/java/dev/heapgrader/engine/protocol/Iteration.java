package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Generators;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.types.DictView;
import dev.heapgrader.engine.types.IteratorNext;
import dev.heapgrader.engine.types.PyGenerator;
import dev.heapgrader.engine.types.PyIterator;
import dev.heapgrader.engine.types.PyMappingProxy;
import dev.heapgrader.engine.types.PyRange;

/**
 * {@code iter()} and {@code next()} (Objects/abstract.c {@code PyObject_GetIter}, {@code PyIter_Next}):
 * builtin containers get their C iterators, instances use {@code __iter__}/{@code __next__} or the old
 * {@code __getitem__} protocol. {@link #next} returns a new reference, or null when exhausted.
 */
public final class Iteration {
    private Iteration() {
    }

    public static PyObject iter(Interpreter ip, PyObject o) {
        InterpreterState rt = ip.rt;
        PyIterator.Kind kind = null;
        if (o instanceof PyList) {
            kind = PyIterator.Kind.LIST;
        } else if (o instanceof PyTuple) {
            kind = PyIterator.Kind.TUPLE;
        } else if (o instanceof PyStr) {
            kind = PyIterator.Kind.STR;
        } else if (o instanceof dev.heapgrader.engine.object.PyBytes) {
            kind = PyIterator.Kind.SEQUENCE;
        } else if (o instanceof PyRange) {
            kind = PyIterator.Kind.RANGE;
        } else if (o instanceof PyDict) {
            kind = PyIterator.Kind.DICT_KEYS;
        } else if (o instanceof DictView v) {
            PyIterator.Kind viewKind = switch (v.kind) {
                case KEYS -> PyIterator.Kind.DICT_KEYS;
                case VALUES -> PyIterator.Kind.DICT_VALUES;
                case ITEMS -> PyIterator.Kind.DICT_ITEMS;
            };
            PyIterator it = rt.track(new PyIterator(rt.types.iterators.of(viewKind, v.dict, rt.types.iterator),
                    viewKind, v.dict.newRef(), null));
            it.limit = v.dict.size();
            return it;
        } else if (o instanceof PySet s) {
            PyIterator it = rt.track(new PyIterator(rt.types.iterators.setIterator, PyIterator.Kind.SET, o.newRef(),
                    null));
            it.snapshot = s.items();
            it.limit = s.size();
            return it;
        } else if (o instanceof PyMappingProxy p) {
            return iter(ip, p.mapping);
        } else if (o instanceof dev.heapgrader.engine.types.PyDeque d) {
            return dev.heapgrader.engine.types.DequeMethods.iterator(ip, d, false);
        } else if (o instanceof PyIterator || o instanceof PyGenerator
                || o instanceof dev.heapgrader.engine.types.PyDequeIterator) {
            return o.newRef();
        }
        if (kind != null) {
            PyIterator it = rt.track(new PyIterator(rt.types.iterators.of(kind, o, rt.types.iterator), kind,
                    o.newRef(), null));
            if (o instanceof PyDict d) {
                it.limit = d.size();
            }
            return it;
        }
        if (o instanceof PyInstance) {
            PyObject r = Calls.callSpecial(ip, o, "__iter__");
            if (r != null) {
                if (r.type().lookup("__next__") == null && !(r instanceof PyIterator) && !(r instanceof PyGenerator)) {
                    String name = r.type().name();
                    rt.decref(r);
                    throw ip.errors.typeError("iter() returned non-iterator of type '" + name + "'");
                }
                return r;
            }
            if (o.type().lookup("__getitem__") != null) {
                return rt.track(new PyIterator(rt.types.iterator, PyIterator.Kind.SEQUENCE, o.newRef(), null));
            }
        }
        throw ip.errors.typeError("'" + o.type().name() + "' object is not iterable");
    }

    public static PyObject next(Interpreter ip, PyObject it) {
        // builtins that consume an iterator (sum, list, max, any...) loop in Java: each item counts as a step,
        // so sum(range(10 ** 12)) stops at the step and time limits like a Python loop would
        ip.tick();
        if (it instanceof PyIterator pi) {
            return IteratorNext.next(ip, pi);
        }
        if (it instanceof PyGenerator g) {
            return Generators.next(ip, g);
        }
        if (it instanceof dev.heapgrader.engine.types.PyDequeIterator d) {
            return d.next(ip);
        }
        PyObject method = it.type().lookup("__next__");
        if (method == null) {
            throw ip.errors.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        try {
            return Calls.call(ip, method, new PyObject[] {it}, null);
        } catch (PyException e) {
            if (isStopIteration(ip, e)) {
                ip.rt.decref(e.value());
                return null;
            }
            throw e;
        }
    }

    public static boolean isStopIteration(Interpreter ip, PyException e) {
        return e.value() instanceof PyBaseException be && be.type().isSubtypeOf(ip.errors.type("StopIteration"));
    }
}
