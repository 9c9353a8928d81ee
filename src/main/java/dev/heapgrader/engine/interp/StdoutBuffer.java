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
public final class StdoutBuffer {
    /** {@code _io.DEFAULT_BUFFER_SIZE}, the wrapper's chunk size. */
    static final int CHUNK_SIZE = 8192;

    private final InterpreterState rt;
    private final List<PyObject> pending = new ArrayList<>();
    private long pendingBytes;
    /** How many writes are pending: the first is held alone, a second makes {@code pending_bytes} a list. */
    private int pendingWrites;
    /**
     * The list textio.c makes of the pending chunks from the second write on: a GC-tracked object the program
     * can see in {@code gc.get_count()} and {@code gc.freeze()} until the buffer is flushed. The chunks' own
     * references are kept in {@link #pending}.
     */
    private PyObject pendingList;

    StdoutBuffer(InterpreterState rt) {
        this.rt = rt;
    }

    public void write(PyStr text) {
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
        queued();
        pendingBytes += len;
        if (pendingBytes >= CHUNK_SIZE) {
            flush();
        }
    }

    /** Writes text the engine produced itself (no object to hold). */
    public void writeRaw(String s) {
        rt.write(s);
        long len = s.getBytes(StandardCharsets.UTF_8).length;
        if (pendingBytes + len > CHUNK_SIZE) {
            flush();
        }
        queued();
        pendingBytes += len;
        if (pendingBytes >= CHUNK_SIZE) {
            flush();
        }
    }

    private void queued() {
        if (++pendingWrites == 2) {
            pendingList = rt.track(new dev.heapgrader.engine.object.PyList(rt.types.list));
        }
    }

    public void flush() {
        pendingWrites = 0;
        PyObject list = pendingList;
        pendingList = null;
        rt.xdecref(list);
        List<PyObject> held = new ArrayList<>(pending);
        pending.clear();
        pendingBytes = 0;
        for (PyObject o : held) {
            rt.decref(o);
        }
    }
}
