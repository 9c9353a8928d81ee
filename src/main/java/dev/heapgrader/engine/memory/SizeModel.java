package dev.heapgrader.engine.memory;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyByteArray;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.object.SharedKeys;
import dev.heapgrader.engine.types.BuiltinTypes;
import dev.heapgrader.engine.types.PyComplex;
import dev.heapgrader.engine.types.PyGenerator;
import dev.heapgrader.engine.types.SubclassInstances;
import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.engine.types.PyDeque;

/**
 * {@code sys.getsizeof} as formulas over each type's layout (Python/sysmodule.c {@code _PySys_GetSizeOf}: the
 * type's {@code __sizeof__} plus the pre-header of GC and managed-dict types), never tables of magic numbers.
 */
public final class SizeModel {
    /** {@code sizeof(PyGC_Head)}. */
    static final long GC_HEADER = 16;
    private static final long POINTER = 8;
    /** {@code sizeof(setentry)}: the key pointer and its hash (Include/cpython/setobject.h). */
    private static final long SET_ENTRY = 16;
    /** {@code sizeof(PyDictKeysObject)}'s fixed part (Include/internal/pycore_dict.h). */
    private static final long KEYS_HEADER = 32;

    private SizeModel() {
    }

    /** Bytes accounted on the heap when the object is created (its size at birth). */
    public static long basicSize(InterpreterState rt, PyObject o) {
        return getsizeof(rt, o);
    }

    public static long getsizeof(InterpreterState rt, PyObject o) {
        long size = builtinSize(rt, o);
        return o.extras() == null ? size : size + subclassExtra(rt, o);
    }

    /**
     * What an instance of a class derived from a builtin type adds to the builtin's size: its slots and, in 3.11,
     * a {@code __weakref__} slot in the object (type_new's basicsize), the managed dict/weakref pre-header, and
     * a GC header when the builtin itself is not a GC type (heap types always are).
     */
    private static long subclassExtra(InterpreterState rt, PyObject o) {
        PyType t = o.type();
        long basic = 0;
        boolean managedDict = false;
        boolean weakref = false;
        for (PyType k : t.mroList()) {
            if (k.isHeapType()) {
                basic += POINTER * k.layout().slotNames().size();
                managedDict |= k.layout().managedDict();
                weakref |= k.layout().weakrefSlot();
            }
        }
        if (weakref && !rt.version.weakrefInPreHeader()) {
            basic += POINTER;
        }
        PyType base = SubclassInstances.builtinBase(rt, t);
        // a deque is a GC type though no builtin base names it (its type comes from the collections module)
        boolean gcBase = o instanceof PyDeque || base != null && base.layout().gc();
        long gc = gcBase ? 0 : GC_HEADER;
        if (o instanceof PyStr s) {
            // unicode_subtype_new makes a legacy (not compact) string: the compact header's UTF-8 fields for ASCII
            // text, and a data pointer
            basic += (s.kind() == PyStr.Kind.ASCII ? 16 : 0) + POINTER;
        }
        boolean varSized = base != null && base.layout().itemSize() != 0 && !(o instanceof PyStr);
        if (varSized && managedDict && !rt.version.managedDictForVarSizedBases()) {
            // 3.11 puts the dict pointer at the end of the variable part (tp_dictoffset < 0), which tuple and
            // bytes count through their basicsize; int.__sizeof__ counts digits only
            return basic + (o instanceof PyInt ? 0 : POINTER) + gc;
        }
        return basic + (preHeader(rt, t) - GC_HEADER) + gc;
    }

