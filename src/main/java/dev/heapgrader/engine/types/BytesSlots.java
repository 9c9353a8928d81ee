package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyByteArray;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The slots of {@code bytes} (Objects/bytesobject.c) and {@code bytearray} (Objects/bytearrayobject.c); their
 * methods are {@code BytesMethods} and {@code ByteArrayMethods}.
 */
final class BytesSlots {
    static final TypeSlots BYTES = new TypeSlots(BytesSlots::bytesRepr, BytesSlots::bytesHash,
            BytesSlots::bytesCompare).withLength(BytesSlots::bytesLength)
            .withContains(BytesSlots::bytesContains).withIter(BytesSlots::bytesIter)
            .withSubscript(BytesSlots::bytesSubscript).withBinary(BytesSlots::bytesBinary);
    static final TypeSlots BYTEARRAY = new TypeSlots(BytesSlots::byteArrayRepr, ObjectSlots::unhashable,
            BytesSlots::byteArrayCompare).withLength(BytesSlots::byteArrayLength);

    private BytesSlots() {
    }

    /** {@code bytes_repr}: {@code b'...'} with CPython's escapes. */
    static String bytesRepr(Interpreter ip, PyObject self) {
        return BytesFormat.repr(((PyBytes) self).value());
    }

    /** {@code bytearray_repr}: {@code bytearray(b'...')}. */
    static String byteArrayRepr(Interpreter ip, PyObject self) {
        return "bytearray(" + BytesFormat.repr(((PyByteArray) self).toBytes()) + ")";
    }

    /**
     * {@code bytes_hash}: the hash of the same bytes as a str of one-byte characters ({@code _Py_HashBytes} over the
     * same buffer), so {@code hash(b"ab") == hash("ab")} as in CPython.
     */
    static long bytesHash(Interpreter ip, PyObject self) {
        return new String(((PyBytes) self).value(), StandardCharsets.ISO_8859_1).hashCode();
    }

    /**
     * {@code bytes_richcompare}: byte by byte as unsigned values, then by length, against bytes only; a bytearray on
     * the other side answers through its own comparison (the reflected one), anything else is NotImplemented.
     */
    static PyObject bytesCompare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (other instanceof PyBytes o) {
            return ip.rt.bool(Compare.outcome(Arrays.compareUnsigned(((PyBytes) self).value(), o.value()), op));
        }
        return ObjectSlots.compare(ip, self, other, op);
    }

    /** {@code bytearray_richcompare}: against any object with the buffer protocol here, bytes or bytearray. */
    static PyObject byteArrayCompare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        byte[] mine = ((PyByteArray) self).toBytes();
        if (other instanceof PyBytes o) {
            return ip.rt.bool(Compare.outcome(Arrays.compareUnsigned(mine, o.value()), op));
        }
        if (other instanceof PyByteArray o) {
            return ip.rt.bool(Compare.outcome(Arrays.compareUnsigned(mine, o.toBytes()), op));
        }
        return ObjectSlots.compare(ip, self, other, op);
    }

    /** {@code bytes_length}. */
    static long bytesLength(Interpreter ip, PyObject self) {
        return ((PyBytes) self).value().length;
    }

    /** {@code bytearray_length}. */
    static long byteArrayLength(Interpreter ip, PyObject self) {
        return ((PyByteArray) self).size();
    }

    /** {@code bytes_contains}: a byte value or a sub-sequence; anything else is searched for by iteration. */
    static boolean bytesContains(Interpreter ip, PyObject self, PyObject item) {
        byte[] value = ((PyBytes) self).value();
        if (item instanceof PyInt i) {
            for (byte x : value) {
                if ((x & 0xff) == i.longValue()) {
                    return true;
                }
            }
            return false;
        }
        if (item instanceof PyBytes sub) {
            return new String(value, StandardCharsets.ISO_8859_1)
                    .contains(new String(sub.value(), StandardCharsets.ISO_8859_1));
        }
        return ObjectProtocol.containsByIteration(ip, self, item);
    }

    /** {@code bytes_iter}. */
    static PyObject bytesIter(Interpreter ip, PyObject self) {
        return IteratorSlots.over(ip, self, PyIterator.Kind.SEQUENCE);
    }

    /** {@code bytes_subscript}: an int for an index, new bytes for a slice. */
    static PyObject bytesSubscript(Interpreter ip, PyObject self, PyObject index) {
        byte[] value = ((PyBytes) self).value();
        if (index instanceof PySlice sl) {
            long[] r = Slices.indices(ip, sl, value.length);
            byte[] out = new byte[(int) r[3]];
            for (int k = 0; k < r[3]; k++) {
                out[k] = value[(int) (r[0] + k * r[2])];
            }
            return ip.rt.newBytes(out);
        }
        int i = SequenceIndex.normalize(ip, index, value.length, "index");
        return ip.rt.newInt(value[i] & 0xff);
    }

    /** {@code bytes_concat} ({@code bytes + bytes}) and {@code bytes_repeat} ({@code bytes * n}, {@code n * bytes}). */
    static PyObject bytesBinary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        return SequenceConcat.concatOrRepeat(ip, op, a, b, PyBytes.class, BytesSlots::bytesConcat,
                BytesSlots::bytesRepeat);
    }

    private static PyObject bytesConcat(Interpreter ip, PyBytes a, PyBytes b) {
        byte[] out = Arrays.copyOf(a.value(), a.value().length + b.value().length);
        System.arraycopy(b.value(), 0, out, a.value().length, b.value().length);
        return ip.rt.newBytes(out);
    }

    private static PyObject bytesRepeat(Interpreter ip, PyBytes bytes, long count) {
        byte[] value = bytes.value();
        long length = value.length;
        if (length > 0 && count > Long.MAX_VALUE / length) {
            // Objects/bytesobject.c bytes_repeat: the size would overflow a Py_ssize_t
            throw ip.errors.make("OverflowError", "repeated bytes are too long");
        }
        long total = length * count;
        if (total == length && bytes.type() == ip.rt.types.bytes) {
            // bytes_repeat gives back an exact bytes whose size would not change
            return bytes.newRef();
        }
        if (total > Integer.MAX_VALUE - 8 || ip.rt.heap.wouldExceed(total)) {
            throw ip.errors.make("MemoryError");
        }
        if (total == 0) {
            // nothing to copy, however many times
            return ip.rt.newBytes(new byte[0]);
        }
        byte[] out = new byte[(int) total];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, out, i * value.length, value.length);
        }
        return ip.rt.newBytes(out);
    }
}
