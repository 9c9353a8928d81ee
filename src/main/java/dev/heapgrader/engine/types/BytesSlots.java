package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyByteArray;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyObject;

/**
 * The slots of {@code bytes} (Objects/bytesobject.c) and {@code bytearray} (Objects/bytearrayobject.c); their
 * methods are {@code BytesMethods} and {@code ByteArrayMethods}.
 */
final class BytesSlots {
    static final TypeSlots BYTES = TypeSlots.reprOnly(BytesSlots::bytesRepr);
    static final TypeSlots BYTEARRAY = TypeSlots.reprOnly(BytesSlots::byteArrayRepr);

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
}
