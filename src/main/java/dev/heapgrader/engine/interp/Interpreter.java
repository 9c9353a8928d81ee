package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Opcode;
import dev.heapgrader.engine.errors.Carets;
import dev.heapgrader.engine.errors.Errors;
import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.errors.Suggestions;
import dev.heapgrader.engine.memory.CycleCollector;
import dev.heapgrader.engine.memory.Deallocation;
import dev.heapgrader.engine.modules.BuiltinsModule;
import dev.heapgrader.engine.modules.ImportableModules;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Attributes;
import dev.heapgrader.engine.protocol.Formatting;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.types.Containers;
import dev.heapgrader.engine.types.PyCell;
import dev.heapgrader.engine.types.PyFrameObject;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyGenerator;
import dev.heapgrader.engine.types.PyModule;
import dev.heapgrader.engine.types.PyTracebackObject;
import dev.heapgrader.engine.types.TypeMethods;

/**
 * The evaluation loop. Each opcode takes and leaves references on the operand stack exactly as CPython's
 * Python/bytecodes.c does, so the counts a program observes agree; exceptions unwind the block stack and, when
 * they leave a frame, the traceback keeps that frame's locals alive as CPython's frame objects do.
 */
public final class Interpreter {

    public final InterpreterState rt;
    public final Errors errors;
    public PyDict builtins;
    final ImportableModules modules;
    /** The exception currently being handled ({@code sys.exc_info()}), owned, or null. */
    public PyObject handled;
    int depth;
    /** Levels of {@link NativeRecursion} on versions whose C recursion budget is separate from {@link #depth}. */
    int nativeDepth;
    public int recursionLimit = 1000;
    long steps;
    public final Deallocation deallocation;
    final long maxSteps;
    /** Keeps the wall-time limit: reads the clock when the waiting thread's signal has rung, and pauses the run. */
    public final WorkMeter work;
    public Frame current;
    public final TraceRecorder trace = new TraceRecorder();
    public final ValueOrigins origins = new ValueOrigins();
    private final GlobalLoads globalLoads = new GlobalLoads();
    /** The heap timeline being recorded, or null when the run did not ask for one. */
    public TimelineRecorder timeline;
    public final CycleCollector gc;
    public final PyList gcGarbage;
    public final PyList gcCallbacks;
    public final StdoutBuffer stdout;
    public final PyObject sysStdout;
    public final PyObject sysStderr;
    public final String filename;
    private final java.util.List<String> sourceLines;
    private final java.util.ArrayDeque<String> stdinLines;
    /** Containers whose repr is being computed ({@code Py_ReprEnter}). */
    public final java.util.Map<PyObject, Boolean> reprActive = Repr.newActiveSet();

    Interpreter(InterpreterState rt, String filename, java.util.List<String> sourceLines, String stdin, long maxSteps,
                long deadlineNanos) {
        this.rt = rt;
        this.errors = rt.errors;
        this.filename = filename;
        this.sourceLines = sourceLines;
        this.stdinLines = new java.util.ArrayDeque<>(stdin == null || stdin.isEmpty() ? java.util.List.of()
                : java.util.List.of(stdin.split("\n", -1)));
        if (stdin != null && stdin.endsWith("\n")) {
            stdinLines.pollLast();
        }
        this.maxSteps = maxSteps;
        this.work = new WorkMeter(deadlineNanos);
        rt.setInterpreter(this);
        this.deallocation = new Deallocation(this);
        rt.setDeallocator(deallocation::dealloc);
        this.modules = new ImportableModules(this);
        this.gc = new CycleCollector(this);
        this.gcGarbage = rt.track(new PyList(rt.types.list));
        this.gcCallbacks = rt.track(new PyList(rt.types.list));
        this.stdout = new StdoutBuffer(rt);
        TypeMethods.installAll(this);
        PyType stream = TypeMethods.streamType(this);
        this.sysStdout = rt.track(new dev.heapgrader.engine.object.PyInstance(stream, null, 0));
        this.sysStderr = rt.track(new dev.heapgrader.engine.object.PyInstance(stream, null, 0));
        this.builtins = BuiltinsModule.create(this);
    }

    /** The next line of the provided stdin, or null at end of input. */
    public String readLine() {
        return stdinLines.poll();
    }

