package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Attributes;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.types.BuiltinTypes;
import dev.heapgrader.engine.types.PyDeque;

import java.util.ArrayList;
import java.util.List;

/**
 * The opcodes of structural pattern matching (Python/bytecodes.c {@code GET_LEN}, {@code MATCH_MAPPING},
 * {@code MATCH_SEQUENCE}, {@code MATCH_KEYS}, {@code MATCH_CLASS}; Python/ceval.c {@code match_keys},
 * {@code match_class}). Their results are temporaries: tuples holding new references to the extracted values,
 * which the compiled pattern unpacks and stores or pops.
 */
final class PatternMatching {
    private PatternMatching() {
    }

    /** {@code GET_LEN} (obj -- obj, len). */
    static void getLen(Interpreter ip, Frame f) {
        long n = ObjectProtocol.len(ip, f.top());
        f.push(ip.rt.newInt(n));
    }

    /**
     * {@code MATCH_SEQUENCE} (subject -- subject, bool): {@code Py_TPFLAGS_SEQUENCE}, set on list, tuple, range and
     * deque and inherited by their subclasses; str, bytes and bytearray are not sequences here.
     */
    static void matchSequence(Interpreter ip, Frame f) {
        PyObject subject = f.top();
        BuiltinTypes t = ip.rt.types;
        PyType type = subject.type();
        boolean sequence = type.isSubtypeOf(t.list) || type.isSubtypeOf(t.tuple) || type.isSubtypeOf(t.range)
                || subject instanceof PyDeque;
        f.push(ip.rt.bool(sequence));
    }

    /** {@code MATCH_MAPPING} (subject -- subject, bool): {@code Py_TPFLAGS_MAPPING}, on dict and mappingproxy. */
    static void matchMapping(Interpreter ip, Frame f) {
        PyType type = f.top().type();
        BuiltinTypes t = ip.rt.types;
        f.push(ip.rt.bool(type.isSubtypeOf(t.dict) || type.isSubtypeOf(t.mappingProxy)));
    }

    /**
     * {@code MATCH_KEYS} (subject, keys -- subject, keys, values): {@code match_keys} calls
     * {@code subject.get(key, dummy)} for each key, so a defaultdict's {@code __missing__} never runs; None when a
     * key is missing; a key listed twice is a ValueError.
     */
    static void matchKeys(Interpreter ip, Frame f) {
        PyTuple keys = (PyTuple) f.top();
        PyObject subject = f.peek(2);
        List<PyObject> items = List.of(keys.items());
        if (items.isEmpty()) {
            f.push(ip.rt.newTuple(new PyObject[0]));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            ObjectProtocol.hash(ip, items.get(i));
            for (int j = 0; j < i; j++) {
                if (ObjectProtocol.richEquals(ip.rt, items.get(j), items.get(i))) {
                    throw ip.errors.valueError("mapping pattern checks duplicate key (" + Repr.repr(ip, items.get(i))
                            + ")");
                }
            }
        }
        PyObject get = Attributes.get(ip, subject, "get");
        PyObject dummy = Calls.call(ip, ip.rt.types.object, new PyObject[0], null);
        PyObject[] values = new PyObject[items.size()];
        int filled = 0;
        try {
            for (PyObject key : items) {
                PyObject value = Calls.call(ip, get, new PyObject[] {key, dummy}, null);
                if (value == dummy) {
                    ip.rt.decref(value);
                    f.push(ip.rt.none.newRef());
                    return;
                }
                values[filled++] = value;
            }
            f.push(ip.rt.newTuple(values));
            filled = 0;
        } finally {
            for (int i = 0; i < filled; i++) {
                ip.rt.decref(values[i]);
            }
            ip.rt.decref(dummy);
            ip.rt.decref(get);
        }
    }

