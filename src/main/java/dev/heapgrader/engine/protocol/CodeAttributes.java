package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyObject;

/**
 * The read-only members of a code object that describe its signature and scopes (Objects/codeobject.c
 * {@code code_memberlist} and {@code code_getsetlist}): names, argument counts, {@code co_varnames},
 * {@code co_cellvars}, {@code co_freevars}, {@code co_names} and {@code co_flags}. A closure is explained with
 * them ({@code fn.__code__.co_freevars} beside {@code fn.__closure__}). Not here: {@code co_consts},
 * {@code co_stacksize} and the bytecode, which describe CPython's compiler rather than the program.
 */
final class CodeAttributes {
    /** Include/cpython/code.h: {@code CO_OPTIMIZED | CO_NEWLOCALS}, set for every function's code. */
    private static final int OPTIMIZED_NEWLOCALS = 0x03;
    /** {@code CO_NESTED}: the function is defined inside another function. */
    private static final int NESTED = 0x10;
    /** {@code CO_GENERATOR}. */
    private static final int GENERATOR = 0x20;

    private CodeAttributes() {
    }

    /** A new reference to the member, or null when {@code name} is not one of them. */
    static PyObject find(InterpreterState rt, Code code, String name) {
        return switch (name) {
            case "co_name" -> rt.constantStr(code.name);
            case "co_qualname" -> rt.constantStr(code.qualname);
            case "co_filename" -> rt.newStr(code.filename);
            case "co_firstlineno" -> rt.newInt(code.firstLine);
            case "co_argcount" -> rt.newInt(code.argCount);
            case "co_posonlyargcount" -> rt.newInt(code.posOnlyCount);
            case "co_kwonlyargcount" -> rt.newInt(code.kwOnlyCount);
            case "co_nlocals" -> rt.newInt(code.varnames.length);
            case "co_varnames" -> names(rt, code.varnames);
            case "co_cellvars" -> names(rt, code.cellvars);
            case "co_freevars" -> names(rt, code.freevars);
            case "co_names" -> names(rt, code.names);
            case "co_flags" -> rt.newInt(flags(code));
            default -> null;
        };
    }

    /**
     * {@code co_flags} of a function's code, from what the compiler knows: optimized locals, {@code *args},
     * {@code **kwargs}, nested in a function (its qualified name passes through {@code <locals>}), generator.
     */
    private static int flags(Code code) {
        int flags = code.isFunction() ? OPTIMIZED_NEWLOCALS : 0;
        flags |= code.flags & (Code.FLAG_VARARGS | Code.FLAG_VARKEYWORDS);
        if (code.qualname.contains("<locals>")) {
            flags |= NESTED;
        }
        if (code.isGenerator()) {
            flags |= GENERATOR;
        }
        return flags;
    }

    private static PyObject names(InterpreterState rt, String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = rt.constantStr(names[i]);
        }
        return rt.newTuple(items);
    }
}
