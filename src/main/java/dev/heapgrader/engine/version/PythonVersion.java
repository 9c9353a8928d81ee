package dev.heapgrader.engine.version;

import java.util.Arrays;
import java.util.Optional;

/**
 * A CPython release the engine reproduces. Each constant names the exact interpreter that generated the
 * conformance corpus; code asks the version for a behaviour instead of comparing versions.
 */
public enum PythonVersion {
    V3_11("3.11", "3.11.7", 11),
    V3_12("3.12", "3.12.1", 12),
    V3_13("3.13", "3.13.0", 13);

    private final String label;
    private final String patchRelease;
    private final int minor;
    private final ParserRules parser;

    PythonVersion(String label, String patchRelease, int minor) {
        this.label = label;
        this.patchRelease = patchRelease;
        this.minor = minor;
        this.parser = new ParserRules(this);
    }

    /** The tokenizer and parser differences of this version. */
    public ParserRules parser() {
        return parser;
    }

    /** The short form users type and files are named by: "3.12". */
    public String label() {
        return label;
    }

    /** The exact release whose behaviour is reproduced: "3.12.1". */
    public String patchRelease() {
        return patchRelease;
    }

    /** The minor number, for {@code sys.version_info}. */
    public int minor() {
        return minor;
    }

    public static PythonVersion defaultVersion() {
        return V3_12;
    }

