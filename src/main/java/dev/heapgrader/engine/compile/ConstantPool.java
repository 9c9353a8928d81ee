package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.ast.Constant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The constants of one compilation, shared by all its code objects as CPython's {@code c_const_cache} makes them
 * (equal literals anywhere in the file are one object). While the main script runs, its syntax tree is still
 * alive and holds one reference to each distinct constant (Python/pythonrun.c frees the arena only after the
 * module finished), which is why {@code x = 1000; sys.getrefcount(x)} prints 4; {@link #arenaReferences} holds
 * those references until {@link #releaseArena}.
 */
public final class ConstantPool {
    private final InterpreterState rt;
    private final Map<Object, PyObject> byKey = new HashMap<>();
    private final List<PyObject> arenaReferences = new ArrayList<>();

    public ConstantPool(InterpreterState rt) {
        this.rt = rt;
    }

    /** The shared object for a literal (borrowed; the pool and the arena own references). */
    PyObject of(Constant c) {
        Object key = key(c);
        PyObject existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        PyObject created = create(c);
        register(key, created);
        return created;
    }

    /** The shared object for a folded tuple of constants, built from the element objects (borrowed). */
    PyObject tuple(List<PyObject> elements, List<Object> elementKeys) {
        Object key = List.of("tuple", elementKeys);
        PyObject existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        PyObject[] items = new PyObject[elements.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = elements.get(i).newRef();
        }
        PyObject t = rt.newTuple(items);
        register(key, t);
        return t;
    }

    /** A frozenset constant for {@code x in {1, 2, 3}} and set displays of constants. */
    PyObject frozenset(List<PyObject> elements, List<Object> elementKeys) {
        Object key = List.of("frozenset", elementKeys);
        PyObject existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        PyObject fs = rt.newFrozenSetFrom(elements);
        register(key, fs);
        return fs;
    }

    /** The canonical object for an equality key, or null when no equal constant was seen yet (borrowed). */
    PyObject existing(Object key) {
        return byKey.get(key);
    }

    /**
     * {@code _PyCompile_ConstCacheMergeOne} for a tuple the compiler builds itself (see {@link ConstantMerging}):
     * a new reference to the equal constant seen first, or to a new tuple of {@code items} that becomes canonical.
     * No syntax-tree node holds such a tuple, so it gets no arena reference; the caller owns the one returned.
     */
    PyObject merge(List<PyObject> items, Object key) {
        PyObject existing = byKey.get(key);
        if (existing != null) {
            return existing.newRef();
        }
        PyObject[] owned = new PyObject[items.size()];
        for (int i = 0; i < owned.length; i++) {
            owned[i] = items.get(i).newRef();
        }
        PyObject t = rt.newTuple(owned);
        byKey.put(key, t);
        return t;
    }

    private void register(Object key, PyObject obj) {
        byKey.put(key, obj);
        arenaReferences.add(obj);
    }

    /** The equality key CPython's {@code _PyCode_ConstantKey} would use: type and value. */
    static Object key(Constant c) {
        if (c instanceof Constant.BytesValue b) {
            return List.of("bytes", Arrays.toString(b.value()));
        }
        if (c instanceof Constant.FloatValue f) {
            return List.of("float", Double.doubleToRawLongBits(f.value()));
        }
        if (c instanceof Constant.ImaginaryValue f) {
            return List.of("complex", Double.doubleToRawLongBits(f.imag()));
        }
        return c;
    }

    private PyObject create(Constant c) {
        if (c instanceof Constant.IntValue i) {
            return rt.newInt(i.value());
        } else if (c instanceof Constant.FloatValue f) {
            return rt.newFloat(f.value());
        } else if (c instanceof Constant.StrValue s) {
            return rt.constantStr(s.value());
        } else if (c instanceof Constant.BytesValue b) {
            return rt.newBytes(b.value());
        } else if (c instanceof Constant.BoolValue b) {
            return rt.bool(b.value());
        } else if (c instanceof Constant.NoneValue) {
            return rt.none;
        } else if (c instanceof Constant.EllipsisValue) {
            return rt.ellipsis;
        } else if (c instanceof Constant.ImaginaryValue im) {
            return rt.newComplex(0.0, im.imag());
        }
        throw new IllegalStateException("unknown constant " + c);
    }

    /** Drops the syntax tree's references once the main module finished executing. */
    public void releaseArena() {
        for (PyObject o : arenaReferences) {
            rt.decref(o);
        }
        arenaReferences.clear();
    }
}
