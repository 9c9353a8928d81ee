package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * A compiled code object: the instructions, the constants it holds references to (as CPython's {@code co_consts}
 * does, which is why main-script literals show extra references), names, and the layout of its fast locals:
 * {@code varnames}, then cell variables, then free variables ({@code localsplus}).
 */
public final class Code extends PyObject {
    public static final int FLAG_VARARGS = 0x04;
    public static final int FLAG_VARKEYWORDS = 0x08;
    static final int FLAG_GENERATOR = 0x20;
    static final int FLAG_COMPREHENSION_INLINED = 0x1000;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLine;
    public final int[] code;
    public final int[] lines;
    /** The syntax node of each instruction, for the traceback's position markers. */
    public final Object[] nodes;
    /** The statement of each instruction. */
    public final Object[] statements;
    public final PyObject[] consts;
    public final String[] names;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    /** For each cell variable, the index of the argument it is initialised from, or -1. */
    public final int[] cellFromArg;
    public final int argCount;
    public final int posOnlyCount;
    public final int kwOnlyCount;
    public final int flags;
    public final int stackSize;
    /** Frame slots of comprehensions CPython 3.12+ inline into this code (PEP 709); only sizes read it. */
    final String[] hiddenLocals;
    /** Whether names are looked up in a dict of locals (module and class bodies) rather than fast slots. */
    final boolean usesNameLookups;
    public final boolean hasDocstring;
    /**
     * The {@code co_consts} tuple, merged with equal constants of the file (see ConstantMerging), which owns the
     * references to the constants; null when {@link #consts} owns them itself.
     */
    private PyObject constsTuple;
    /**
     * LOAD_GLOBAL's cache, one entry per name, kept by the interpreter (the inline cache behind CPython's
     * {@code LOAD_GLOBAL_MODULE} and {@code LOAD_GLOBAL_BUILTIN}): the value found, borrowed, and the namespace
     * epoch at which it was found.
     */
    public final PyObject[] globalValues;
    public final long[] globalEpochs;
    /**
     * LOAD_NAME's and STORE_NAME's hint, one per name: the entry of the local namespace where the name was last
     * found. A hint is only a guess, checked against the entry's key before use, so it never needs invalidating.
     */
    public final int[] nameEntries;

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
        this.constsTuple = b.constsTuple;
        this.globalValues = new PyObject[b.names.length];
        this.globalEpochs = new long[b.names.length];
        java.util.Arrays.fill(globalEpochs, -1);
        this.nameEntries = new int[b.names.length];
    }

    /** Slots in the frame: locals, cells and free variables ({@code co_nlocalsplus}). */
    public int nlocalsplus() {
        return varnames.length + cellvars.length + freevars.length;
    }

    /**
     * CPython's {@code co_nlocalsplus}: since 3.11 a local that is also a cell shares one slot (Objects/codeobject.c
     * {@code _PyCode_Validate}, kinds CO_FAST_LOCAL|CO_FAST_CELL), plus the slots of comprehensions 3.12+ inline.
     */
    public int cpythonNlocalsplus() {
        int shared = 0;
        for (int fromArg : cellFromArg) {
            if (fromArg >= 0) {
                shared++;
            }
        }
        return nlocalsplus() - shared + hiddenLocals.length;
    }

    /** A function's code (fast locals), not a module's or a class body's (names looked up in a dict). */
    public boolean isFunction() {
        return !usesNameLookups;
    }

    public boolean isGenerator() {
        return (flags & FLAG_GENERATOR) != 0;
    }

    /** Mutable fields the compiler fills before freezing them into a Code. */
    static final class Builder {
        public String name;
        public String qualname;
        public String filename;
        public int firstLine;
        public int[] code;
        public int[] lines;
        public Object[] nodes;
        public Object[] statements;
        public PyObject[] consts;
        public String[] names;
        public String[] varnames;
        public String[] cellvars;
        public String[] freevars;
        public int[] cellFromArg;
        public int argCount;
        public int posOnlyCount;
        public int kwOnlyCount;
        public int flags;
        public int stackSize;
        String[] hiddenLocals = new String[0];
        boolean usesNameLookups;
        public boolean hasDocstring;
        PyObject constsTuple;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (constsTuple != null) {
            visitor.visit(constsTuple);
            return;
        }
        for (PyObject c : consts) {
            visitor.visit(c);
        }
    }

    @Override
    public void clearReferences(Releaser release) {
        for (int i = 0; i < consts.length && constsTuple == null; i++) {
            PyObject c = consts[i];
            consts[i] = null;
            if (c != null) {
                release.release(c);
            }
        }
        PyObject t = constsTuple;
        constsTuple = null;
        if (t != null) {
            release.release(t);
        }
    }
}