    /** A line of the program's source, for tracebacks; null when unknown. */
    public String sourceLine(String file, int line) {
        if (!file.equals(filename) || line < 1 || line > sourceLines.size()) {
            return null;
        }
        return sourceLines.get(line - 1);
    }

    /** Runs a frame until it returns (result owned) or, for a generator frame, yields (frame not finished). */
    PyObject execute(Frame f) {
        Frame saved = current;
        f.back = saved;
        current = f;
        if (++depth > recursionLimit || depth > 200_000) {
            depth--;
            current = saved;
            throw errors.make("RecursionError", "maximum recursion depth exceeded");
        }
        try {
            // a call is where recursion without statements (lambdas) must notice its deadline
            if (work.isDue()) {
                work.checkClock();
            }
            if (timeline == null) {
                return loop(f);
            }
            timeline.call(f);
            PyObject result = loop(f);
            timeline.returned(f, result);
            return result;
        } catch (PyException e) {
            if (timeline != null) {
                timeline.raised(f, e);
            }
            // unwinding a RecursionError out of 200,000 frames runs no opcode, so the signal is read here too
            work.charge(1);
            throw e;
        } finally {
            depth--;
            current = saved;
        }
    }

    /**
     * Stops the run at once when big-integer work of about {@code resultBits} bits would outlast its wall time:
     * Java's BigInteger multiplies at about 150 ns a result bit on this class of machine (10**10**8, 332 million
     * bits, takes over 10 s), and one BigInteger operation cannot be interrupted once started.
     */
    public void checkTimeForBigIntegerWork(long resultBits) {
        if (resultBits > BIG_WORK_BITS && work.wouldOverstay(resultBits * NANOS_PER_RESULT_BIT)) {
            throw new TimeLimitExceeded();
        }
    }

    private static final long BIG_WORK_BITS = 1L << 20;
    private static final long NANOS_PER_RESULT_BIT = 150;

    /** One unit of work done in Java on the program's behalf: counted against the step and time limits. */
    public void tick() {
        if (++steps > maxSteps) {
            throw new StepLimitExceeded();
        }
        if (work.isDue()) {
            work.checkClock();
        }
    }

    /** Sets who may pause this run and what tells it to look at its clock. */
    void pacing(dev.heapgrader.engine.RunPacer pacer, dev.heapgrader.engine.ClockSignal clock) {
        work.pacing(pacer, clock);
    }

    /** {@code time.sleep} within the run's deadline ({@link WorkMeter#sleep}). */
    public void sleepWithinDeadline(long nanos) {
        work.sleep(nanos);
    }

