package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyByteArray;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.ObjectProtocol;

import java.nio.charset.StandardCharsets;

/**
 * The slots of {@code bytes} (Objects/bytesobject.c) and {@code bytearray} (Objects/bytearrayobject.c); their
 * methods are {@code BytesMethods} and {@code ByteArrayMethods}.
 */
final class BytesSlots {
    static final TypeSlots BYTES = TypeSlots.reprOnly(BytesSlots::bytesRepr).withLength(BytesSlots::bytesLength)
            .withContains(BytesSlots::bytesContains).withIter(BytesSlots::bytesIter)
            .withSubscript(BytesSlots::bytesSubscript);
    static final TypeSlots BYTEARRAY = TypeSlots.reprOnly(BytesSlots::byteArrayRepr)
            .withLength(BytesSlots::byteArrayLength);

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
}
