package dev.heapgrader.engine.interp;

/**
 * {@code Py_EnterRecursiveCall} for the engine's own recursive algorithms over nested containers (repr and
 * equality): a structure nested deeper than CPython's C recursion budget raises {@code RecursionError} with
 * CPython's wording at CPython's depth, at once, instead of recursing as deep as the Java stack allows. 3.11 counts
 * these calls against the Python recursion limit; 3.12 and 3.13 keep a separate C budget
 * ({@link dev.heapgrader.engine.version.PythonVersion#nativeRecursionLimit()}).
 */
public final class NativeRecursion {
    private NativeRecursion() {
    }

    /** Enters one level; {@code where} ends the message (" while getting the repr of an object"). */
    public static void enter(Interpreter ip, String where) {
        int limit = ip.rt.version.nativeRecursionLimit();
        boolean over = limit == 0 ? ++ip.depth > ip.recursionLimit : ++ip.nativeDepth > limit;
        if (over) {
            leave(ip);
            throw ip.errors.make("RecursionError", "maximum recursion depth exceeded" + where);
        }
    }

    /** Leaves the level {@link #enter} entered. */
    public static void leave(Interpreter ip) {
        if (ip.rt.version.nativeRecursionLimit() == 0) {
            ip.depth--;
        } else {
            ip.nativeDepth--;
        }
    }
}