    private PyObject loop(Frame f) {
        final int[] code = f.code.code;
        while (true) {
            try {
                if (f.pendingThrow != null) {
                    PyException t = f.pendingThrow;
                    f.pendingThrow = null;
                    throw t;
                }
                while (true) {
                    int pc = f.pc;
                    int op = code[pc * 2];
                    int arg = code[pc * 2 + 1];
                    f.pc = pc + 1;
                    if (++steps > maxSteps) {
                        throw new StepLimitExceeded();
                    }
                    if (rt.heap.collectionDue) {
                        gc.runDueCollection();
                    }
                    switch (op) {
                        case Opcode.NOP, Opcode.LINE -> {
                            if (op == Opcode.LINE && work.isDue()) {
                                work.checkClock();
                            }
                            if (op == Opcode.LINE && timeline != null) {
                                timeline.line(f);
                            }
                        }
                        case Opcode.POP_TOP -> rt.decref(f.pop());
                        case Opcode.COPY -> f.push(f.peek(arg).newRef());
                        case Opcode.SWAP -> {
                            PyObject t = f.stack[f.sp - 1];
                            f.stack[f.sp - 1] = f.stack[f.sp - arg];
                            f.stack[f.sp - arg] = t;
                        }
                        case Opcode.LOAD_CONST -> {
                            PyObject c = f.code.consts[arg];
                            f.push((origins.probing() ? origins.literal(c) : c).newRef());
                        }
                        case Opcode.LOAD_FAST -> {
                            PyObject v = f.fast[arg];
                            if (v == null) {
                                throw unboundLocal(f.code.varnames[arg]);
                            }
                            f.push(v.newRef());
                        }
                        case Opcode.STORE_FAST -> {
                            PyObject old = f.fast[arg];
                            f.fast[arg] = f.pop();
                            rt.xdecref(old);
                        }
                        case Opcode.DELETE_FAST -> {
                            PyObject old = f.fast[arg];
                            if (old == null) {
                                throw unboundLocal(f.code.varnames[arg]);
                            }
                            f.fast[arg] = null;
                            rt.decref(old);
                        }
                        case Opcode.LOAD_DEREF -> {
                            PyObject v = ((PyCell) f.fast[arg]).contents;
                            if (v == null) {
                                throw unboundDeref(f, arg);
                            }
                            f.push(v.newRef());
                        }
                        case Opcode.STORE_DEREF -> {
                            PyCell cell = (PyCell) f.fast[arg];
                            PyObject old = cell.contents;
                            cell.contents = f.pop();
                            rt.xdecref(old);
                        }
                        case Opcode.DELETE_DEREF -> {
                            PyCell cell = (PyCell) f.fast[arg];
                            PyObject old = cell.contents;
                            if (old == null) {
                                throw unboundDeref(f, arg);
                            }
                            cell.contents = null;
                            rt.decref(old);
                        }
                        case Opcode.LOAD_CLOSURE -> f.push(f.fast[arg].newRef());
                        case Opcode.LOAD_GLOBAL -> globalLoads.load(this, f, arg);
                        case Opcode.STORE_GLOBAL -> storeIn(f.globals, f.code.names[arg], f.pop());
                        case Opcode.DELETE_GLOBAL -> deleteName(f.globals, f.code.names[arg], true);
                        case Opcode.LOAD_NAME -> f.push(loadName(f, arg));
                        case Opcode.STORE_NAME -> storeName(f, arg, f.pop());
                        case Opcode.DELETE_NAME -> deleteName(f.locals, f.code.names[arg], false);
                        case Opcode.LOAD_ATTR -> Operators.loadAttr(this, f, arg);
                        case Opcode.STORE_ATTR -> Operators.storeAttr(this, f, arg);
                        case Opcode.DELETE_ATTR -> Operators.deleteAttr(this, f, arg);
                        case Opcode.LOAD_METHOD -> Attributes.loadMethod(this, f, f.code.names[arg]);
                        case Opcode.CALL_METHOD -> callMethod(f, arg);
                        case Opcode.CALL -> call(f, arg);
                        case Opcode.CALL_EX -> callEx(f, arg);
                        case Opcode.BINARY_OP -> Operators.binaryOp(this, f, arg);
                        case Opcode.INPLACE_OP -> Operators.inplaceOp(this, f, arg);
                        case Opcode.UNARY_OP -> Operators.unaryOp(this, f, arg);
                        case Opcode.UNARY_NOT -> Operators.unaryNot(this, f, arg);
                        case Opcode.COMPARE_OP -> Operators.compareOp(this, f, arg);
                        case Opcode.IS_OP -> Operators.isOp(this, f, arg);
                        case Opcode.CONTAINS_OP -> Operators.containsOp(this, f, arg);
                        case Opcode.BINARY_SUBSCR -> Operators.binarySubscr(this, f, arg);
                        case Opcode.SETUP_ANNOTATIONS -> {
                            if (f.locals.getStr("__annotations__") == null) {
                                storeIn(f.locals, "__annotations__", rt.newDict());
                            }
                        }
                        case Opcode.STORE_SUBSCR -> Operators.storeSubscr(this, f, arg);
                        case Opcode.DELETE_SUBSCR -> Operators.deleteSubscr(this, f, arg);
                        case Opcode.BUILD_SLICE -> Displays.buildSlice(this, f, arg);
                        case Opcode.BUILD_TUPLE -> Displays.buildTuple(this, f, arg);
                        case Opcode.BUILD_LIST -> Displays.buildList(this, f, arg);
                        case Opcode.BUILD_SET -> Displays.buildSet(this, f, arg);
                        case Opcode.BUILD_MAP -> Displays.buildMap(this, f, arg);
                        case Opcode.BUILD_CONST_KEY_MAP -> Displays.buildConstKeyMap(this, f, arg);
                        case Opcode.LIST_APPEND -> Displays.listAppend(this, f, arg);
                        case Opcode.SET_ADD -> Displays.setAdd(this, f, arg);
                        case Opcode.MAP_ADD -> Displays.mapAdd(this, f, arg);
                        case Opcode.LIST_EXTEND -> Displays.listExtend(this, f, arg);
                        case Opcode.SET_UPDATE -> Displays.setUpdate(this, f, arg);
                        case Opcode.DICT_UPDATE -> Displays.dictUpdate(this, f, arg);
                        case Opcode.DICT_MERGE_KW -> Displays.dictMergeKw(this, f, arg);
                        case Opcode.LIST_TO_TUPLE -> Displays.listToTuple(this, f, arg);
                        case Opcode.BUILD_STRING -> Displays.buildString(this, f, arg);
                        case Opcode.FORMAT_VALUE -> {
                            PyObject formatted = f.peek((arg & 4) != 0 ? 2 : 1);
                            f.push(origins.derived(Formatting.formatValue(this, f, arg), formatted));
                        }
                        case Opcode.UNPACK_SEQUENCE -> Containers.unpack(this, f, arg, -1);
                        case Opcode.UNPACK_EX -> Containers.unpack(this, f, arg & 0xff, arg >> 8);
                        case Opcode.JUMP -> f.pc = arg;
                        case Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE -> {
                            PyObject v = f.pop();
                            if (origins.probing()) {
                                origins.shown(this, "tested", v);
                            }
                            boolean t;
                            try {
                                t = ObjectProtocol.truthy(this, v);
                            } finally {
                                rt.decref(v);
                            }
                            if (t == (op == Opcode.POP_JUMP_IF_TRUE)) {
                                f.pc = arg;
                            }
                        }
                        case Opcode.JUMP_IF_FALSE_OR_POP, Opcode.JUMP_IF_TRUE_OR_POP -> {
                            boolean t = ObjectProtocol.truthy(this, f.top());
                            if (t == (op == Opcode.JUMP_IF_TRUE_OR_POP)) {
                                f.pc = arg;
                            } else {
                                rt.decref(f.pop());
                            }
                        }
                        case Opcode.GET_ITER -> {
                            PyObject v = f.pop();
                            try {
                                f.push(Iteration.iter(this, v));
                            } finally {
                                rt.decref(v);
                            }
                        }
                        case Opcode.FOR_ITER -> {
                            PyObject next = Iteration.next(this, f.top());
                            if (next == null) {
                                rt.decref(f.pop());
                                f.pc = arg;
                            } else {
                                f.push(next);
                            }
                        }
                        case Opcode.RETURN_VALUE -> {
                            PyObject result = f.pop();
                            f.finished = true;
                            clearFrame(f, rt::decref);
                            return result;
                        }
                        case Opcode.YIELD_VALUE -> {
                            return f.pop();
                        }
                        case Opcode.GET_YIELD_FROM_ITER -> {
                            PyObject v = f.pop();
                            try {
                                f.push(v instanceof PyGenerator ? v.newRef() : Iteration.iter(this, v));
                            } finally {
                                rt.decref(v);
                            }
                        }
                        case Opcode.YIELD_FROM -> {
                            PyObject result = Generators.yieldFrom(this, f);
                            if (result != null) {
                                f.pc = pc;
                                return result;
                            }
                        }
                        case Opcode.MAKE_FUNCTION -> f.push(Functions.make(this, f, arg));
                        case Opcode.BUILD_CLASS -> f.push(ClassBuilder.build(this, f, arg));
                        case Opcode.SETUP_FINALLY -> f.pushBlock(arg, f.sp);
                        case Opcode.SETUP_CLEANUP -> f.pushBlock(arg, f.sp - 1);
                        case Opcode.POP_BLOCK -> f.blocks--;
                        case Opcode.PUSH_EXC_INFO -> {
                            PyObject exc = f.pop();
                            PyObject prev = handled;
                            f.push(prev == null ? rt.none : prev);
                            handled = exc.newRef();
                            f.push(exc);
                        }
                        case Opcode.POP_EXCEPT -> {
                            PyObject prev = f.pop();
                            PyObject cur = handled;
                            handled = prev == rt.none ? null : prev;
                            rt.xdecref(cur);
                        }
                        case Opcode.RERAISE -> {
                            // RERAISE goes straight to exception_unwind: no new traceback entry, no new context
                            PyException again = new PyException(f.pop());
                            again.markRecorded(f);
                            again.markContextChecked();
                            throw again;
                        }
                        case Opcode.RAISE -> Raising.raise(this, f, arg);
                        case Opcode.CHECK_EXC_MATCH -> {
                            PyObject type = f.pop();
                            try {
                                f.push(rt.bool(Raising.matches(this, f.top(), type)));
                            } finally {
                                rt.decref(type);
                            }
                        }
                        case Opcode.BEFORE_WITH -> Raising.beforeWith(this, f);
                        case Opcode.WITH_EXCEPT_START -> Raising.withExceptStart(this, f);
                        case Opcode.IMPORT_NAME -> f.push(modules.importModule(f.code.names[arg]));
                        case Opcode.IMPORT_FROM -> f.push(modules.importFrom(f.top(), f.code.names[arg]));
                        case Opcode.LOAD_ASSERTION_ERROR -> f.push(errors.type("AssertionError"));
                        case Opcode.GET_LEN -> PatternMatching.getLen(this, f);
                        case Opcode.MATCH_MAPPING -> PatternMatching.matchMapping(this, f);
                        case Opcode.MATCH_SEQUENCE -> PatternMatching.matchSequence(this, f);
                        case Opcode.MATCH_KEYS -> PatternMatching.matchKeys(this, f);
                        case Opcode.MATCH_CLASS -> PatternMatching.matchClass(this, f, arg);
                        case Opcode.IMPORT_STAR -> {
                            PyDict source = ((PyModule) f.top()).dict;
                            for (PyObject key : source.keyArray()) {
                                if (key instanceof PyStr s && !s.value().startsWith("_")) {
                                    storeIn(f.locals != null ? f.locals : f.globals, s.value(),
                                            source.getStr(s.value()).newRef());
                                }
                            }
                        }
                        default -> throw new IllegalStateException("opcode " + op);
                    }
                }
            } catch (PyException e) {
                if (!handleException(f, e)) {
                    throw e;
                }
            }
        }
    }

