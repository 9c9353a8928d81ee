package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.types.Containers;
import dev.heapgrader.engine.types.PySlice;

/**
 * The opcodes that build displays and the containers of comprehensions and unpacking calls: tuples, lists, sets,
 * dicts, slices and f-strings. Each method's comment gives its stack effect as Python/bytecodes.c writes it, and
 * takes and leaves references as the instruction there does: the popped items move into the new container.
 */
final class Displays {
    private Displays() {
    }

    /** {@code BUILD_SLICE} (start, stop, step if oparg == 3 -- slice). */
    static void buildSlice(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject step = arg == 3 ? f.pop() : rt.none;
        PyObject stop = f.pop();
        PyObject start = f.pop();
        f.push(rt.track(new PySlice(rt.types.slice, start, stop, step)));
    }

    /** {@code BUILD_TUPLE} (values[oparg] -- tup). */
    static void buildTuple(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject[] items = new PyObject[arg];
        for (int i = arg - 1; i >= 0; i--) {
            items[i] = f.pop();
        }
        f.push(rt.newTuple(items));
    }

    /** {@code BUILD_LIST} (values[oparg] -- list). */
    static void buildList(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject[] items = new PyObject[arg];
        for (int i = arg - 1; i >= 0; i--) {
            items[i] = f.pop();
        }
        f.push(rt.track(new PyList(rt.types.list, items)));
        ip.trace.containerStoresOf(ip, f.top(), f.top(), "list display");
    }

    /** {@code BUILD_SET} (values[oparg] -- set). */
    static void buildSet(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PySet s = rt.newSet();
        PyObject[] items = new PyObject[arg];
        for (int i = arg - 1; i >= 0; i--) {
            items[i] = f.pop();
        }
        try {
            for (PyObject item : items) {
                s.add(item, rt);
            }
        } finally {
            for (PyObject item : items) {
                rt.decref(item);
            }
        }
        f.push(s);
    }

    /** {@code BUILD_MAP} (values[oparg*2] -- map). */
    static void buildMap(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyDict d = rt.newDict();
        PyObject[] kv = new PyObject[arg * 2];
        for (int i = arg * 2 - 1; i >= 0; i--) {
            kv[i] = f.pop();
        }
        d.presize(arg, Containers.allExactStr(kv, 0, 2));
        try {
            for (int i = 0; i < arg; i++) {
                Containers.dictSet(ip, d, kv[2 * i], kv[2 * i + 1]);
            }
        } finally {
            for (PyObject o : kv) {
                rt.decref(o);
            }
        }
        f.push(d);
    }

    /** {@code BUILD_CONST_KEY_MAP} (values[oparg], keys -- map). */
    static void buildConstKeyMap(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyTuple keys = (PyTuple) f.pop();
        PyObject[] values = new PyObject[arg];
        for (int i = arg - 1; i >= 0; i--) {
            values[i] = f.pop();
        }
        PyDict d = rt.newDict();
        d.presize(arg, Containers.allExactStr(keys.items(), 0, 1));
        try {
            for (int i = 0; i < arg; i++) {
                Containers.dictSet(ip, d, keys.get(i), values[i]);
            }
        } finally {
            for (PyObject o : values) {
                rt.decref(o);
            }
            rt.decref(keys);
        }
        f.push(d);
    }

    /** {@code LIST_APPEND} (list, unused[oparg-1], v -- list, unused[oparg-1]). */
    static void listAppend(Interpreter ip, Frame f, int arg) {
        PyObject v = f.pop();
        Containers.listAppend(ip, (PyList) f.peek(arg), v);
    }

    /** {@code SET_ADD} (set, unused[oparg-1], v -- set, unused[oparg-1]). */
    static void setAdd(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject v = f.pop();
        try {
            ((PySet) f.peek(arg)).add(v, rt);
        } finally {
            rt.decref(v);
        }
    }

    /** {@code MAP_ADD} (dict, unused[oparg-1], key, value -- dict, unused[oparg-1]). */
    static void mapAdd(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject v = f.pop();
        PyObject k = f.pop();
        try {
            Containers.dictSet(ip, (PyDict) f.peek(arg), k, v);
        } finally {
            rt.decref(k);
            rt.decref(v);
        }
    }

    /** {@code LIST_EXTEND} (list, unused[oparg-1], iterable -- list, unused[oparg-1]). */
    static void listExtend(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject it = f.pop();
        try {
            Containers.listExtend(ip, (PyList) f.peek(arg), it);
        } finally {
            rt.decref(it);
        }
    }

    /** {@code SET_UPDATE} (set, unused[oparg-1], iterable -- set, unused[oparg-1]). */
    static void setUpdate(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject it = f.pop();
        try {
            Containers.setUpdate(ip, (PySet) f.peek(arg), it);
        } finally {
            rt.decref(it);
        }
    }

    /** {@code DICT_UPDATE} (dict, unused[oparg-1], update -- dict, unused[oparg-1]). */
    static void dictUpdate(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject it = f.pop();
        try {
            Containers.dictUpdate(ip, (PyDict) f.peek(arg), it);
        } finally {
            rt.decref(it);
        }
    }

    /** {@code DICT_MERGE_KW} (callable, unused, dict, unused[oparg-1], update -- callable, unused, dict, unused[oparg-1]). */
    static void dictMergeKw(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject it = f.pop();
        try {
            Containers.dictMergeKeywords(ip, (PyDict) f.peek(arg), it, f.peek(arg + 2));
        } finally {
            rt.decref(it);
        }
    }

    /** {@code LIST_TO_TUPLE} (list -- tuple). */
    static void listToTuple(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyList l = (PyList) f.pop();
        PyObject[] items = l.toArray();
        for (PyObject o : items) {
            o.incref();
        }
        rt.decref(l);
        f.push(rt.newTuple(items));
    }

    /** {@code BUILD_STRING} (pieces[oparg] -- str). */
    static void buildString(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        StringBuilder sb = new StringBuilder();
        PyObject[] parts = new PyObject[arg];
        for (int i = arg - 1; i >= 0; i--) {
            parts[i] = f.pop();
        }
        for (PyObject p : parts) {
            sb.append(((PyStr) p).value());
            rt.decref(p);
        }
        f.push(rt.newStr(sb.toString()));
    }
}
