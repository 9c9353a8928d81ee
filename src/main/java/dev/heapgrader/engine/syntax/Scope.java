package dev.heapgrader.engine.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scope of the program (module, class body, function, lambda or comprehension) after name resolution, as
 * CPython's symtable computes it: how each name is reached, and the slot layout of a function's fast locals
 * (parameters first, then other locals in order of first binding), cell variables and free variables.
 */
public final class Scope {
    /** The kinds of scopes, as CPython's {@code _Py_block_ty}. */
    public enum Kind { MODULE, CLASS, FUNCTION }

    /** How a name is reached from this scope. */
    public enum Access { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAME }

    private final Kind kind;
    private final String name;
    private final Scope parent;
    /** The class whose private names ({@code __x}) this scope mangles: its own name for a class body, else inherited. */
    private final String privateName;
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    final Map<String, Access> access = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<String> cellvars = new ArrayList<>();
    final List<String> freevars = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    boolean generator;
    boolean needsClassCell;
    boolean comprehension;

    static final int DEF_LOCAL = 1;
    static final int DEF_PARAM = 2;
    static final int DEF_GLOBAL = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE_CHILD = 32;

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.privateName = kind == Kind.CLASS ? name : parent == null ? null : parent.privateName;
    }

    /**
     * {@code _Py_Mangle}: inside a class, {@code __x} (not ending in two underscores, no dot) becomes
     * {@code _Class__x}, the class name without its leading underscores; a class named only with underscores
     * mangles nothing. Idempotent, so a name may be mangled more than once.
     */
    public String mangle(String id) {
        return mangle(privateName, id);
    }

    /** {@code _Py_Mangle} of {@code id} inside the class named {@code privateName} (null: outside any class). */
    public static String mangle(String privateName, String id) {
        if (privateName == null || !id.startsWith("__") || id.endsWith("__") || id.indexOf('.') >= 0) {
            return id;
        }
        int start = 0;
        while (start < privateName.length() && privateName.charAt(start) == '_') {
            start++;
        }
        return start == privateName.length() ? id : "_" + privateName.substring(start) + id;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Scope parent() {
        return parent;
    }

    /** How {@code id} is reached here; names never seen are implicit globals (or dict lookups outside functions). */
    public Access accessOf(String id) {
        Access a = access.get(mangle(id));
        if (a != null) {
            return a;
        }
        return kind == Kind.FUNCTION ? Access.GLOBAL_IMPLICIT : Access.NAME;
    }

    public List<String> varnames() {
        return varnames;
    }

    public List<String> cellvars() {
        return cellvars;
    }

    public List<String> freevars() {
        return freevars;
    }

    public boolean isGenerator() {
        return generator;
    }

    /** A class body whose methods use {@code super()} or {@code __class__}: it gets a {@code __class__} cell. */
    public boolean needsClassCell() {
        return needsClassCell;
    }

    public boolean isComprehension() {
        return comprehension;
    }

    boolean binds(String id) {
        Integer f = flags.get(mangle(id));
        return f != null && (f & (DEF_LOCAL | DEF_PARAM)) != 0 && (f & (DEF_GLOBAL | DEF_NONLOCAL)) == 0;
    }

    void mark(String id, int flag) {
        flags.merge(mangle(id), flag, (a, b) -> a | b);
    }

    int flagsOf(String id) {
        return flags.getOrDefault(mangle(id), 0);
    }
}