    private static long builtinSize(InterpreterState rt, PyObject o) {
        PythonVersion v = rt.version;
        BuiltinTypes types = rt.types;
        if (o instanceof PyInt i) {
            // Objects/longobject.c int___sizeof__: 3.11+ always count at least one digit
            return withItems(types.intType, Math.max(i.digitCount(), 1));
        }
        if (o instanceof PyFloat) {
            return fixed(types.floatType);
        }
        if (o instanceof PyGenerator g) {
            return generatorSize(v, g.frame.code);
        }
        if (o instanceof PyComplex) {
            return fixed(types.complex);
        }
        if (o instanceof PyStr s) {
            return strSize(v, s);
        }
        if (o instanceof PyByteArray b) {
            // Objects/bytearrayobject.c bytearray_sizeof: the object plus its allocated buffer
            return fixed(types.bytearray) + b.allocated();
        }
        if (o instanceof PyBytes b) {
            // the basic size counts the trailing NUL (offsetof(PyBytesObject, ob_sval) + 1)
            return withItems(types.bytes, b.value().length);
        }
        if (o instanceof PyTuple t) {
            return withItems(types.tuple, t.size());
        }
        if (o instanceof PyList l) {
            // Objects/listobject.c list___sizeof__: the object plus its allocated item pointers
            return fixed(types.list) + POINTER * l.allocated();
        }
        if (o instanceof PyDict d) {
            if (d.sharedKeys() != null) {
                // Objects/dictobject.c _PyDict_SizeOf: a split dict counts its values array, sized by the shared
                // keys' entries plus usable slots at the moment of asking (the keys are owned by the class)
                SharedKeys k = d.sharedKeys();
                return fixed(types.dict) + POINTER * (k.size() + k.usable());
            }
            return fixed(types.dict) + keysSize(d);
        }
        if (o instanceof PySet s) {
            // Objects/setobject.c set_sizeof: a table beyond the object's own small table
            return fixed(types.set) + (s.tableSize() > PySet.MINSIZE ? SET_ENTRY * s.tableSize() : 0);
        }
        if (o instanceof PyDeque d) {
            // Modules/_collectionsmodule.c deque_sizeof: the object plus its blocks
            return GC_HEADER + d.sizeof();
        }
        if (o instanceof PyBaseException) {
            return exceptionSize(v, o.type());
        }
        if (o instanceof PyInstance) {
            return instanceSize(rt, o.type());
        }
        if (o instanceof PyType) {
            return 0;
        }
        // functions, iterators, None, descriptors...: the type's basic size (object___sizeof___impl)
        return fixed(o.type());
    }

    /** {@code tp_basicsize} with the GC header {@code sys.getsizeof} adds for a GC type. */
    static long fixed(PyType t) {
        return (t.layout().gc() ? GC_HEADER : 0) + t.layout().basicSize();
    }

    /** Objects/typeobject.c {@code object___sizeof___impl}: {@code tp_basicsize + n * tp_itemsize}. */
    private static long withItems(PyType t, long n) {
        return fixed(t) + n * t.layout().itemSize();
    }

    /**
     * A class object (Objects/typeobject.c {@code type___sizeof__}): a class has the layout {@code type} declares
     * ({@code sizeof(PyHeapTypeObject)}) with its GC header, plus the keys table its instances' dicts share when
     * it has one ({@code ht_cached_keys}, always all-str); a static type reports {@code sizeof(PyTypeObject)}.
     */
    public static long typeSize(InterpreterState rt, PyType t) {
        PythonVersion v = rt.version;
        if (!t.isHeapType()) {
            return v.staticTypeObjectSize() + (v.staticTypeHasPreHeader() ? GC_HEADER : 0);
        }
        long size = fixed(rt.types.type);
        if (t.sharedKeys() != null) {
            size += keysSize(SharedKeys.LOG2_SIZE, true);
        }
        return size;
    }

    /** The bytes {@code sys.getsizeof} adds before the object for instances of {@code t}. */
    public static long preHeader(InterpreterState rt, PyType t) {
        if (!t.isHeapType()) {
            return t.layout().gc() ? GC_HEADER : 0;
        }
        boolean managedDict = false;
        boolean weakref = false;
        for (PyType k : t.mroList()) {
            managedDict |= k.layout().managedDict();
            weakref |= k.layout().weakrefSlot();
        }
        long pre = GC_HEADER;
        if (managedDict || (weakref && rt.version.weakrefInPreHeader())) {
            pre += 16;
        }
        return pre;
    }

