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
        PyObject[] items = popItems(f, arg);
        f.push(rt.newTuple(items));
    }

    /** {@code BUILD_LIST} (values[oparg] -- list). */
    static void buildList(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject[] items = popItems(f, arg);
        f.push(rt.track(new PyList(rt.types.list, items)));
        ip.trace.containerStoresOf(ip, f.top(), f.top(), "list display");
    }

    /** {@code BUILD_SET} (values[oparg] -- set). */
    static void buildSet(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PySet s = rt.newSet();
        PyObject[] items = popItems(f, arg);
        try {
            for (PyObject item : items) {
                s.add(item, rt);
            }
        } finally {
            releaseAll(rt, items);
        }
        f.push(s);
    }

    /** {@code BUILD_MAP} (values[oparg*2] -- map). */
    static void buildMap(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyDict d = rt.newDict();
        PyObject[] kv = popItems(f, arg * 2);
        d.presize(arg, Containers.allExactStr(kv, 0, 2));
        try {
            for (int i = 0; i < arg; i++) {
                Containers.dictSet(ip, d, kv[2 * i], kv[2 * i + 1]);
            }
        } finally {
            releaseAll(rt, kv);
        }
        f.push(d);
    }

    /** {@code BUILD_CONST_KEY_MAP} (values[oparg], keys -- map). */
    static void buildConstKeyMap(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyTuple keys = (PyTuple) f.pop();
        PyObject[] values = popItems(f, arg);
        PyDict d = rt.newDict();
        d.presize(arg, Containers.allExactStr(keys.items(), 0, 1));
        try {
            for (int i = 0; i < arg; i++) {
                Containers.dictSet(ip, d, keys.get(i), values[i]);
            }
        } finally {
            releaseAll(rt, values);
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
        popAndUpdate(ip, f, arg, (i, frame, a, v) -> ((PySet) frame.peek(a)).add(v, i.rt));
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
        popAndUpdate(ip, f, arg, (i, frame, a, it) -> Containers.listExtend(i, (PyList) frame.peek(a), it));
    }

    /** {@code SET_UPDATE} (set, unused[oparg-1], iterable -- set, unused[oparg-1]). */
    static void setUpdate(Interpreter ip, Frame f, int arg) {
        popAndUpdate(ip, f, arg, (i, frame, a, it) -> Containers.setUpdate(i, (PySet) frame.peek(a), it));
    }

    /** {@code DICT_UPDATE} (dict, unused[oparg-1], update -- dict, unused[oparg-1]). */
    static void dictUpdate(Interpreter ip, Frame f, int arg) {
        popAndUpdate(ip, f, arg, (i, frame, a, it) -> Containers.dictUpdate(i, (PyDict) frame.peek(a), it));
    }

    /**
     * {@code DICT_MERGE_KW} (callable, unused, dict, unused[oparg-1], update -- callable, unused, dict,
     * unused[oparg-1]).
     */
    static void dictMergeKw(Interpreter ip, Frame f, int arg) {
        popAndUpdate(ip, f, arg, (i, frame, a, it) ->
                Containers.dictMergeKeywords(i, (PyDict) frame.peek(a), it, frame.peek(a + 2)));
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
        PyObject[] parts = popItems(f, arg);
        for (PyObject p : parts) {
            sb.append(((PyStr) p).value());
            rt.decref(p);
        }
        f.push(ip.origins.derived(rt.newStr(sb.toString()), parts));
    }

    /** What an update opcode does with the value it popped and the container {@code oparg} deep. */
    @FunctionalInterface
    private interface Update {
        void apply(Interpreter ip, Frame f, int arg, PyObject value);
    }

    /** Pops the top value, lets {@code update} use it, and releases it whether the update returned or raised. */
    private static void popAndUpdate(Interpreter ip, Frame f, int arg, Update update) {
        PyObject value = f.pop();
        try {
            update.apply(ip, f, arg, value);
        } finally {
            ip.rt.decref(value);
        }
    }

    /** Pops the top {@code n} values into an array, the deepest first: the references move into the array. */
    private static PyObject[] popItems(Frame f, int n) {
        PyObject[] items = new PyObject[n];
        for (int i = n - 1; i >= 0; i--) {
            items[i] = f.pop();
        }
        return items;
    }

    private static void releaseAll(InterpreterState rt, PyObject[] items) {
        for (PyObject item : items) {
            rt.decref(item);
        }
    }
}
