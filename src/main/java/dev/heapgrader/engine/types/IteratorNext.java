package dev.heapgrader.engine.types;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Subscripts;

/** The {@code __next__} of each builtin iterator; exhausted iterators drop their source, as CPython's do. */
public final class IteratorNext {
    private IteratorNext() {
    }

    public static PyObject next(Interpreter ip, PyIterator it) {
        InterpreterState rt = ip.rt;
        if (it.source == null) {
            return null;
        }
        switch (it.kind) {
            case LIST: {
                PyList l = (PyList) it.source;
                if (it.index < l.size()) {
                    return l.get((int) it.index++).newRef();
                }
                return exhaust(ip, it);
            }
            case REVERSED_LIST: {
                PyList l = (PyList) it.source;
                if (it.index >= 0 && it.index < l.size()) {
                    return l.get((int) it.index--).newRef();
                }
                return exhaust(ip, it);
            }
            case TUPLE: {
                PyTuple t = (PyTuple) it.source;
                if (it.index < t.size()) {
                    return t.get((int) it.index++).newRef();
                }
                return exhaust(ip, it);
            }
            case STR: {
                String s = ((PyStr) it.source).value();
                if (it.index < s.length()) {
                    int cp = s.codePointAt((int) it.index);
                    it.index += Character.charCount(cp);
                    return rt.newStr(new String(Character.toChars(cp)));
                }
                return exhaust(ip, it);
            }
            case RANGE: {
                PyRange r = (PyRange) it.source;
                if (r.hasItem(it.index)) {
                    return r.item(rt, it.index++);
                }
                return exhaust(ip, it);
            }
            case DICT_KEYS, DICT_VALUES, DICT_ITEMS:
                return dictNext(ip, it);
            case SET: {
                PySet s = (PySet) it.source;
                if (s.size() != it.limit) {
                    it.limit = -1;
                    throw ip.errors.runtimeError("Set changed size during iteration");
                }
                if (it.index < it.snapshot.length) {
                    return it.snapshot[(int) it.index++].newRef();
                }
                return exhaust(ip, it);
            }
            case SEQUENCE: {
                PyObject idx = rt.newInt(it.index++);
                try {
                    return Subscripts.get(ip, it.source, idx);
                } catch (PyException e) {
                    if (e.value() instanceof PyBaseException be && (be.type().isSubtypeOf(
                            ip.errors.type("IndexError")) || be.type().isSubtypeOf(ip.errors.type("StopIteration")))) {
                        rt.decref(e.value());
                        return exhaust(ip, it);
                    }
                    throw e;
                } finally {
                    rt.decref(idx);
                }
            }
            case ENUMERATE: {
                PyObject item = Iteration.next(ip, it.source);
                if (item == null) {
                    return null;
                }
                PyObject index = rt.newInt(it.index++);
                return reuseOrNew(ip, it, new PyObject[] {index, item});
            }
            case ZIP: {
                if (it.extra.length == 0) {
                    return exhaust(ip, it);
                }
                PyObject[] items = new PyObject[it.extra.length];
                for (int i = 0; i < items.length; i++) {
                    items[i] = Iteration.next(ip, it.extra[i]);
                    if (items[i] == null) {
                        for (int j = 0; j < i; j++) {
                            rt.decref(items[j]);
                        }
                        return null;
                    }
                }
                return reuseOrNew(ip, it, items);
            }
            case MAP: {
                PyObject[] args = new PyObject[it.extra.length - 1];
                for (int i = 0; i < args.length; i++) {
                    args[i] = Iteration.next(ip, it.extra[i + 1]);
                    if (args[i] == null) {
                        for (int j = 0; j < i; j++) {
                            rt.decref(args[j]);
                        }
                        return null;
                    }
                }
                try {
                    return Calls.call(ip, it.extra[0], args, null);
                } finally {
                    for (PyObject a : args) {
                        rt.decref(a);
                    }
                }
            }
            case FILTER: {
                while (true) {
                    PyObject item = Iteration.next(ip, it.source);
                    if (item == null) {
                        return null;
                    }
                    boolean keep;
                    try {
                        if (it.extra[0] == rt.none) {
                            keep = ObjectProtocol.truthy(ip, item);
                        } else {
                            PyObject r = Calls.call(ip, it.extra[0], new PyObject[] {item}, null);
                            try {
                                keep = ObjectProtocol.truthy(ip, r);
                            } finally {
                                rt.decref(r);
                            }
                        }
                    } catch (PyException e) {
                        rt.decref(item);
                        throw e;
                    }
                    if (keep) {
                        return item;
                    }
                    rt.decref(item);
                }
            }
            case CALLABLE: {
                PyObject r = Calls.call(ip, it.source, new PyObject[0], null);
                if (ObjectProtocol.richEquals(rt, r, it.extra[0])) {
                    rt.decref(r);
                    return exhaust(ip, it);
                }
                return r;
            }
            default:
                throw new IllegalStateException(it.kind.toString());
        }
    }

    private static PyObject exhaust(Interpreter ip, PyIterator it) {
        PyObject s = it.source;
        it.source = null;
        ip.rt.decref(s);
        return null;
    }

    private static PyObject dictNext(Interpreter ip, PyIterator it) {
        InterpreterState rt = ip.rt;
        PyDict d = (PyDict) it.source;
        if (d.size() != it.limit) {
            it.limit = -1;
            throw ip.errors.runtimeError("dictionary changed size during iteration");
        }
        while (it.index < d.entryCount()) {
            int i = (int) it.index++;
            PyObject k = d.keyAt(i);
            if (k == null) {
                continue;
            }
            return switch (it.kind) {
                case DICT_KEYS -> k.newRef();
                case DICT_VALUES -> d.valueAt(i).newRef();
                default -> reuseOrNew(ip, it, new PyObject[] {k.newRef(), d.valueAt(i).newRef()});
            };
        }
        return exhaust(ip, it);
    }

    /**
     * enumerate, zip and dict items reuse their last result tuple when only they hold it
     * (Objects/enumobject.c {@code enum_next}); the tuple then keeps the previous item until replaced.
     */
    private static PyObject reuseOrNew(Interpreter ip, PyIterator it, PyObject[] owned) {
        InterpreterState rt = ip.rt;
        PyTuple r = it.result;
        if (r != null && r.refcnt() == 1) {
            r.incref();
            PyObject[] old = new PyObject[owned.length];
            for (int i = 0; i < owned.length; i++) {
                old[i] = r.get(i);
                r.setUnsafe(i, owned[i]);
            }
            for (PyObject o : old) {
                rt.decref(o);
            }
            return r;
        }
        PyTuple fresh = rt.newTuple(owned);
        if (r == null) {
            fresh.incref();
            it.result = fresh;
        }
        return fresh;
    }
}