    /**
     * {@code MATCH_CLASS} (subject, type, names -- attrs): {@code match_class}: an isinstance check, then the
     * positional attributes named by {@code __match_args__} (or the subject itself for the builtin types that
     * match themselves) and the keyword attributes; None when the subject is no instance or lacks an attribute.
     */
    static void matchClass(Interpreter ip, Frame f, int nargs) {
        PyTuple names = (PyTuple) f.pop();
        PyObject cls = f.pop();
        PyObject subject = f.pop();
        try {
            PyTuple attrs = matchClass(ip, subject, cls, nargs, names);
            f.push(attrs != null ? attrs : ip.rt.none.newRef());
        } finally {
            ip.rt.decref(names);
            ip.rt.decref(cls);
            ip.rt.decref(subject);
        }
    }

    private static PyTuple matchClass(Interpreter ip, PyObject subject, PyObject cls, int nargs, PyTuple kwargs) {
        if (!(cls instanceof PyType type)) {
            throw ip.errors.typeError(ip.rt.version.matchPatternNotAClassMessage());
        }
        if (!subject.type().isSubtypeOf(type)) {
            return null;
        }
        List<String> seen = new ArrayList<>();
        List<PyObject> attrs = new ArrayList<>();
        try {
            if (nargs > 0 && !positional(ip, subject, type, nargs, seen, attrs)) {
                return null;
            }
            for (PyObject name : kwargs.items()) {
                PyObject attr = attribute(ip, subject, type, ((PyStr) name).value(), seen);
                if (attr == null) {
                    return null;
                }
                attrs.add(attr);
            }
            PyTuple result = ip.rt.newTuple(attrs.toArray(new PyObject[0]));
            attrs.clear();
            return result;
        } finally {
            attrs.forEach(ip.rt::decref);
        }
    }

    /** The positional sub-patterns' attributes; false when one is missing. */
    private static boolean positional(Interpreter ip, PyObject subject, PyType type, int nargs, List<String> seen,
                                      List<PyObject> attrs) {
        PyObject matchArgs = Attributes.find(ip, type, "__match_args__");
        try {
            boolean matchSelf = false;
            if (matchArgs != null && matchArgs.type() != ip.rt.types.tuple) {
                throw ip.errors.typeError(type.name() + ".__match_args__ must be a tuple (got "
                        + matchArgs.type().name() + ")");
            }
            if (matchArgs == null) {
                matchSelf = matchesSelf(ip, type);
            }
            int given = matchArgs == null ? 0 : ((PyTuple) matchArgs).items().length;
            int allowed = matchSelf ? 1 : given;
            if (allowed < nargs) {
                throw ip.errors.typeError(type.name() + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (matchSelf) {
                attrs.add(subject.newRef());
                return true;
            }
            for (int i = 0; i < nargs; i++) {
                PyObject name = ((PyTuple) matchArgs).items()[i];
                if (name.type() != ip.rt.types.str) {
                    throw ip.errors.typeError("__match_args__ elements must be strings (got " + name.type().name()
                            + ")");
                }
                PyObject attr = attribute(ip, subject, type, ((PyStr) name).value(), seen);
                if (attr == null) {
                    return false;
                }
                attrs.add(attr);
            }
            return true;
        } finally {
            if (matchArgs != null) {
                ip.rt.decref(matchArgs);
            }
        }
    }

    /** {@code _Py_TPFLAGS_MATCH_SELF}: the builtin types a class pattern matches as a whole, and their subclasses. */
    private static boolean matchesSelf(Interpreter ip, PyType type) {
        BuiltinTypes t = ip.rt.types;
        for (PyType self : new PyType[] {t.bool, t.bytearray, t.bytes, t.dict, t.floatType, t.frozenset, t.intType,
            t.list, t.set, t.str, t.tuple}) {
            if (type.isSubtypeOf(self)) {
                return true;
            }
        }
        return false;
    }

    /** {@code match_class_attr}: the attribute or null; a name given twice is a TypeError. */
    private static PyObject attribute(Interpreter ip, PyObject subject, PyType type, String name, List<String> seen) {
        if (seen.contains(name)) {
            throw ip.errors.typeError(type.name() + "() got multiple sub-patterns for attribute '" + name + "'");
        }
        seen.add(name);
        try {
            return Attributes.find(ip, subject, name);
        } catch (PyException e) {
            if (e.value().type().isSubtypeOf(ip.errors.type("AttributeError"))) {
                ip.rt.decref(e.value());
                return null;
            }
            throw e;
        }
    }
}
