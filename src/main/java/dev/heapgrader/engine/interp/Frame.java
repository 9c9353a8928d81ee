package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.types.PyFrameObject;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyGenerator;

/**
 * One activation: the fast locals ({@code localsplus}: variables, cells, free variables), the operand stack, the
 * program counter and the block stack of active {@code try}/{@code with} handlers. Every slot that is non-null
 * owns one reference, exactly as CPython's {@code _PyInterpreterFrame} does.
 */
public final class Frame {
    public final Code code;
    final PyFunction function;
    public final PyDict globals;
    public final PyDict builtins;
    /** The namespace of a module or class body; null for functions. */
    public final PyDict locals;
    public final PyObject[] fast;
    public final PyObject[] stack;
    public int sp;
    int pc;
    /** Handlers and stack levels of the active blocks; allocated by the first {@code try} or {@code with}. */
    int[] blockHandler;
    int[] blockLevel;
    int blocks;
    Frame back;
    /** The generator running this frame, if any. */
    PyGenerator generator;
    public boolean finished;
    /** The frame object made for this frame by a traceback (owned), or null ({@code _PyInterpreterFrame.frame_obj}). */
    PyFrameObject frameObject;
    /** An exception to raise at the resume point ({@code generator.throw}), consumed on entry. */
    PyException pendingThrow;

    Frame(Code code, PyFunction function, PyDict globals, PyDict builtins, PyDict locals) {
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.fast = new PyObject[code.nlocalsplus()];
        this.stack = new PyObject[code.stackSize + 8];
    }

    /** The frame object a traceback or {@code gi_frame} made for this frame, or null. */
    public PyFrameObject frameObject() {
        return frameObject;
    }

    public int line() {
        int i = Math.max(0, Math.min(pc - 1, code.lines.length - 1));
        return code.lines.length == 0 ? code.firstLine : code.lines[i];
    }

    public void push(PyObject o) {
        stack[sp++] = o;
    }

    public PyObject pop() {
        PyObject o = stack[--sp];
        stack[sp] = null;
        return o;
    }

    public PyObject top() {
        return stack[sp - 1];
    }

    PyObject peek(int n) {
        return stack[sp - n];
    }

    void pushBlock(int handler, int level) {
        if (blockHandler == null) {
            blockHandler = new int[8];
            blockLevel = new int[8];
        } else if (blocks == blockHandler.length) {
            blockHandler = java.util.Arrays.copyOf(blockHandler, blocks * 2);
            blockLevel = java.util.Arrays.copyOf(blockLevel, blocks * 2);
        }
        blockHandler[blocks] = handler;
        blockLevel[blocks] = level;
        blocks++;
    }
}
