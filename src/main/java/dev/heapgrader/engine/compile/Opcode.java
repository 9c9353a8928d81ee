package dev.heapgrader.engine.compile;

/**
 * The engine's opcodes. Each instruction is two ints, opcode and argument. Names follow CPython's bytecode where
 * the meaning is the same, so that refcount rules read from Python/bytecodes.c carry over one to one.
 *
 * <p>Each constant documents its stack effect as Python/bytecodes.c does, {@code (inputs -- outputs)} with the top
 * of the stack on the right; values popped are released (their references consumed) unless the text says they
 * stay. {@code names[arg]} is the code object's name table, {@code consts[arg]} its constants.
 */
public final class Opcode {
    private Opcode() {
    }

    /** {@code ( -- )} nothing. */
    public static final int NOP = 0;
    /** {@code (value -- )} releases the top. */
    public static final int POP_TOP = 1;
    /** {@code (item, ... -- item, ..., item)}: a new reference to the item {@code arg} places from the top. */
    public static final int COPY = 2;
    /** {@code (bottom, ..., top -- top, ..., bottom)}: swaps the top with the item {@code arg} places down. */
    public static final int SWAP = 3;
    /** {@code ( -- value)}: a new reference to {@code consts[arg]}. */
    public static final int LOAD_CONST = 4;
    /** {@code ( -- value)}: fast local {@code arg}; UnboundLocalError when unbound. */
    public static final int LOAD_FAST = 5;
    /** {@code (value -- )}: into fast local {@code arg}, releasing what it held. */
    public static final int STORE_FAST = 6;
    /** {@code ( -- )}: unbinds fast local {@code arg}. */
    public static final int DELETE_FAST = 7;
    /** {@code ( -- value)}: the content of cell {@code arg}. */
    public static final int LOAD_DEREF = 8;
    /** {@code (value -- )}: into cell {@code arg}. */
    public static final int STORE_DEREF = 9;
    /** {@code ( -- )}: empties cell {@code arg}. */
    public static final int DELETE_DEREF = 10;
    /** {@code ( -- cell)}: the cell object itself, for building closures. */
    public static final int LOAD_CLOSURE = 11;
    /** {@code ( -- value)}: {@code names[arg]} from the globals, then the builtins. */
    public static final int LOAD_GLOBAL = 12;
    /** {@code (value -- )}: into the globals as {@code names[arg]}. */
    public static final int STORE_GLOBAL = 13;
    /** {@code ( -- )}: removes {@code names[arg]} from the globals. */
    public static final int DELETE_GLOBAL = 14;
    /** {@code ( -- value)}: {@code names[arg]} from the locals mapping, the globals, then the builtins. */
    public static final int LOAD_NAME = 15;
    /** {@code (value -- )}: into the locals mapping (a module or class namespace). */
    public static final int STORE_NAME = 16;
    /** {@code ( -- )}: removes {@code names[arg]} from the locals mapping. */
    public static final int DELETE_NAME = 17;
    /** {@code (owner -- attribute)}: {@code owner.names[arg]}. */
    public static final int LOAD_ATTR = 18;
    /** {@code (value, owner -- )}: {@code owner.names[arg] = value}. */
    public static final int STORE_ATTR = 19;
    /** {@code (owner -- )}: {@code del owner.names[arg]}. */
    public static final int DELETE_ATTR = 20;
    /**
     * {@code (owner -- method, self)} when {@code names[arg]} is a method found on the type (the bound method is
     * never made), else {@code (owner -- null, attribute)}.
     */
    public static final int LOAD_METHOD = 21;
    /**
     * {@code (method-or-null, self-or-callable, args[arg & 0xffff], [kwnames] -- result)}: calls after LOAD_METHOD;
     * when {@code arg >> 16} is set, a constant tuple of keyword names is on top and names the last arguments.
     */
    public static final int CALL_METHOD = 22;
    /** {@code (callable, args[arg & 0xffff], [kwnames] -- result)}: as CALL_METHOD without the method slot. */
    public static final int CALL = 23;
    /** {@code (callable, args tuple, [kwargs dict] -- result)}: {@code f(*a, **k)}; the dict when {@code arg & 1}. */
    public static final int CALL_EX = 25;
    /** {@code (left, right -- result)}: the binary operator {@code BinaryOperator.values()[arg]}. */
    public static final int BINARY_OP = 26;
    /** {@code (left, right -- result)}: the in-place form ({@code +=}) of operator {@code arg}. */
    public static final int INPLACE_OP = 27;
    /** {@code (value -- result)}: the unary operator {@code UnaryOperator.values()[arg]}. */
    public static final int UNARY_OP = 28;
    /** {@code (left, right -- result)}: the rich comparison {@code CompareOperator.values()[arg]}. */
    public static final int COMPARE_OP = 29;
    /** {@code (left, right -- bool)}: {@code is} (arg 0) or {@code is not} (arg 1). */
    public static final int IS_OP = 30;
    /** {@code (item, container -- bool)}: {@code in} (arg 0) or {@code not in} (arg 1). */
    public static final int CONTAINS_OP = 31;
    /** {@code (container, key -- item)}: {@code container[key]}. */
    public static final int BINARY_SUBSCR = 32;
    /** {@code (value, container, key -- )}: {@code container[key] = value}. */
    public static final int STORE_SUBSCR = 33;
    /** {@code (container, key -- )}: {@code del container[key]}. */
    public static final int DELETE_SUBSCR = 34;
    /** {@code (start, stop, [step] -- slice)}: the step is there when {@code arg} is 3. */
    public static final int BUILD_SLICE = 35;
    /** {@code (items[arg] -- tuple)}: the items' references move into the tuple. */
    public static final int BUILD_TUPLE = 36;
    /** {@code (items[arg] -- list)}: the items' references move into the list. */
    public static final int BUILD_LIST = 37;
    /** {@code (items[arg] -- set)}. */
    public static final int BUILD_SET = 38;
    /** {@code (key, value, ... [arg pairs] -- dict)}. */
    public static final int BUILD_MAP = 39;
    /** {@code (values[arg], keys tuple -- dict)}: a dict display whose keys are constants. */
    public static final int BUILD_CONST_KEY_MAP = 40;
    /** {@code (list, ..., item -- list, ...)}: appends to the list {@code arg} places below (comprehensions). */
    public static final int LIST_APPEND = 41;
    /** {@code (set, ..., item -- set, ...)}: adds to the set {@code arg} places below. */
    public static final int SET_ADD = 42;
    /** {@code (dict, ..., key, value -- dict, ...)}: stores into the dict {@code arg} places below. */
    public static final int MAP_ADD = 43;
    /** {@code (list, ..., iterable -- list, ...)}: extends the list {@code arg} places below ({@code [*a]}). */
    public static final int LIST_EXTEND = 44;
    /** {@code (set, ..., iterable -- set, ...)}: updates the set {@code arg} places below ({@code {*a}}). */
    public static final int SET_UPDATE = 45;
    /** {@code (dict, ..., mapping -- dict, ...)}: updates the dict {@code arg} places below ({@code {**m}}). */
    public static final int DICT_UPDATE = 46;
    /** {@code (list -- tuple)}: the tuple holds new references to the list's items. */
    public static final int LIST_TO_TUPLE = 47;
    /** {@code (pieces[arg] -- str)}: concatenates an f-string's pieces. */
    public static final int BUILD_STRING = 48;
    /**
     * {@code (value, [spec] -- str)}: formats an f-string field; {@code arg & 3} is the conversion (0 none, 1 str,
     * 2 repr, 3 ascii) and {@code arg & 4} says a format spec is on top.
     */
    public static final int FORMAT_VALUE = 49;
    /** {@code (sequence -- items[arg])}: unpacks exactly {@code arg} items, the first on top. */
    public static final int UNPACK_SEQUENCE = 50;
    /**
     * {@code (sequence -- after..., list, before...)}: a starred unpacking with {@code arg & 0xff} targets before
     * the star and {@code arg >> 8} after it.
     */
    public static final int UNPACK_EX = 51;
    /** {@code ( -- )}: jumps to {@code arg}. */
    public static final int JUMP = 52;
    /** {@code (cond -- )}: jumps to {@code arg} when {@code cond} is false. */
    public static final int POP_JUMP_IF_FALSE = 53;
    /** {@code (cond -- )}: jumps to {@code arg} when {@code cond} is true. */
    public static final int POP_JUMP_IF_TRUE = 54;
    /** {@code (cond -- cond)} and jump to {@code arg} when false, else {@code (cond -- )} ({@code and}). */
    public static final int JUMP_IF_FALSE_OR_POP = 55;
    /** {@code (cond -- cond)} and jump to {@code arg} when true, else {@code (cond -- )} ({@code or}). */
    public static final int JUMP_IF_TRUE_OR_POP = 56;
    /** {@code (iterable -- iterator)}. */
    public static final int GET_ITER = 57;
    /** {@code (iterator -- iterator, next)}, or {@code (iterator -- )} and a jump to {@code arg} when exhausted. */
    public static final int FOR_ITER = 58;
    /** {@code (value -- )}: returns the value to the caller and clears the frame. */
    public static final int RETURN_VALUE = 59;
    /** {@code (value -- )}: suspends the generator, handing the value to its caller; a resume pushes the sent value. */
    public static final int YIELD_VALUE = 60;
    /** {@code (iterable -- iterator)}: a generator stays itself; anything else goes through {@code iter()}. */
    public static final int GET_YIELD_FROM_ITER = 61;
    /** {@code (iterator, sent -- result)}: delegates ({@code yield from}) until the iterator finishes. */
    public static final int YIELD_FROM = 62;
    /**
     * {@code ([defaults], [kwdefaults], [closure], code -- function)}: {@code arg} bits 1, 2 and 8 say which of
     * the optional parts are on the stack.
     */
    public static final int MAKE_FUNCTION = 63;
    /** {@code (body function, name, bases tuple, [kwargs dict] -- class)}: kwargs when {@code arg} is 1. */
    public static final int BUILD_CLASS = 64;
    /** {@code ( -- )}: pushes a handler at {@code arg}; an exception unwinds the stack to this depth and is pushed. */
    public static final int SETUP_FINALLY = 65;
    /** {@code ( -- )}: pops the innermost handler. */
    public static final int POP_BLOCK = 66;
    /** {@code (exc -- previous, exc)}: {@code exc} becomes the handled exception; the previous one is kept below. */
    public static final int PUSH_EXC_INFO = 67;
    /** {@code (previous -- )}: restores the previously handled exception. */
    public static final int POP_EXCEPT = 68;
    /** {@code (exc -- )}: raises {@code exc} again without a new traceback entry. */
    public static final int RERAISE = 69;
    /** {@code ([exc], [cause] -- )}: {@code raise} (arg 0), {@code raise exc} (1), {@code raise exc from cause} (2). */
    public static final int RAISE = 70;
    /** {@code (exc, type -- exc, bool)}: whether {@code exc} matches the {@code except} clause's type. */
    public static final int CHECK_EXC_MATCH = 71;
    /** {@code (manager -- bound __exit__, result of __enter__())}. */
    public static final int BEFORE_WITH = 72;
    /** {@code (exit, previous, exc -- exit, previous, exc, result)}: calls {@code exit(type, exc, traceback)}. */
    public static final int WITH_EXCEPT_START = 73;
    /** {@code ( -- module)}: imports {@code names[arg]}. */
    public static final int IMPORT_NAME = 74;
    /** {@code (module -- module, attribute)}: {@code from module import names[arg]}. */
    public static final int IMPORT_FROM = 75;
    /** {@code ( -- AssertionError)}: the builtin type, for {@code assert}. */
    public static final int LOAD_ASSERTION_ERROR = 76;
    /** {@code ( -- )}: marks the start of source line {@code arg}; counts a step and records trace events. */
    public static final int LINE = 78;
    /** {@code (module -- module)}: {@code from m import *} copies the module's public names into the namespace. */
    public static final int IMPORT_STAR = 79;
    /** {@code ( -- )}: makes {@code __annotations__} in the namespace if it is missing. */
    public static final int SETUP_ANNOTATIONS = 82;
    /** {@code (value -- bool)}: {@code not value}. */
    public static final int UNARY_NOT = 84;
    /** {@code ( -- )}: as SETUP_FINALLY, but the handler keeps one item less ({@code previous} stays below). */
    public static final int SETUP_CLEANUP = 85;
    /**
     * {@code (callable, args, dict, ..., mapping -- callable, args, dict, ...)}: merges {@code **mapping} into the
     * keyword dict {@code arg} places below, refusing duplicate keywords.
     */
    public static final int DICT_MERGE_KW = 86;
    /** {@code (obj -- obj, len)}: {@code len(obj)} pushed above the object (pattern length checks). */
    public static final int GET_LEN = 87;
    /** {@code (subject -- subject, bool)}: whether the subject's type is a mapping ({@code Py_TPFLAGS_MAPPING}). */
    public static final int MATCH_MAPPING = 88;
    /** {@code (subject -- subject, bool)}: whether the subject's type is a sequence ({@code Py_TPFLAGS_SEQUENCE}). */
    public static final int MATCH_SEQUENCE = 89;
    /**
     * {@code (subject, keys -- subject, keys, values)}: a tuple of {@code subject.get(key)} for each key of the
     * keys tuple, or None when one is missing.
     */
    public static final int MATCH_KEYS = 90;
    /**
     * {@code (subject, type, names -- attrs)}: a tuple of {@code arg} positional attributes (by
     * {@code __match_args__}) and those named in the names tuple, or None when the subject is no instance or lacks
     * one.
     */
    public static final int MATCH_CLASS = 91;
}
