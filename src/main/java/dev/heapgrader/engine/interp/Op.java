package dev.heapgrader.engine.interp;

/**
 * The engine's opcodes. Each instruction is two ints, opcode and argument. Names follow CPython's bytecode where
 * the meaning is the same, so that refcount rules read from Python/bytecodes.c carry over one to one.
 */
final class Op {
    private Op() {
    }

    static final int NOP = 0;
    static final int POP_TOP = 1;
    /** Push a new reference to the item {@code arg} places from the top (1 = top). */
    static final int COPY = 2;
    /** Swap the top with the item {@code arg} places from the top. */
    static final int SWAP = 3;
    static final int LOAD_CONST = 4;
    static final int LOAD_FAST = 5;
    static final int STORE_FAST = 6;
    static final int DELETE_FAST = 7;
    static final int LOAD_DEREF = 8;
    static final int STORE_DEREF = 9;
    static final int DELETE_DEREF = 10;
    /** Push the cell object itself (for building closures). */
    static final int LOAD_CLOSURE = 11;
    static final int LOAD_GLOBAL = 12;
    static final int STORE_GLOBAL = 13;
    static final int DELETE_GLOBAL = 14;
    static final int LOAD_NAME = 15;
    static final int STORE_NAME = 16;
    static final int DELETE_NAME = 17;
    static final int LOAD_ATTR = 18;
    static final int STORE_ATTR = 19;
    static final int DELETE_ATTR = 20;
    /** Push [function, self] for a method found on the type, else [null, attribute]. */
    static final int LOAD_METHOD = 21;
    /** Call with {@code arg} positional arguments under [callable-or-null, self-or-callable]. */
    static final int CALL_METHOD = 22;
    /** Call with {@code arg} positional arguments under a callable. */
    static final int CALL = 23;
    /** Like CALL, the top is a const tuple of keyword names for the last arguments. */
    static final int CALL_KW = 24;
    /** [callable, args tuple, kwargs dict or null (arg bit 1)]. */
    static final int CALL_EX = 25;
    static final int BINARY_OP = 26;
    static final int INPLACE_OP = 27;
    static final int UNARY_OP = 28;
    static final int COMPARE_OP = 29;
    /** {@code is} (arg 0) / {@code is not} (arg 1). */
    static final int IS_OP = 30;
    /** {@code in} (arg 0) / {@code not in} (arg 1). */
    static final int CONTAINS_OP = 31;
    static final int BINARY_SUBSCR = 32;
    static final int STORE_SUBSCR = 33;
    static final int DELETE_SUBSCR = 34;
    static final int BUILD_SLICE = 35;
    static final int BUILD_TUPLE = 36;
    static final int BUILD_LIST = 37;
    static final int BUILD_SET = 38;
    static final int BUILD_MAP = 39;
    static final int BUILD_CONST_KEY_MAP = 40;
    static final int LIST_APPEND = 41;
    static final int SET_ADD = 42;
    static final int MAP_ADD = 43;
    static final int LIST_EXTEND = 44;
    static final int SET_UPDATE = 45;
    static final int DICT_UPDATE = 46;
    static final int LIST_TO_TUPLE = 47;
    static final int BUILD_STRING = 48;
    /** arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a format spec is on the stack. */
    static final int FORMAT_VALUE = 49;
    static final int UNPACK_SEQUENCE = 50;
    /** arg: count before the star | count after the star << 8. */
    static final int UNPACK_EX = 51;
    static final int JUMP = 52;
    static final int POP_JUMP_IF_FALSE = 53;
    static final int POP_JUMP_IF_TRUE = 54;
    static final int JUMP_IF_FALSE_OR_POP = 55;
    static final int JUMP_IF_TRUE_OR_POP = 56;
    static final int GET_ITER = 57;
    /** Push the next item, or pop the iterator and jump to {@code arg} when exhausted. */
    static final int FOR_ITER = 58;
    static final int RETURN_VALUE = 59;
    static final int YIELD_VALUE = 60;
    static final int GET_YIELD_FROM_ITER = 61;
    /** [iterator, value to send] -> delegate until it finishes, leaving its return value. */
    static final int YIELD_FROM = 62;
    /** arg bits: 1 defaults tuple, 2 kwdefaults dict, 4 annotations, 8 closure tuple; top is the code. */
    static final int MAKE_FUNCTION = 63;
    /** [body function, name, bases tuple, kwargs dict] -> the class (arg 1 when kwargs present). */
    static final int BUILD_CLASS = 64;
    /** Push a block: on an exception, unwind the stack to the current depth, push the exception, jump. */
    static final int SETUP_FINALLY = 65;
    static final int POP_BLOCK = 66;
    /** [exc] -> [previous handled exception, exc]; exc becomes the handled exception. */
    static final int PUSH_EXC_INFO = 67;
    /** [previous] -> []: restore the previously handled exception. */
    static final int POP_EXCEPT = 68;
    /** Re-raise the exception on top (arg 0) or the handled exception (arg 1). */
    static final int RERAISE = 69;
    /** raise (arg 0: re-raise current, 1: exc, 2: exc from cause). */
    static final int RAISE = 70;
    /** [exc, type] -> [exc, bool]. */
    static final int CHECK_EXC_MATCH = 71;
    /** [ctx] -> [bound __exit__, result of __enter__()]. */
    static final int BEFORE_WITH = 72;
    /** [exit, prev, exc] -> [exit, prev, exc, result of exit(type, exc, tb)]. */
    static final int WITH_EXCEPT_START = 73;
    static final int IMPORT_NAME = 74;
    static final int IMPORT_FROM = 75;
    static final int LOAD_ASSERTION_ERROR = 76;
    /** Push {@code locals()} of a class body for {@code __classcell__} etc. (unused placeholder-free). */
    static final int LOAD_LOCALS = 77;
    /** Marks the start of a source line (arg = line); records trace events and counts steps. */
    static final int LINE = 78;
    /** [module] -> [module]: {@code from m import *} copies the module's public names into the namespace. */
    static final int IMPORT_STAR = 79;
    static final int RETURN_GENERATOR = 80;
    static final int LOAD_BUILTIN = 81;
    static final int SETUP_ANNOTATIONS = 82;
    /** [value] -> [] with a check: pops and discards, used after a generator's implicit None. */
    static final int END_FOR = 83;
    /** [callable, args, dict, mapping] -> [callable, args, dict]: merge keyword arguments, refusing duplicates. */
    static final int DICT_MERGE_KW = 86;
    /** Like SETUP_FINALLY, but the handler keeps one item less: [prev] of [prev, exc] stays below the exception. */
    static final int SETUP_CLEANUP = 85;
    /** Convert the top to bool ({@code not}). */
    static final int UNARY_NOT = 84;
}
