package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sys.stdout} writing to a pipe, as Modules/_io/textio.c {@code TextIOWrapper.write} does it: an ASCII str
 * is queued as the object itself (so printing a string adds one reference to it until the queue is flushed),
 * other text is queued encoded; the queue is flushed once it would exceed, or reaches, 8192 bytes.
 */
final class StdoutBuffer {
    /** {@code _io.DEFAULT_BUFFER_SIZE}, the wrapper's chunk size. */
    static final int CHUNK_SIZE = 8192;

    private final Runtime rt;
    private final List<PyObject> pending = new ArrayList<>();
    private long pendingBytes;

    StdoutBuffer(Runtime rt) {
        this.rt = rt;
    }

    void write(PyStr text) {
        String s = text.value();
        rt.write(s);
        boolean ascii = text.kind() == PyStr.Kind.ASCII;
        long len = ascii ? s.length() : s.getBytes(StandardCharsets.UTF_8).length;
        if (pendingBytes + len > CHUNK_SIZE) {
            flush();
        }
        if (ascii) {
            pending.add(text.newRef());
        }
        pendingBytes += len;
        if (pendingBytes >= CHUNK_SIZE) {
            flush();
        }
    }

    /** Writes text the engine produced itself (no object to hold). */
    void writeRaw(String s) {
        rt.write(s);
        long len = s.getBytes(StandardCharsets.UTF_8).length;
        if (pendingBytes + len > CHUNK_SIZE) {
            flush();
        }
        pendingBytes += len;
        if (pendingBytes >= CHUNK_SIZE) {
            flush();
        }
    }

    void flush() {
        List<PyObject> held = new ArrayList<>(pending);
        pending.clear();
        pendingBytes = 0;
        for (PyObject o : held) {
            rt.decref(o);
        }
    }
}
