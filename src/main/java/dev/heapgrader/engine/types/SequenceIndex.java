package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.ObjectProtocol;

/**
 * The index of a builtin sequence's item ({@code list_subscript}, {@code tuplesubscript},
 * {@code unicode_subscript}, {@code bytes_subscript}): an int or an object with {@code __index__}, negative
 * counting from the end, with each type's wording of the TypeError and the IndexError.
 */
final class SequenceIndex {
    private SequenceIndex() {
    }

    /**
     * The item position {@code index} names in a sequence of {@code size} items; {@code what} is the word the
     * errors use ("list", "tuple", "string", "index" for bytes, "list assignment").
     */
    static int normalize(Interpreter ip, PyObject index, long size, String what) {
        if (!(index instanceof PyInt) && !(index instanceof PyInstance && index.type().lookup("__index__") != null)) {
            if (what.equals("string")) {
                // unicode_subscript words it differently from the other sequences
                throw ip.errors.typeError("string indices must be integers, not '" + index.type().name() + "'");
            }
            String kind = what.equals("index") ? "byte" : what;
            throw ip.errors.typeError(kind + " indices must be integers or slices, not " + index.type().name());
        }
        // PyNumber_AsSsize_t: an instance stands for its __index__
        PyInt i = ObjectProtocol.indexInt(ip, index, "");
        long v = i.isSmall() ? i.longValue() : Long.MAX_VALUE;
        ip.rt.decref(i);
        if (v < 0) {
            v += size;
        }
        if (v < 0 || v >= size) {
            throw ip.errors.indexError(what + " index out of range");
        }
        return (int) v;
    }
}
