package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.errors.Errors;
import dev.heapgrader.engine.heap.Heap;
import dev.heapgrader.engine.memory.SizeModel;
import dev.heapgrader.engine.object.KeyEquality;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PySingleton;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.types.BuiltinTypes;
import dev.heapgrader.engine.types.PyComplex;
import dev.heapgrader.engine.version.PythonVersion;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run shares: the version being reproduced, the heap, the builtin types and singletons, the
 * interned strings and the captured output. Factories here register each new object with the heap so that
 * addresses, live counts and sizes stay exact; {@link #decref} deallocates at zero as CPython does.
 */
public final class InterpreterState implements KeyEquality {
    /** Objects/longobject.c: small ints -5..256 are preallocated (immortal in 3.12+). */
    static final int SMALL_MIN = -5;
    static final int SMALL_MAX = 256;

    public final PythonVersion version;
    public final Heap heap;
    public final BuiltinTypes types;
    public final PySingleton none;
    public final PySingleton ellipsis;
    public final PySingleton notImplemented;
    public final PyInt trueObj;
    public final PyInt falseObj;
    public final PyTuple emptyTuple;
    public final PyStr emptyStr;
    private final PyInt[] smallInts = new PyInt[SMALL_MAX - SMALL_MIN + 1];
    private final PyStr[] latin1 = new PyStr[256];
    private final Map<String, PyStr> interned = new HashMap<>();
    final StringBuilder stdout = new StringBuilder();
    final StringBuilder stderr = new StringBuilder();
    final Errors errors;
    /** Called when an object's count reaches zero; set by the interpreter, which can run {@code __del__}. */
    private Deallocator deallocator;

    /** Frees an object whose count reached zero. */
    interface Deallocator {
        void dealloc(PyObject o);
    }

    /** A fresh interpreter state; outside {@code ProgramRunner} only for computations such as SizeModel's in tests. */
    public InterpreterState(PythonVersion version, long maxHeapBytes) {
        this.version = version;
        this.heap = new Heap(maxHeapBytes);
        this.types = new BuiltinTypes(version);
        types.fixUp(types.all());
        this.none = immortal(new PySingleton(types.noneType, "None"));
        this.ellipsis = immortal(new PySingleton(types.ellipsis, "Ellipsis"));
        this.notImplemented = immortal(new PySingleton(types.notImplemented, "NotImplemented"));
        this.trueObj = immortal(new PyInt(types.bool, 1));
        this.falseObj = immortal(new PyInt(types.bool, 0));
        this.emptyTuple = immortal(new PyTuple(types.tuple, new PyObject[0]));
        this.emptyStr = immortal(new PyStr(types.str, ""));
        for (int i = 0; i < smallInts.length; i++) {
            smallInts[i] = immortal(new PyInt(types.intType, i + SMALL_MIN));
        }
        for (int i = 0; i < 256; i++) {
            latin1[i] = immortal(new PyStr(types.str, String.valueOf((char) i)));
        }
        for (PyType t : types.all()) {
            heap.allocate(t, 0, false);
        }
        this.errors = new Errors(this);
        for (PyType t : errors.all().values()) {
            heap.allocate(t, 0, false);
        }
    }

    private Interpreter interpreter;

    void setDeallocator(Deallocator d) {
        this.deallocator = d;
    }

    void setInterpreter(Interpreter ip) {
        this.interpreter = ip;
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    private <T extends PyObject> T immortal(T o) {
        o.makeImmortal();
        heap.allocate(o, 0, false);
        return o;
    }

    /** Registers a newly created object with the heap; raises MemoryError past the limit. */
    public <T extends PyObject> T track(T o) {
        long size = SizeModel.basicSize(this, o);
        boolean gcType = o.type() != null && o.type().layout().gc();
        if (!heap.allocate(o, size, gcType)) {
            throw memoryError();
        }
        // dicts start untracked until they hold something that may be tracked (MAINTAIN_TRACKING)
        if (gcType && !(o instanceof PyDict)) {
            heap.track(o);
        }
        return o;
    }

    /** {@code PyErr_NoMemory}: the exception's own objects never need the exhausted heap. */
    private dev.heapgrader.engine.errors.PyException memoryError() {
        heap.allowPastLimit(true);
        try {
            return errors.make("MemoryError");
        } finally {
            heap.allowPastLimit(false);
        }
    }

    /** A dict became able to reach a tracked object: track it, as {@code MAINTAIN_TRACKING} does. */
    public void noteDictStore(PyDict d, PyObject key, PyObject value) {
        if (d.gc() != null && !d.gc().tracked && (mayBeTracked(key) || mayBeTracked(value))
                && !heap.isInlineBacked(d)) {
            heap.track(d);
        }
    }

    /** {@code _PyObject_GC_MAY_BE_TRACKED}: any GC object, except a tuple the collector already untracked. */
    public static boolean mayBeTracked(PyObject o) {
        return o.gc() != null && (o.gc().tracked || !(o instanceof PyTuple));
    }

    /** Raises MemoryError unless {@code bytes} more fit in the simulated heap. */
    public void reserve(long bytes) {
        if (heap.wouldExceed(bytes)) {
            throw errors.make("MemoryError");
        }
    }

    /** How deep deallocations may nest before further ones are deferred (CPython's trashcan, coarser). */
    private static final int MAX_DEALLOC_DEPTH = 2000;
    private int deallocDepth;
    private final java.util.ArrayDeque<PyObject> deferredDeallocs = new java.util.ArrayDeque<>();

    /**
     * {@code Py_DECREF}. A long chain of containers dying one inside the other would recurse once per level;
     * past a depth the deallocation is queued and run iteratively, as {@code Py_TRASHCAN_BEGIN} does.
     */
    public void decref(PyObject o) {
        if (o != null && o.decrefReachesZero()) {
            if (deallocDepth >= MAX_DEALLOC_DEPTH) {
                deferredDeallocs.add(o);
                return;
            }
            deallocDepth++;
            try {
                deallocator.dealloc(o);
            } finally {
                deallocDepth--;
            }
            if (deallocDepth == 0) {
                while (!deferredDeallocs.isEmpty()) {
                    deallocDepth++;
                    try {
                        deallocator.dealloc(deferredDeallocs.poll());
                    } finally {
                        deallocDepth--;
                    }
                }
            }
        }
    }

    public void xdecref(PyObject o) {
        if (o != null) {
            decref(o);
        }
    }

    // ---- factories: each returns a new reference ----------------------------------------------------------------

    public PyInt newInt(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return smallInts[(int) v - SMALL_MIN];
        }
        return track(new PyInt(types.intType, v));
    }

    public PyInt newInt(BigInteger v) {
        if (v.bitLength() < 63) {
            return newInt(v.longValue());
        }
        return track(new PyInt(types.intType, v));
    }

    public PyInt bool(boolean b) {
        return b ? trueObj : falseObj;
    }

    public PyFloat newFloat(double v) {
        return track(new PyFloat(types.floatType, v));
    }

    public PyObject newComplex(double real, double imag) {
        return track(new PyComplex(types.complex, real, imag));
    }

    /** A str built at run time: only the empty string and one-character Latin-1 strings are shared. */
    public PyStr newStr(String s) {
        if (s.isEmpty()) {
            return emptyStr;
        }
        if (s.length() == 1 && s.charAt(0) < 256) {
            return latin1[s.charAt(0)];
        }
        return track(new PyStr(types.str, s));
    }

    /**
     * A str constant or name: identifier-like constants are interned by the compiler
     * ({@code intern_string_constants}); in 3.12 every interned string is immortal, in 3.11 and 3.13 not, and there
     * the interned table's references are not counted ({@code PyUnicode_InternInPlace} takes them back), so
     * {@code s = "hello"} shows 4 as any other literal of the main script does.
     */
    public PyStr constantStr(String s) {
        if (s.isEmpty() || (s.length() == 1 && s.charAt(0) < 256)) {
            return newStr(s);
        }
        if (!isIdentifierLike(s)) {
            return track(new PyStr(types.str, s));
        }
        PyStr existing = interned.get(s);
        if (existing != null) {
            return (PyStr) existing.newRef();
        }
        PyStr created = track(new PyStr(types.str, s));
        created.markInterned();
        if (version.internedStringsImmortal()) {
            created.makeImmortal();
        }
        interned.put(s, created);
        return created;
    }

    /**
     * {@code sys.intern} ({@code PyUnicode_InternInPlace}): the string already interned under that value, or
     * {@code s} itself, which becomes the interned one. Immortal where the version makes interned strings
     * immortal; elsewhere the table holds no counted reference and forgets the string when it dies.
     */
    public PyStr intern(PyStr s) {
        PyStr existing = interned.get(s.value());
        if (existing != null) {
            return (PyStr) existing.newRef();
        }
        s.markInterned();
        if (version.internedStringsImmortal()) {
            s.makeImmortal();
        }
        interned.put(s.value(), s);
        return (PyStr) s.newRef();
    }

    /** A mortal interned string died: it leaves the table ({@code unicode_dealloc}'s SSTATE_INTERNED_MORTAL case). */
    public void forgetInterned(PyStr s) {
        if (interned.get(s.value()) == s) {
            interned.remove(s.value());
        }
    }

    /** Objects/codeobject.c {@code all_name_chars}: only [A-Za-z0-9_] strings are interned as constants. */
    static boolean isIdentifierLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) {
                return false;
            }
        }
        return true;
    }

    public PyBytes newBytes(byte[] b) {
        return track(new PyBytes(types.bytes, b));
    }

    /** A tuple owning the given references; the empty tuple is the shared singleton. */
    public PyTuple newTuple(PyObject[] owned) {
        if (owned.length == 0) {
            return emptyTuple;
        }
        return track(new PyTuple(types.tuple, owned));
    }

    public PyDict newDict() {
        return track(new PyDict(types.dict));
    }

    public PySet newSet() {
        return track(new PySet(types.set));
    }

    public PySet newFrozenSetFrom(List<PyObject> borrowed) {
        // PyFrozenSet_New(tuple): the items are added one at a time, no presizing
        PySet s = track(new PySet(types.frozenset));
        for (PyObject o : borrowed) {
            s.add(o, this);
        }
        return s;
    }

    // ---- KeyEquality for dicts and sets ------------------------------------------------------------------------

    @Override
    public long hash(PyObject key) {
        return ObjectProtocol.hash(this, key);
    }

    @Override
    public boolean equal(PyObject stored, PyObject probe) {
        return ObjectProtocol.richEquals(this, stored, probe);
    }

    void write(String text) {
        append(stdout, text);
    }

    public void writeErr(String text) {
        append(stderr, text);
    }

    /** Characters stdout and stderr may hold together; {@link OutputLimitExceeded} says what reaching it does. */
    long maxOutputChars = Long.MAX_VALUE;
    /** True while the program's own code runs: reaching the cap then stops it; otherwise the rest is dropped. */
    boolean stopAtOutputCap;

    private void append(StringBuilder to, String text) {
        long room = maxOutputChars - stdout.length() - stderr.length();
        if (text.length() <= room) {
            to.append(text);
            return;
        }
        if (room > 0) {
            to.append(text, 0, (int) room);
        }
        if (stopAtOutputCap) {
            throw new OutputLimitExceeded();
        }
    }
}