    /** Unwinds to the innermost handler of {@code f}; false when the exception leaves the frame. */
    private boolean handleException(Frame f, PyException e) {
        PyObject exc = e.value();
        if (exc instanceof PyBaseException be && !e.contextChecked()) {
            e.markContextChecked();
            // _PyErr_SetObject: the exception being handled becomes the new one's __context__
            if (handled != null && handled != exc && be.context() == null && !chainContains(handled, exc)) {
                rt.xdecref(be.setContext(handled.newRef()));
            }
        }
        if (exc instanceof PyBaseException be && !e.tracebackRecorded(f)) {
            int pc = Math.max(0, f.pc - 1);
            Object node = pc < f.code.nodes.length ? f.code.nodes[pc] : null;
            be.traceback().add(0, new String[] {f.code.filename, Integer.toString(f.line()), f.code.name,
                Carets.lines(rt.version, n -> sourceLine(f.code.filename, n), node,
                        pc < f.code.statements.length ? f.code.statements[pc] : null, f.line())});
            // PyTraceBack_Here: a traceback object for this frame goes in front of the exception's traceback
            be.pushTraceback(rt.track(new PyTracebackObject(rt.types.traceback, be.tracebackHead(),
                    frameObject(f), f.line())));
            e.markRecorded(f);
        }
        if (f.blocks == 0) {
            f.finished = true;
            for (int i = f.sp - 1; i >= 0; i--) {
                PyObject o = f.stack[i];
                f.stack[i] = null;
                rt.xdecref(o);
            }
            f.sp = 0;
            clearFrame(f, rt::decref);
            return false;
        }
        f.blocks--;
        int level = f.blockLevel[f.blocks];
        while (f.sp > level) {
            rt.xdecref(f.pop());
        }
        f.push(exc);
        f.pc = f.blockHandler[f.blocks];
        return true;
    }

