package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyObject;

/**
 * Argument-count checks for native methods whose CPython error wording differs from {@link NativeTable#arity}'s:
 * the slot wrappers ({@code __eq__} and friends) and the substring searches of {@code str} and {@code bytes}.
 * Without them, a call with too few arguments read past the argument array in Java.
 */
public final class MethodArity {
    private MethodArity() {
    }

    /** Objects/descrobject.c {@code check_num_args}: a slot wrapper such as {@code __eq__} takes {@code n}. */
    public static void slotWrapper(Interpreter ip, String name, PyObject[] args, String[] kwnames, int n) {
        int given = NativeTable.positionalCount(args, kwnames);
        if (kwnames != null && kwnames.length > 0) {
            throw ip.errors.typeError("wrapper " + name + "() takes no keyword arguments");
        }
        if (given != n) {
            throw ip.errors.typeError("expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + given);
        }
    }

    /**
     * {@code find}, {@code rfind}, {@code index}, {@code rindex}, {@code count}, {@code startswith} and
     * {@code endswith} of {@code type} take a substring and an optional start and end: 3.11 and 3.12 parse them
     * with {@code PyArg_ParseTuple} ("find() takes at least 1 argument (0 given)"), 3.13 with Argument Clinic
     * ("find expected at least 1 argument, got 0").
     */
    public static void substringSearch(Interpreter ip, String type, String name, PyObject[] args, String[] kwnames) {
        int given = NativeTable.positionalCount(args, kwnames);
        if (kwnames != null && kwnames.length > 0) {
            throw ip.errors.typeError(type + "." + name + "() takes no keyword arguments");
        }
        boolean takesGiven = ip.rt.version.substringSearchArityTakesGiven();
        if (given < 1) {
            throw ip.errors.typeError(takesGiven ? name + "() takes at least 1 argument (0 given)"
                    : name + " expected at least 1 argument, got 0");
        }
        if (given > 3) {
            throw ip.errors.typeError(takesGiven ? name + "() takes at most 3 arguments (" + given + " given)"
                    : name + " expected at most 3 arguments, got " + given);
        }
    }
}
