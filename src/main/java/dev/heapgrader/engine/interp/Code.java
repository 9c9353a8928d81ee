package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * A compiled code object: the instructions, the constants it holds references to (as CPython's {@code co_consts}
 * does, which is why main-script literals show extra references), names, and the layout of its fast locals:
 * {@code varnames}, then cell variables, then free variables ({@code localsplus}).
 */
public final class Code extends PyObject {
    static final int FLAG_VARARGS = 0x04;
    static final int FLAG_VARKEYWORDS = 0x08;
    static final int FLAG_GENERATOR = 0x20;
    static final int FLAG_COMPREHENSION_INLINED = 0x1000;

    final String name;
    final String qualname;
    final String filename;
    final int firstLine;
    final int[] code;
    final int[] lines;
    /** The syntax node of each instruction, for the traceback's position markers. */
    final Object[] nodes;
    /** The statement of each instruction. */
    final Object[] statements;
    final PyObject[] consts;
    final String[] names;
    final String[] varnames;
    final String[] cellvars;
    final String[] freevars;
    /** For each cell variable, the index of the argument it is initialised from, or -1. */
    final int[] cellFromArg;
    final int argCount;
    final int posOnlyCount;
    final int kwOnlyCount;
    final int flags;
    final int stackSize;
    /** Frame slots of comprehensions CPython 3.12+ inline into this code (PEP 709); only sizes read it. */
    final String[] hiddenLocals;
    /** Whether names are looked up in a dict of locals (module and class bodies) rather than fast slots. */
    final boolean usesNameLookups;
    final boolean hasDocstring;

    Code(PyType type, Builder b) {
        super(type);
        this.name = b.name;
        this.qualname = b.qualname;
        this.filename = b.filename;
        this.firstLine = b.firstLine;
        this.code = b.code;
        this.lines = b.lines;
        this.nodes = b.nodes == null ? new Object[b.lines.length] : b.nodes;
        this.statements = b.statements == null ? new Object[b.lines.length] : b.statements;
        this.consts = b.consts;
        this.names = b.names;
        this.varnames = b.varnames;
        this.cellvars = b.cellvars;
        this.freevars = b.freevars;
        this.cellFromArg = b.cellFromArg;
        this.argCount = b.argCount;
        this.posOnlyCount = b.posOnlyCount;
        this.kwOnlyCount = b.kwOnlyCount;
        this.flags = b.flags;
        this.stackSize = b.stackSize;
        this.hiddenLocals = b.hiddenLocals;
        this.usesNameLookups = b.usesNameLookups;
        this.hasDocstring = b.hasDocstring;
    }

    /** Slots in the frame: locals, cells and free variables ({@code co_nlocalsplus}). */
    int nlocalsplus() {
        return varnames.length + cellvars.length + freevars.length;
    }

    /**
     * CPython's {@code co_nlocalsplus}: since 3.11 a local that is also a cell shares one slot (Objects/codeobject.c
     * {@code _PyCode_Validate}, kinds CO_FAST_LOCAL|CO_FAST_CELL), plus the slots of comprehensions 3.12+ inline.
     */
    int cpythonNlocalsplus() {
        int shared = 0;
        for (int fromArg : cellFromArg) {
            if (fromArg >= 0) {
                shared++;
            }
        }
        return nlocalsplus() - shared + hiddenLocals.length;
    }

    boolean isGenerator() {
        return (flags & FLAG_GENERATOR) != 0;
    }

    /** Mutable fields the compiler fills before freezing them into a Code. */
    static final class Builder {
        String name;
        String qualname;
        String filename;
        int firstLine;
        int[] code;
        int[] lines;
        Object[] nodes;
        Object[] statements;
        PyObject[] consts;
        String[] names;
        String[] varnames;
        String[] cellvars;
        String[] freevars;
        int[] cellFromArg;
        int argCount;
        int posOnlyCount;
        int kwOnlyCount;
        int flags;
        int stackSize;
        String[] hiddenLocals = new String[0];
        boolean usesNameLookups;
        boolean hasDocstring;
    }

    @Override
    public void traverse(Visitor visitor) {
        for (PyObject c : consts) {
            visitor.visit(c);
        }
    }

    @Override
    public void clearReferences(Releaser release) {
        for (int i = 0; i < consts.length; i++) {
            PyObject c = consts[i];
            consts[i] = null;
            if (c != null) {
                release.release(c);
            }
        }
    }
}