    /** Parses "3.12" or "3.12.1"; empty for anything else. */
    public static Optional<PythonVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values())
                .filter(v -> v.label.equals(t) || v.patchRelease.equals(t))
                .findFirst();
    }

    /** Whether this version is at least {@code other}; for use inside version profiles only. */
    public boolean atLeast(PythonVersion other) {
        return compareTo(other) >= 0;
    }

    // ---- the behaviours that differ between versions: every version check in the engine is one of these ----

    /** {@code math.sumprod} exists from 3.12 (Modules/mathmodule.c, {@code math_sumprod_impl}). */
    public boolean hasMathSumprod() {
        return atLeast(V3_12);
    }

    /**
     * 3.13's {@code math.log} is a plain METH_VARARGS function whose empty call says "math.log requires 1 to 2
     * arguments"; 3.11 and 3.12 report "log expected at least 1 argument, got 0".
     */
    public boolean mathLogCountsArgumentsAsRange() {
        return atLeast(V3_13);
    }

    /**
     * 3.12's {@code object_new} refuses an abstract class "without an implementation for abstract method 'f'";
     * 3.11 says "with abstract method f" (Objects/typeobject.c, {@code object_new}).
     */
    public boolean abstractClassErrorQuotesNames() {
        return atLeast(V3_12);
    }

    /**
     * 3.13's class bodies also store {@code __firstlineno__} (after {@code __qualname__}) and, last,
     * {@code __static_attributes__}: the sorted names assigned as {@code self.name} in the class's functions
     * (Python/compile.c, {@code compiler_class_body}).
     */
    public boolean classBodyRecordsLineAndStaticAttributes() {
        return atLeast(V3_13);
    }

    /**
     * 3.11's {@code slot_tp_getattr_hook} binds {@code __getattr__} to the instance before calling it (one more
     * reference while it runs); 3.12 calls the function with the instance directly.
     */
    public boolean getattrHookCalledBound() {
        return this == V3_11;
    }

    /**
     * Whether the collection at exit ({@code _PyGC_CollectIfEnabled}) finds {@code __main__}'s namespace reachable
     * where it stands in the oldest generation, leaving the program's objects in allocation order (3.11), rather
     * than pulling it back behind them, which re-queues them in binding order (3.12+). Measured with
     * {@code __del__} order at exit (conformance dealloc/exit_*).
     */
    public boolean exitCollectionFindsMainNamespaceInPlace() {
        return this == V3_11;
    }

    /**
     * Whether subclasses of variable-sized builtins (int, bytes, tuple) keep their {@code __dict__} in the managed
     * pre-header (3.12+) rather than at a negative {@code tp_dictoffset} after the items (3.11).
     */
    public boolean managedDictForVarSizedBases() {
        return this != V3_11;
    }

    /**
     * Whether reading {@code __dict__} of an instance that has neither inline values nor a dict yet (an instance of
     * a class derived from a builtin) makes a split dict on the class's cached keys (3.12+:
     * {@code PyObject_GenericGetDict} calls {@code new_dict_with_shared_keys}) rather than an empty
     * {@code PyDict_New()} (3.11).
     */
    public boolean dictReadSharesClassKeys() {
        return this != V3_11;
    }

    /**
     * 3.13's traceback marks a failing call's arguments with {@code ^} under {@code ~} for the callee and shows
     * markers whenever there are such anchors (Lib/traceback.py, {@code _should_show_carets}).
     */
    public boolean tracebackCaretsForCalls() {
        return atLeast(V3_13);
    }

    /**
     * 3.12 made {@code _collections}' types heap types of the module state (gh-101277,
     * Modules/_collectionsmodule.c {@code deque_spec}): each deque and deque iterator holds a reference to its
     * type and visits it in {@code tp_traverse}, and the iterators are named {@code collections._deque_iterator}.
     */
    public boolean collectionsTypesAreHeapTypes() {
        return atLeast(V3_12);
    }

    /**
     * 3.13 converted deque's {@code __init__}, {@code index}, {@code insert} and {@code rotate} to Argument
     * Clinic ("index expected at least 1 argument, got 0", "deque() got an unexpected keyword argument").
     */
    public boolean dequeArgumentsLikeClinic() {
        return atLeast(V3_13);
    }

    /** 3.13's int() checks its arguments the Argument Clinic way ("int expected at most 2 arguments, got 3"). */
    public boolean intArityErrorsLikeClinic() {
        return atLeast(V3_13);
    }

    /**
     * str's and bytes's find, index, count, startswith and endswith report a wrong argument count the
     * {@code PyArg_ParseTuple} way ("find() takes at least 1 argument (0 given)") until 3.13's Argument Clinic
     * conversion ("find expected at least 1 argument, got 0").
     */
    public boolean substringSearchArityTakesGiven() {
        return !atLeast(V3_13);
    }

    /**
     * How deep C code such as {@code repr} and {@code ==} of nested containers may recurse
     * ({@code Py_EnterRecursiveCall}): 0 means it shares the Python recursion limit and depth (3.11); 3.12 keeps a
     * separate budget of 1500 and 3.13 of 10000 (Include/cpython/pystate.h, {@code C_RECURSION_LIMIT} and
     * {@code Py_C_RECURSION_LIMIT}).
     */
    public int nativeRecursionLimit() {
        return atLeast(V3_13) ? 10_000 : atLeast(V3_12) ? 1500 : 0;
    }

    /** min() and max() take METH_VARARGS (an argument tuple) until 3.13 made them METH_FASTCALL. */
    public boolean minMaxPackArguments() {
        return !atLeast(V3_13);
    }

    /**
     * Whether calling the builtin type {@code name} packs the positional arguments into a tuple
     * ({@code _PyObject_MakeTpCall}): types with a {@code tp_vectorcall} do not. 3.13 added vectorcall to int and
     * str; zip, bytes, bytearray, complex, slice, object... still pack.
     */
    public boolean builtinTypeCallPacksArguments(String name) {
        switch (name) {
            case "bool", "dict", "enumerate", "filter", "float", "frozenset", "list", "map", "range", "reversed",
                    "set", "tuple", "type", "super":
                return false;
            case "int", "str":
                return !atLeast(V3_13);
            default:
                return true;
        }
    }

    /** 3.12 made every interned string immortal (Objects/unicodeobject.c, {@code _PyUnicode_InternInPlace}). */
    public boolean internedStringsImmortal() {
        return this == V3_12;
    }

    /**
     * What {@code sys.getrefcount} prints for immortal objects: 3.12+ report {@code _Py_IMMORTAL_REFCNT}; 3.11 has
     * no immortality and prints a run-dependent count near 10^9 for static singletons, which the engine cannot
     * reproduce, so it reports the same fixed value as a documented stand-in.
     */
    public long immortalRefcount() {
        return 4294967295L;
    }

    /** Default {@code gc.get_threshold()[0]}: 2000 in 3.13 (Python/gc.c), 700 before. */
    public int gcThreshold0() {
        return this == V3_13 ? 2000 : 700;
    }

    /** Header of an ASCII str, so {@code getsizeof} is header + length + 1 (PEP 623 removed wstr in 3.12). */
    public long asciiStrHeader() {
        return this == V3_11 ? 48 : 40;
    }

    /** Header of a compact non-ASCII str (Latin-1, UCS-2, UCS-4). */
    public long compactStrHeader() {
        return this == V3_11 ? 72 : 56;
    }

    /**
     * Bytes before the object for a class instance with a managed dict (Include/internal/pycore_object.h,
     * {@code _PyType_PreHeaderSize}): GC header plus dict pointer; 3.12 also moved the weakref slot there.
     */
    public boolean weakrefInPreHeader() {
        return this != V3_11;
    }

    /** 3.12+ free a list's buffer when {@code pop()} empties it; 3.11 resizes to zero and keeps a buffer. */
    public boolean popToEmptyFreesBuffer() {
        return this != V3_11;
    }

    /** 3.13 never shrinks a list's buffer on {@code del l[i]}. */
    public boolean delItemShrinksList() {
        return this != V3_13;
    }

    /** 3.13 appends "and no __dict__ for setting new attributes" to slot and builtin attribute errors. */
    public boolean noDictAttributeHint() {
        return this == V3_13;
    }

    /** Objects/floatobject.c {@code float_rem}: 3.13 says "float modulo by zero". */
    public String floatModuloByZeroMessage() {
        return this == V3_13 ? "float modulo by zero" : "float modulo";
    }

    /** 3.12+ suggest {@code self.name} for an unknown name inside a method (Lib/traceback.py). */
    public boolean suggestsSelfAttribute() {
        return this != V3_11;
    }

    /** 3.12+ add "Did you forget to import 'sys'?" for stdlib module names (Lib/traceback.py). */
    public boolean suggestsMissingImport() {
        return this != V3_11;
    }

    /** 3.13's {@code generator.close()} returns the generator's return value (Objects/genobject.c). */
    public boolean closeReturnsValue() {
        return this == V3_13;
    }

    /** 3.12+ {@code sum()} adds floats with compensated (Neumaier) summation. */
    public boolean compensatedFloatSum() {
        return this != V3_11;
    }

    /**
     * {@code sizeof(PyHeapTypeObject)} (Include/cpython/object.h): the {@code tp_basicsize} of {@code type}, the
     * size of a class object ({@code type.__basicsize__}).
     */
    public long heapTypeObjectSize() {
        return switch (this) {
            case V3_11 -> 904;
            case V3_12 -> 920;
            case V3_13 -> 928;
        };
    }

    /** {@code sizeof(PyTypeObject)}: what {@code type.__sizeof__} reports for a static builtin type. */
    public long staticTypeObjectSize() {
        return switch (this) {
            case V3_11 -> 408;
            case V3_12, V3_13 -> 416;
        };
    }

    /**
     * Whether {@code sys.getsizeof} adds the GC header to a static type: 3.11 and 3.12 add the pre-header of the
     * object's type ({@code type} is a GC type); 3.13's {@code _PySys_GetSizeOf} skips it for a static type.
     */
    public boolean staticTypeHasPreHeader() {
        return this != V3_13;
    }

    /**
     * {@code gc.get_freeze_count()} counts objects the interpreter froze itself: 3.12.1 moves 375 immortal
     * objects to the permanent generation at startup and on every collection; 3.11 and 3.13 none.
     */
    public int frozenStartupObjects() {
        return this == V3_12 ? 375 : 0;
    }

    /** 3.13 suggests a parameter name for an unexpected keyword argument, inside the message itself. */
    public boolean suggestsKeywordNames() {
        return this == V3_13;
    }

    /** 3.12+ {@code CALL_FUNCTION_EX} moves unpacked arguments into a Python function's frame. */
    public boolean callExMovesArguments() {
        return this != V3_11;
    }

    /** Objects/typeobject.c {@code set_mro_error}: a line break inside the message until 3.13. */
    public String mroErrorSeparator() {
        return this == V3_13 ? " " : "\n";
    }

    /**
     * Whether materialising an instance's {@code __dict__} moves the inline values into the new dict, which is then
     * tracked when it holds a container (3.11, 3.12: Objects/dictobject.c {@code make_dict_from_instance_attributes}).
     * 3.13 leaves the values inline and the dict reads them ({@code _PyObject_MaterializeManagedDict}); such a dict
     * is never tracked and the instance keeps traversing the values, so {@code gc.collect()} does not count it.
     */
    public boolean materializedDictOwnsValues() {
        return this != V3_13;
    }

    /**
     * Whether finalizing a not-yet-started generator runs its frame (3.11: {@code _PyGen_Finalize} calls
     * {@code gen_close}, which throws GeneratorExit into the new frame and so clears its locals). 3.12's
     * {@code gen_close} only marks a {@code FRAME_CREATED} generator completed, leaving the frame to the
     * deallocation. So on 3.11 a collection that finds an unstarted generator in a cycle frees what its frame held
     * during {@code finalize_garbage}, and {@code gc.collect()} does not count those objects (it counts the final
     * unreachable set).
     */
    public boolean finalizesUnstartedGenerator() {
        return this == V3_11;
    }

    /**
     * Whether a generator holds its code object itself ({@code gi_code}, visited first by 3.11's gen_traverse);
     * 3.12 removed the field and the code is reached through the frame only.
     */
    public boolean generatorHoldsItsCode() {
        return this == V3_11;
    }

    /**
     * Where a failed {@code assert} raises: 3.11 and 3.13 give the {@code RAISE_VARARGS} the test expression's
     * location (the traceback underlines the test), 3.12 the statement's (no marker line). Measured with
     * conformance exceptions/assertion_message; 3.11 underlines only the last operand of an {@code and} chain.
     */
    public boolean assertionRaisedAtTest() {
        return this != V3_12;
    }

    /**
     * 3.11 raises a failed {@code assert} at the last comparison its test's jump walk compiled (a comparison's
     * position stays the unit's current one), so an {@code and}/{@code or} chain or a parenthesised test over
     * several lines shows that comparison's line; 3.13 uses the whole test's position ({@code LOC(test)}).
     * Measured with conformance tracebacks/assert_locations.
     */
    public boolean assertionRaisedAtLastComparison() {
        return this == V3_11;
    }

    /**
     * 3.13 gives a {@code for} statement's {@code FOR_ITER} the iterable's location, so an error raised by the
     * iteration (a dict changed size) underlines it; 3.11 and 3.12 print no marker line there.
     */
    public boolean forIterLocatedAtIterable() {
        return this == V3_13;
    }

    /**
     * 3.11's f-string parser (Parser/string_parser.c) locates each replacement field at the whole f-string, so a
     * failing {@code FORMAT_VALUE} underlines the string; 3.12's PEG f-strings (PEP 701) locate the field itself.
     */
    public boolean fstringPartsLocatedAtString() {
        return this == V3_11;
    }

    /** PEP 709: 3.12+ compile list, set and dict comprehensions inline (Python/compile.c). */
    public boolean inlinesComprehensions() {
        return this != V3_11;
    }

    /**
     * {@code sys.getsizeof(iter(range(n)))}: 3.11's {@code rangeiterobject} has index, start, step and len; 3.12
     * dropped the index by advancing start (Objects/rangeobject.c {@code rangeiter_next}). Not a GC type.
     */
    public long rangeIteratorSize() {
        return this == V3_11 ? 48 : 40;
    }

    /**
     * Whether a call with keyword arguments keeps the tuple of keyword names on the evaluation stack, which
     * counts in {@code co_stacksize}: 3.13's {@code CALL_KW} does; 3.11/3.12 set it aside with {@code KW_NAMES}.
     */
    public boolean callKeywordNamesOnStack() {
        return this == V3_13;
    }

    /**
     * The least {@code co_stacksize} of a generator's code: 3.12+ wrap every generator body in a handler that turns
     * a leaked StopIteration into RuntimeError (Python/compile.c {@code wrap_in_stopiteration_handler}); entering
     * it pushes the last instruction offset and the exception, so the stack holds at least 2. 3.11 has no handler.
     */
    public int generatorMinStackSize() {
        return this == V3_11 ? 0 : 2;
    }

    /** 3.12+ wrap the {@code SEND} loop of {@code yield from} in a handler (see {@code compiler_add_yield_from}). */
    public boolean yieldFromHasThrowHandler() {
        return this != V3_11;
    }

    /**
     * 3.12+ keep the one-character Latin-1 strings as static singletons that carry their UTF-8 form (two bytes and a
     * NUL), which {@code unicode___sizeof__} counts (Objects/unicodeobject.c, {@code _Py_LATIN1_CHR}).
     */
    public boolean latin1CharsCacheUtf8() {
        return this != V3_11;
    }

    /**
     * {@code sizeof(PyGenObject)} without its embedded frame's locals and stack (Objects/genobject.c
     * {@code gen_sizeof}, Include/internal/pycore_frame.h {@code _PyInterpreterFrame}): 3.12 dropped the
     * {@code gi_code} field, so the fixed part is 8 bytes smaller from 3.12 on. Includes the GC header.
     */
    public long generatorHeaderSize() {
        return this == V3_11 ? 168 : 160;
    }

    /**
     * Whether creating an instance shrinks the class's shared keys even when the class also has
     * {@code __slots__}: 3.11/3.12 call {@code init_inline_values} for every managed-dict class
     * (Objects/dictobject.c {@code _PyObject_InitializeDict}); 3.13 keeps inline values only for classes whose
     * instances have no other fields (Objects/typeobject.c {@code type_new_descriptors}: Py_TPFLAGS_INLINE_VALUES).
     */
    public boolean inlineValuesWithSlots() {
        return this != V3_13;
    }

    /**
     * {@code dict.clear()} on an instance dict still sharing its class's keys: 3.11/3.12 switch it to the empty
     * keys (64 bytes); 3.13 only clears the inline values and keeps sharing when the dict reads its instance's
     * inline values (Objects/dictobject.c {@code PyDict_Clear} / {@code clear_embedded_values}); a 3.13 split dict
     * with values of its own (a slotted or builtin-subclass instance's) still switches.
     */
    public boolean splitDictClearKeepsSharedKeys() {
        return this == V3_13;
    }

    /**
     * {@code sizeof(PyFunctionObject)}, the function type's {@code tp_basicsize}: 3.12 added
     * {@code func_typeparams} (Include/cpython/funcobject.h, PEP 695).
     */
    public long functionBasicSize() {
        return this == V3_11 ? 136 : 144;
    }

    /** {@code min([])}: 3.12 reworded it ("iterable argument is empty"). */
    public String emptyMinMaxMessage(String name) {
        return this == V3_11 ? name + "() arg is an empty sequence" : name + "() iterable argument is empty";
    }

    /** Setting an attribute a slotted or builtin instance cannot hold (Objects/object.c). */
    public String cannotSetAttributeMessage(String typeName, String attr) {
        String base = "'" + typeName + "' object has no attribute '" + attr + "'";
        return noDictAttributeHint() ? base + " and no __dict__ for setting new attributes" : base;
    }

    /**
     * Python/ceval.c {@code match_class} when a class pattern names something that is not a class: 3.11 says
     * "called match pattern must be a type", 3.12 changed the word to "class".
     */
    public String matchPatternNotAClassMessage() {
        return this == V3_11 ? "called match pattern must be a type" : "called match pattern must be a class";
    }

    /**
     * Python/compile.c {@code compiler_pattern_or}: 3.11 reports "alternative patterns bind different names" at
     * the compiler's current location, the last sub-pattern it compiled; 3.12+ at the whole or-pattern.
     */
    public boolean orPatternErrorAtLastSubpattern() {
        return this == V3_11;
    }

    @Override
    public String toString() {
        return label;
    }
}
