package dev.heapgrader.engine.types;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.memory.SizeModel;
import dev.heapgrader.engine.object.PyByteArray;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.ObjectProtocol;

import java.util.List;

/**
 * The {@code bytearray} type's constructor and the methods that change its length ({@code append},
 * {@code extend}, {@code clear}), each resizing the buffer as Objects/bytearrayobject.c does.
 */
final class ByteArrayMethods {
    private ByteArrayMethods() {
    }

    static void install(Interpreter ip, PyType bytearray) {
        NativeTable n = new NativeTable(ip, bytearray.dict(), bytearray);
        n.def("append", ByteArrayMethods::append);
        n.def("extend", ByteArrayMethods::extend);
        n.def("clear", ByteArrayMethods::clear);
    }

    /** {@code bytearray(x)}: empty, n zero bytes, a copy of a bytes-like object or of an iterable of ints. */
    static PyObject construct(Interpreter ip, PyObject[] a, int npos) {
        PyByteArray ba = ip.rt.track(new PyByteArray(ip.rt.types.bytearray));
        if (npos == 0) {
            return ba;
        }
        try {
            boolean index = a[0] instanceof PyInt
                    || a[0] instanceof dev.heapgrader.engine.object.PyInstance && a[0].type().lookup("__index__") != null;
            if (index) {
                // bytearray_init: an object with __index__ is a count of zero bytes
                long v = ObjectProtocol.index(ip, a[0], "'%T' object cannot be interpreted as an integer");
                if (v < 0) {
                    throw ip.errors.valueError("negative count");
                }
                resizeAccounted(ip, ba, v, () -> ba.resize((int) v));
            } else if (a[0] instanceof PyStr) {
                throw ip.errors.typeError("string argument without an encoding");
            } else {
                byte[] initial = contents(ip, a[0]);
                resizeAccounted(ip, ba, initial.length, () -> ba.extend(initial));
            }
        } catch (PyException e) {
            ip.rt.decref(ba);
            throw e;
        }
        return ba;
    }

    /**
     * Changes a bytearray's length with its buffer on the heap's books, as lists account theirs: the new length is
     * reserved before Java allocates it (so a runaway bytearray raises MemoryError at the run's heap limit, never
     * exhausts the JVM), then the change in {@code sys.getsizeof} is charged.
     */
    private static void resizeAccounted(Interpreter ip, PyByteArray ba, long newLength, Runnable change) {
        ip.rt.reserve(Math.max(0, newLength - ba.allocated()));
        if (newLength > Integer.MAX_VALUE - 64) {
            throw ip.errors.make("MemoryError");
        }
        long before = SizeModel.getsizeof(ip.rt, ba);
        change.run();
        if (!ip.rt.heap.resize(SizeModel.getsizeof(ip.rt, ba) - before)) {
            throw ip.errors.make("MemoryError");
        }
    }

    private static byte byteValue(Interpreter ip, PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw ip.errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        long v = i.isSmall() ? i.longValue() : -1;
        if (v < 0 || v > 255) {
            throw ip.errors.valueError("byte must be in range(0, 256)");
        }
        return (byte) v;
    }

    private static byte[] contents(Interpreter ip, PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value();
        }
        if (o instanceof PyByteArray b) {
            return b.toBytes();
        }
        if (o instanceof PyStr) {
            throw ip.errors.typeError("expected iterable of integers; got: 'str'");
        }
        List<PyObject> items = Containers.sequenceItems(ip, o);
        byte[] out = new byte[items.size()];
        try {
            for (int x = 0; x < out.length; x++) {
                out[x] = byteValue(ip, items.get(x));
            }
        } finally {
            for (PyObject item : items) {
                ip.rt.decref(item);
            }
        }
        return out;
    }

    private static PyObject append(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "append", a, k, 1, 1);
        PyByteArray ba = (PyByteArray) self;
        byte b = byteValue(i, a[0]);
        resizeAccounted(i, ba, ba.size() + 1L, () -> ba.append(b));
        return i.rt.none;
    }

    private static PyObject extend(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "extend", a, k, 1, 1);
        PyByteArray ba = (PyByteArray) self;
        byte[] more = contents(i, a[0]);
        resizeAccounted(i, ba, (long) ba.size() + more.length, () -> ba.extend(more));
        return i.rt.none;
    }

    private static PyObject clear(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "clear", a, k, 0, 0);
        PyByteArray ba = (PyByteArray) self;
        resizeAccounted(i, ba, 0, () -> ba.resize(0));
        return i.rt.none;
    }
}
