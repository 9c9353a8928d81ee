package dev.heapgrader.engine.object;

/**
 * A {@code weakref.ref}: a borrowed pointer to its referent, cleared when the referent dies, and an optional
 * callback (a strong reference) called with the weakref itself at that moment.
 */
public final class PyWeakref extends PyObject {
    private PyObject referent;
    private PyObject callback;
    /** {@code wr_hash}: computed from the referent on first use and kept after it dies; null until then. */
    private Long hash;

    public PyWeakref(PyType type, PyObject referent, PyObject callbackOwned) {
        super(type);
        this.referent = referent;
        this.callback = callbackOwned;
    }

    /** The referent (borrowed), or null once it died. */
    public PyObject referent() {
        return referent;
    }

    public Long cachedHash() {
        return hash;
    }

    public void cacheHash(long value) {
        hash = value;
    }

    public PyObject callback() {
        return callback;
    }

    /** {@code _PyWeakref_ClearRef}: the referent goes, the callback stays (the weakref is garbage itself). */
    public void clearReferent() {
        referent = null;
    }

    /** Clears the referent and hands back the owned callback (or null) for the caller to call and release. */
    public PyObject clear() {
        referent = null;
        PyObject cb = callback;
        callback = null;
        return cb;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (callback != null) {
            visitor.visit(callback);
        }
    }

    @Override
    public void clearReferences(Releaser release) {
        PyObject cb = callback;
        callback = null;
        if (cb != null) {
            release.release(cb);
        }
    }
}