    /**
     * Objects/genobject.c {@code gen_sizeof}: the generator object embeds its frame, whose tail holds one pointer
     * per local, cell and free variable ({@code co_nlocalsplus}) and per stack slot ({@code co_stacksize}).
     */
    static long generatorSize(PythonVersion v, Code code) {
        int stack = Math.max(code.stackSize, v.generatorMinStackSize());
        return v.generatorHeaderSize() + POINTER * (code.cpythonNlocalsplus() + stack);
    }

    /**
     * An exception: its builtin class's {@code tp_basicsize} ({@code PyBaseExceptionObject}, its dict pointer
     * included) with the GC header. A Python subclass adds its slots and the {@code __weakref__} the base lacks: a
     * pointer in 3.11, a managed pre-header entry from 3.12 (Objects/typeobject.c {@code type_new_descriptors}).
     */
    static long exceptionSize(PythonVersion v, PyType t) {
        long basic = 0;
        boolean weakref = false;
        for (PyType k : t.mroList()) {
            if (k.isHeapType()) {
                basic += POINTER * k.layout().slotNames().size();
                weakref |= k.layout().weakrefSlot();
            } else {
                basic += k.layout().basicSize();
                break;
            }
        }
        long pre = GC_HEADER;
        if (weakref) {
            if (v.weakrefInPreHeader()) {
                pre += 16;
            } else {
                basic += POINTER;
            }
        }
        return basic + pre;
    }

    /** Objects/unicodeobject.c {@code unicode___sizeof__} for compact strings: header + (n + 1) * char size. */
    private static long strSize(PythonVersion v, PyStr s) {
        int n = s.length();
        if (n == 1 && s.kind() == PyStr.Kind.LATIN1 && v.latin1CharsCacheUtf8()) {
            return v.compactStrHeader() + 2 + 3;
        }
        return switch (s.kind()) {
            case ASCII -> v.asciiStrHeader() + n + 1;
            case LATIN1 -> v.compactStrHeader() + n + 1;
            case UCS2 -> v.compactStrHeader() + 2L * (n + 1);
            case UCS4 -> v.compactStrHeader() + 4L * (n + 1);
        };
    }

    /**
     * Objects/dictobject.c {@code _PyDict_SizeOf} beyond the object: the keys object unless it is the shared empty
     * one: header, index array (entry width by table size) and the usable entries (16 bytes each for an all-str
     * table in 3.11+, 24 otherwise).
     */
    static long keysSize(PyDict d) {
        if (d.usesEmptyKeys()) {
            return 0;
        }
        return keysSize(d.log2Size(), d.hasUnicodeKeys());
    }

    /** Objects/dictobject.c {@code _PyDict_KeysSize} of a table of {@code 2 ** log2Size} slots. */
    private static long keysSize(int log2Size, boolean unicodeKeys) {
        long slots = 1L << log2Size;
        long width = slots <= 0xff ? 1 : slots <= 0xffff ? 2 : slots <= 0xffffffffL ? 4 : 8;
        long entry = unicodeKeys ? 16 : 24;
        return KEYS_HEADER + slots * width + PyDict.usableFraction((int) slots) * entry;
    }

    /**
     * An instance: {@code tp_basicsize} (object head, slots, and in 3.11 the weakref pointer) plus the pre-header
     * ({@code _PyType_PreHeaderSize}: GC header, and the managed dict pointers when the class has a dict).
     */
    static long instanceSize(InterpreterState rt, PyType t) {
        PythonVersion v = rt.version;
        if (!t.isHeapType()) {
            // object(): a bare PyObject, not a GC type
            return fixed(t);
        }
        long basic = rt.types.object.layout().basicSize();
        boolean managedDict = false;
        boolean weakref = false;
        for (PyType k : t.mroList()) {
            basic += POINTER * k.layout().slotNames().size();
            managedDict |= k.layout().managedDict();
            weakref |= k.layout().weakrefSlot();
        }
        long preHeader = GC_HEADER;
        if (managedDict) {
            preHeader += 16;
            if (weakref && !v.weakrefInPreHeader()) {
                basic += POINTER;
            }
        } else if (weakref) {
            // 3.12+ manage an explicit __weakref__ slot in the pre-header too
            if (v.weakrefInPreHeader()) {
                preHeader += 16;
            } else {
                basic += POINTER;
            }
        }
        return basic + preHeader;
    }
}