    /** Whether {@code target} already appears in the context chain of {@code start} (CPython breaks such cycles). */
    private static boolean chainContains(PyObject start, PyObject target) {
        PyObject o = start;
        int guard = 0;
        while (o instanceof PyBaseException be && guard++ < 1000) {
            if (o == target) {
                return true;
            }
            o = be.context();
        }
        return false;
    }

    /** Releases a finished frame's locals in localsplus order and its stack, as {@code _PyFrame_ClearLocals}. */
    /** {@code _PyFrame_GetFrameObject}: the frame's object, made on first need; a new reference. */
    PyFrameObject frameObject(Frame f) {
        if (f.frameObject == null) {
            f.frameObject = rt.track(new PyFrameObject(rt.types.frame, f));
        }
        f.frameObject.incref();
        return f.frameObject;
    }

    /**
     * {@code _PyFrame_ClearExceptCode}: an ended frame releases its locals and stack, unless its frame object is
     * referenced elsewhere (a traceback), which then takes the locals over.
     */
    public static void clearFrame(Frame f, PyObject.Releaser release) {
        PyFrameObject fo = f.frameObject;
        if (fo != null) {
            f.frameObject = null;
            if (fo.refcnt() > 1) {
                fo.takeLocals(f);
            } else {
                fo.frame = null;
            }
            release.release(fo);
        }
        for (int i = 0; i < f.fast.length; i++) {
            PyObject o = f.fast[i];
            if (o != null) {
                f.fast[i] = null;
                release.release(o);
            }
        }
        for (int i = 0; i < f.sp; i++) {
            PyObject o = f.stack[i];
            if (o != null) {
                f.stack[i] = null;
                release.release(o);
            }
        }
        f.sp = 0;
    }

