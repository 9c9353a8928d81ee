package dev.heapgrader.engine.trace.timeline;

/**
 * A value the program read about an object: {@code sys.getrefcount} ({@link Kind#REFCOUNT}, the value returned,
 * its own argument reference included) or {@code sys.getsizeof} ({@link Kind#SIZE}).
 */
public record Probe(Kind kind, long objectId, String typeName, long value) {

    /** Which function was called. */
    public enum Kind { REFCOUNT, SIZE }
}
