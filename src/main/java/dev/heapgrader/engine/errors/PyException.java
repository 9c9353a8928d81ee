package dev.heapgrader.engine.errors;

import dev.heapgrader.engine.object.PyObject;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python exception in flight: carries one owned reference to the exception object and the traceback entries
 * collected while it propagates. Thrown without a Java stack trace; it is the program's error, not the engine's.
 */
public final class PyException extends RuntimeException {
    private final PyObject value;
    private final List<TracebackEntry> traceback = new ArrayList<>();
    /** The frame whose traceback line was recorded last, so a re-raise in the same frame adds none. */
    private Object recordedIn;

    /** One line of a traceback: the code's name, file and line. */
    public record TracebackEntry(String filename, int line, String name) { }

    public PyException(PyObject ownedValue) {
        super(null, null, false, false);
        this.value = ownedValue;
    }

    /** The exception object (the reference is owned by this carrier). */
    public PyObject value() {
        return value;
    }

    private boolean contextChecked;

    public boolean contextChecked() {
        return contextChecked;
    }

    public void markContextChecked() {
        contextChecked = true;
    }

    public boolean tracebackRecorded(Object frame) {
        return recordedIn == frame;
    }

    public void markRecorded(Object frame) {
        recordedIn = frame;
    }

    List<TracebackEntry> traceback() {
        return traceback;
    }

    void addFrame(String filename, int line, String name) {
        traceback.add(0, new TracebackEntry(filename, line, name));
    }
}