    private void call(Frame f, int arg) {
        int nargs = arg & 0xffff;
        if (arg == nargs && ExactArgsCall.accepts(f.stack[f.sp - nargs - 1], nargs)) {
            f.push(ExactArgsCall.call(this, f, nargs));
            return;
        }
        PyTuple kwnames = (arg >> 16) != 0 ? (PyTuple) f.pop() : null;
        PyObject[] args = new PyObject[nargs];
        for (int i = nargs - 1; i >= 0; i--) {
            args[i] = f.pop();
        }
        PyObject callable = f.pop();
        PyObject result = Calls.callFromStack(this, callable, null, args, kwnames);
        f.push(origins.probing() ? origins.called(this, callable, null, args, result) : result);
    }

    private void callMethod(Frame f, int arg) {
        int nargs = arg & 0xffff;
        if (arg == nargs) {
            // the stack holds method, self, arguments; or null, callable, arguments
            PyObject method = f.stack[f.sp - nargs - 2];
            if (method != null && ExactArgsCall.accepts(method, nargs + 1)) {
                f.push(ExactArgsCall.call(this, f, nargs + 1));
                return;
            }
            if (method == null && ExactArgsCall.accepts(f.stack[f.sp - nargs - 1], nargs)) {
                PyObject result = ExactArgsCall.call(this, f, nargs);
                f.pop();
                f.push(result);
                return;
            }
        }
        PyTuple kwnames = (arg >> 16) != 0 ? (PyTuple) f.pop() : null;
        PyObject[] args = new PyObject[nargs];
        for (int i = nargs - 1; i >= 0; i--) {
            args[i] = f.pop();
        }
        PyObject selfOrCallable = f.pop();
        PyObject method = f.pop();
        PyObject callable = method == null ? selfOrCallable : method;
        PyObject self = method == null ? null : selfOrCallable;
        PyObject result = Calls.callFromStack(this, callable, self, args, kwnames);
        f.push(origins.probing() ? origins.called(this, callable, self, args, result) : result);
    }

    private void callEx(Frame f, int arg) {
        PyObject kwargs = (arg & 1) != 0 ? f.pop() : null;
        PyObject args = f.pop();
        PyObject callable = f.pop();
        if (!(args instanceof PyTuple) || args.type() != rt.types.tuple) {
            try {
                java.util.List<PyObject> items = Containers.sequenceItemsPresized(this, args);
                PyObject tuple = rt.newTuple(items.toArray(new PyObject[0]));
                rt.decref(args);
                args = tuple;
            } catch (PyException e) {
                rt.decref(args);
                rt.decref(callable);
                rt.xdecref(kwargs);
                if (e.value().type() == errors.type("TypeError")) {
                    rt.decref(e.value());
                    throw errors.typeError(Repr.calleeName(this, callable) + " argument after * must be an iterable, "
                            + "not " + args.type().name());
                }
                throw e;
            }
        }
        if (callable instanceof PyFunction fn && rt.version.callExMovesArguments()) {
            // 3.12 CALL_FUNCTION_EX: _PyEvalFramePushAndInit_Ex gives the frame new references, then drops the
            // argument tuple and dict before the function runs
            PyTuple t = (PyTuple) args;
            PyDict d = (PyDict) kwargs;
            int nkw = d == null ? 0 : d.size();
            PyObject[] all = new PyObject[t.size() + nkw];
            for (int i = 0; i < t.size(); i++) {
                all[i] = t.get(i).newRef();
            }
            String[] names = null;
            if (nkw > 0) {
                names = new String[nkw];
                PyObject[] keys = d.keyArray();
                PyObject[] values = d.valueArray();
                for (int i = 0; i < nkw; i++) {
                    names[i] = keys[i].toString();
                    all[t.size() + i] = values[i].newRef();
                }
            }
            rt.decref(args);
            rt.xdecref(kwargs);
            try {
                f.push(Calls.invoke(this, fn, all, names, true));
            } finally {
                rt.decref(callable);
            }
            return;
        }
        try {
            f.push(origins.called(this, callable, null, ((PyTuple) args).items(),
                    Calls.callWithTupleAndDict(this, callable, (PyTuple) args, (PyDict) kwargs)));
        } finally {
            rt.decref(callable);
            rt.decref(args);
            rt.xdecref(kwargs);
        }
    }

