package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.types.PyFunction;

/**
 * The call CPython 3.11+ specialises as {@code CALL_PY_EXACT_ARGS} (Python/bytecodes.c): a plain Python function
 * given exactly its positional parameters, no keywords. The arguments' stack references move straight into the
 * new frame's first slots, as {@code _PyEvalFramePushAndInit} does, without the argument array and the binding
 * rules of {@link ArgumentBinder}. Reference counts are the general path's: every argument is moved, the function
 * is released after the frame returns, and the caller pops its slots before the callee runs.
 */
final class ExactArgsCall {
    private ExactArgsCall() {
    }

    /**
     * Whether {@code callable} is a function whose frame takes {@code nargs} positional arguments and nothing else:
     * no {@code *args} or {@code **kwargs}, no keyword-only parameters, no cells or free variables to set up, and
     * not a generator (whose frame is suspended in a generator object instead of run).
     */
    static boolean accepts(PyObject callable, int nargs) {
        if (!(callable instanceof PyFunction fn)) {
            return false;
        }
        Code code = fn.code;
        return code.argCount == nargs && code.kwOnlyCount == 0
                && (code.flags & (Code.FLAG_VARARGS | Code.FLAG_VARKEYWORDS)) == 0 && !code.isGenerator()
                && code.cellvars.length == 0 && code.freevars.length == 0;
    }

    /**
     * Runs {@code fn} (borrowed) with {@code args}: moved into the frame when {@code moveArgs}, else new references,
     * the caller keeping its own (a call from C code). For {@link Calls#invoke} once {@link #accepts} said yes.
     */
    static PyObject invoke(Interpreter ip, PyFunction fn, PyObject[] args, boolean moveArgs) {
        Frame frame = new Frame(fn.code, fn, fn.globals, ip.builtins, null);
        PyObject[] fast = frame.fast;
        for (int i = 0; i < args.length; i++) {
            fast[i] = moveArgs ? args[i] : args[i].newRef();
        }
        return ip.execute(frame);
    }

    /**
     * Runs the function below the top {@code nargs} values of the caller's stack with those values as its
     * arguments (a bound method's {@code self} is the first of them): the arguments move into the new frame, the
     * function is popped and released once the frame returns. Returns the result, owned.
     */
    static PyObject call(Interpreter ip, Frame caller, int nargs) {
        PyObject[] stack = caller.stack;
        int base = caller.sp - nargs;
        PyFunction fn = (PyFunction) stack[base - 1];
        Frame frame = new Frame(fn.code, fn, fn.globals, ip.builtins, null);
        System.arraycopy(stack, base, frame.fast, 0, nargs);
        java.util.Arrays.fill(stack, base - 1, base + nargs, null);
        caller.sp = base - 1;
        try {
            return ip.execute(frame);
        } finally {
            ip.rt.decref(fn);
        }
    }
}
