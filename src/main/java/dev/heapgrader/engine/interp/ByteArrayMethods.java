package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyByteArray;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;

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
        n.def("append", (i, self, a, k) -> {
            NativeTable.arity(i, "append", a, k, 1, 1);
            ((PyByteArray) self).append(byteValue(i, a[0]));
            return i.rt.none;
        });
        n.def("extend", (i, self, a, k) -> {
            NativeTable.arity(i, "extend", a, k, 1, 1);
            ((PyByteArray) self).extend(contents(i, a[0]));
            return i.rt.none;
        });
        n.def("clear", (i, self, a, k) -> {
            NativeTable.arity(i, "clear", a, k, 0, 0);
            ((PyByteArray) self).resize(0);
            return i.rt.none;
        });
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
                long v = Ops.index(ip, a[0], "'%T' object cannot be interpreted as an integer");
                if (v < 0) {
                    throw ip.errors.valueError("negative count");
                }
                if (v > Integer.MAX_VALUE - 8 || ip.rt.heap.wouldExceed(v)) {
                    throw ip.errors.make("MemoryError");
                }
                ba.resize((int) v);
            } else if (a[0] instanceof PyStr) {
                throw ip.errors.typeError("string argument without an encoding");
            } else {
                ba.extend(contents(ip, a[0]));
            }
        } catch (PyException e) {
            ip.rt.decref(ba);
            throw e;
        }
        return ba;
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
}