    private PyObject loadName(Frame f, int arg) {
        String name = f.code.names[arg];
        int entry = f.locals.strEntry(name, f.code.nameEntries[arg]);
        PyObject v = null;
        if (entry >= 0) {
            f.code.nameEntries[arg] = entry;
            v = f.locals.valueAt(entry);
        }
        if (v == null && f.locals != f.globals) {
            v = f.globals.getStr(name);
        }
        if (v == null) {
            v = f.builtins.getStr(name);
        }
        if (v == null) {
            throw Suggestions.nameError(this, f, name);
        }
        return v.newRef();
    }

    /** STORE_NAME: as {@link #storeIn}, trying first the entry where the name was last found. */
    private void storeName(Frame f, int arg, PyObject value) {
        String name = f.code.names[arg];
        int entry = InterpreterState.isIdentifierLike(name) ? f.locals.internedKeyEntry(name, f.code.nameEntries[arg])
                : -1;
        if (entry >= 0) {
            f.code.nameEntries[arg] = entry;
        }
        store(f.locals, name, entry, value);
    }

    /** Stores a stolen value under a str key. */
    public void storeIn(PyDict d, String name, PyObject value) {
        store(d, name, InterpreterState.isIdentifierLike(name) ? d.internedKeyEntry(name) : -1, value);
    }

    /** Stores a stolen value under {@code name}, which is at {@code entry} of {@code d} already when that is not -1. */
    private void store(PyDict d, String name, int entry, PyObject value) {
        if (entry >= 0) {
            // the name is bound already: the interned key stays, only the value changes (the general path's
            // constantStr would return that same key and take and drop a reference to it)
            PyObject old = d.replaceValueAt(entry, value);
            rt.noteDictStore(d, d.keyAt(entry), value);
            rt.decref(value);
            rt.xdecref(old);
            return;
        }
        PyStr key = rt.constantStr(name);
        try {
            PyObject old = d.put(key, value, rt);
            rt.noteDictStore(d, key, value);
            rt.decref(value);
            rt.xdecref(old);
        } finally {
            rt.decref(key);
        }
    }

    private void deleteName(PyDict d, String name, boolean global) {
        PyStr key = rt.constantStr(name);
        PyObject[] pair;
        try {
            pair = d.remove(key, rt);
        } finally {
            rt.decref(key);
        }
        if (pair == null) {
            throw errors.nameError("name '" + name + "' is not defined");
        }
        rt.decref(pair[0]);
        rt.decref(pair[1]);
    }

    private PyException unboundLocal(String name) {
        return errors.unboundLocal(name);
    }

    private PyException unboundDeref(Frame f, int index) {
        int nvars = f.code.varnames.length;
        int ncells = f.code.cellvars.length;
        if (index - nvars < ncells) {
            return unboundLocal(f.code.cellvars[index - nvars]);
        }
        String name = f.code.freevars[index - nvars - ncells];
        return errors.nameError("cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
    }

    /** Thrown when the step budget is spent; not a Python exception, it ends the run. */
    static final class StepLimitExceeded extends RuntimeException {
        StepLimitExceeded() {
            super(null, null, false, false);
        }
    }

    /** Thrown when the wall-time budget is spent. */
    static final class TimeLimitExceeded extends RuntimeException {
        TimeLimitExceeded() {
            super(null, null, false, false);
        }
    }
}
