package dev.heapgrader.engine.object;

/**
 * A {@code str}. The Java string holds the text (astral characters as surrogate pairs); the code-point length and
 * CPython's storage kind (ASCII, Latin-1, UCS-2, UCS-4), which decide {@code sys.getsizeof}, are computed once.
 */
public final class PyStr extends PyObject {
    /** PEP 393 storage kinds, by the largest code point. */
    public enum Kind { ASCII, LATIN1, UCS2, UCS4 }

    private final String value;
    private final int length;
    private final Kind kind;
    private boolean interned;
    private int hash;
    private boolean hashed;

    public PyStr(PyType type, String value) {
        super(type);
        this.value = value;
        int max = 0;
        int n = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
            n++;
        }
        this.length = n;
        this.kind = max < 128 ? Kind.ASCII : max < 256 ? Kind.LATIN1 : max < 0x10000 ? Kind.UCS2 : Kind.UCS4;
    }

    public String value() {
        return value;
    }

    /** Length in code points, as {@code len()} reports it. */
    public int length() {
        return length;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isInterned() {
        return interned;
    }

    public void markInterned() {
        interned = true;
    }

    /** A stable hash; CPython's is randomised per process, so nothing observable may depend on its value. */
    public int javaHash() {
        if (!hashed) {
            hash = value.hashCode();
            hashed = true;
        }
        return hash;
    }

    @Override
    public String toString() {
        return value;
    }
}
