package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.CallPlan;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.compile.Compiler;
import dev.heapgrader.engine.compile.ConstantPool;
import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.errors.Tracebacks;
import dev.heapgrader.engine.modules.WeakrefPrelude;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.syntax.ast.Module;
import dev.heapgrader.engine.trace.timeline.Timeline;
import dev.heapgrader.engine.trace.timeline.TimelineOptions;
import dev.heapgrader.engine.types.PyModule;
import dev.heapgrader.engine.version.PythonVersion;

/**
 * Runs a parsed module as {@code __main__} the way {@code python3 file.py} does: the module's constants are
 * referenced by its syntax tree until it finishes, an uncaught exception prints its traceback and exits 1,
 * {@code SystemExit} sets the status, and at shutdown the pending output is flushed and the main module's
 * globals are released in binding order.
 */
public final class ProgramRunner {
    private ProgramRunner() {
    }

    /** What the interpreter produced; {@code outcome} explains why it stopped. */
    public record Result(String stdout, String stderr, int exitStatus, RunResult.Outcome outcome,
                         dev.heapgrader.engine.trace.Trace trace, Timeline timeline) {
        Result(String stdout, String stderr, int exitStatus, RunResult.Outcome outcome,
               dev.heapgrader.engine.trace.Trace trace) {
            this(stdout, stderr, exitStatus, outcome, trace, null);
        }
    }

    /** The modules a program may import ({@code ImportableModules.PROVIDED}), for the engine's callers. */
    public static java.util.List<String> providedModules() {
        return dev.heapgrader.engine.modules.ImportableModules.PROVIDED;
    }

    /**
     * Runs the module, then {@code plan}'s calls unless the module ended with an exception other than SystemExit;
     * printing more than {@code maxOutputChars} (stdout and stderr together) stops the program. Records the heap
     * timeline when {@code options} is not null. The run offers to pause to {@code pacer} and checks its deadline
     * whenever {@code clock} rings.
     */
    public static Result run(Module module, String filename, PythonVersion version, long maxSteps,
                             long maxHeapBytes, long deadlineNanos, String stdin, CallPlan plan,
                             long maxOutputChars, TimelineOptions options, dev.heapgrader.engine.RunPacer pacer,
                             dev.heapgrader.engine.ClockSignal clock) {
        InterpreterState rt = new InterpreterState(version, maxHeapBytes);
        rt.maxOutputChars = maxOutputChars;
        Interpreter ip = new Interpreter(rt, filename, module.sourceLines(), stdin, maxSteps, deadlineNanos);
        ip.pacing(pacer, clock);
        RunResult.Outcome outcome = RunResult.Outcome.COMPLETED;
        int status = 0;
        ConstantPool pool = new ConstantPool(rt);
        PyDict globals = rt.newDict();
        if (options != null) {
            ip.timeline = new TimelineRecorder(ip, options, globals, String.join("\n", module.sourceLines()));
        }
        try {
            Code code = Compiler.compileModule(rt, module, filename, pool);
            ip.storeIn(globals, "__name__", rt.constantStr("__main__"));
            ip.storeIn(globals, "__doc__", rt.none);
            ip.storeIn(globals, "__package__", rt.none);
            ip.storeIn(globals, "__loader__", rt.none);
            ip.storeIn(globals, "__spec__", rt.none);
            ip.storeIn(globals, "__annotations__", rt.newDict());
            ip.storeIn(globals, "__builtins__", ip.modules.builtinsModule(ip.builtins));
            ip.storeIn(globals, "__file__", rt.newStr(filename));
            ip.storeIn(globals, "__cached__", rt.none);
            // the executing frame holds its f_locals (here the globals) strongly: an external reference, so a
            // collection during the run never finds the module's namespace unreachable
            globals.incref();
            Frame frame = new Frame(code, null, globals, ip.builtins, globals);
            rt.stopAtOutputCap = true;
            try {
                rt.decref(ip.execute(frame));
            } finally {
                rt.stopAtOutputCap = false;
                rt.decref(code);
                pool.releaseArena();
                rt.decref(globals);
            }
        } catch (PyException e) {
            status = uncaught(ip, e);
            outcome = status == 0 && isSystemExit(ip, e.value()) ? RunResult.Outcome.COMPLETED
                    : isSystemExit(ip, e.value()) ? RunResult.Outcome.COMPLETED : RunResult.Outcome.UNCAUGHT_EXCEPTION;
            rt.decref(e.value());
        } catch (Interpreter.StepLimitExceeded e) {
            return stepLimit(ip, rt, maxSteps);
        } catch (Interpreter.TimeLimitExceeded e) {
            return timeLimit(ip, rt);
        } catch (OutputLimitExceeded e) {
            if (rt.stderr.length() > 0 && rt.stderr.charAt(rt.stderr.length() - 1) != '\n') {
                // a flood cut mid-line on stderr: the stop message still gets a line of its own
                rt.stderr.append('\n');
            }
            rt.stderr.append("HeapGrader: stopped after printing ").append(maxOutputChars)
                    .append(" characters (the output limit)\n");
            return new Result(rt.stdout.toString(), rt.stderr.toString(), 1, RunResult.Outcome.OUTPUT_LIMIT,
                    ip.trace.build(), timeline(ip, rt.version));
        }
        try {
            if (outcome == RunResult.Outcome.COMPLETED) {
                PlannedCalls.run(ip, globals, plan);
            }
        } catch (Interpreter.StepLimitExceeded e) {
            return stepLimit(ip, rt, maxSteps);
        } catch (Interpreter.TimeLimitExceeded e) {
            return timeLimit(ip, rt);
        }
        try {
            shutdown(ip, globals);
        } catch (PyException e) {
            rt.decref(e.value());
        } catch (Interpreter.StepLimitExceeded e) {
            return stepLimit(ip, rt, maxSteps);
        } catch (Interpreter.TimeLimitExceeded e) {
            // the last collections (finalizers, a big heap) can outlast the deadline as the program can
            return timeLimit(ip, rt);
        }
        return new Result(rt.stdout.toString(), rt.stderr.toString(), status, outcome, ip.trace.build(),
                timeline(ip, version));
    }

    private static Timeline timeline(Interpreter ip, PythonVersion version) {
        return ip.timeline == null ? null : ip.timeline.build(version.label());
    }

    private static Result stepLimit(Interpreter ip, InterpreterState rt, long maxSteps) {
        rt.stderr.append("HeapGrader: stopped after ").append(maxSteps).append(" steps\n");
        return new Result(rt.stdout.toString(), rt.stderr.toString(), 1, RunResult.Outcome.STEP_LIMIT,
                ip.trace.build(), timeline(ip, rt.version));
    }

    private static Result timeLimit(Interpreter ip, InterpreterState rt) {
        rt.stderr.append("HeapGrader: stopped at the time limit\n");
        return new Result(rt.stdout.toString(), rt.stderr.toString(), 1, RunResult.Outcome.TIME_LIMIT,
                ip.trace.build(), timeline(ip, rt.version));
    }

    private static boolean isSystemExit(Interpreter ip, PyObject exc) {
        return exc.type().isSubtypeOf(ip.errors.type("SystemExit"));
    }

    /** Python/pythonrun.c {@code handle_system_exit} and {@code PyErr_Print}. */
    private static int uncaught(Interpreter ip, PyException e) {
        InterpreterState rt = ip.rt;
        PyObject exc = e.value();
        ip.stdout.flush();
        if (isSystemExit(ip, exc)) {
            PyBaseException be = (PyBaseException) exc;
            PyObject code = be.args().size() == 0 ? rt.none : be.args().get(0);
            if (code == rt.none) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return (int) i.longValue();
            }
            rt.writeErr(Repr.str(ip, code) + "\n");
            return 1;
        }
        StringBuilder sb = new StringBuilder();
        Tracebacks.format(ip, exc, sb);
        rt.writeErr(sb.toString());
        int line = exc instanceof PyBaseException be && !be.traceback().isEmpty()
                ? Integer.parseInt(be.traceback().get(be.traceback().size() - 1)[1]) : 0;
        ip.trace.uncaught(line, exc.type().name(), safeStr(ip, exc));
        return 1;
    }

    private static String safeStr(Interpreter ip, PyObject exc) {
        try {
            return Repr.str(ip, exc);
        } catch (PyException e) {
            ip.rt.decref(e.value());
            return "";
        }
    }

    /**
     * {@code Py_FinalizeEx} as far as a program can see it: flush stdout, run the atexit handlers, collect
     * ({@code _PyGC_CollectIfEnabled}) while {@code __main__} is still in {@code sys.modules}, drop
     * {@code __main__} from it ({@code finalize_remove_modules}), then collect again ({@code _PyGC_CollectNoFail}).
     * The module's namespace lives on in a cycle with its functions and classes, so this second collection is what
     * runs the last {@code __del__} methods, in the order the first collection left the objects in: a namespace
     * found reachable where it stands keeps allocation order (3.11); one first found unreachable is pulled back
     * behind everything and re-queues its values in binding order (3.12+).
     */
    private static void shutdown(Interpreter ip, PyDict globals) {
        InterpreterState rt = ip.rt;
        ip.stdout.flush();
        // atexit handlers (weakref.finalize's) run before the main module is torn down
        PyModule weakref = ip.modules.loaded().get("weakref");
        if (weakref != null) {
            WeakrefPrelude.runAtExit(ip, weakref.dict);
        }
        ip.gc.atExit = true;
        if (ip.gc.isEnabled()) {
            if (!rt.version.exitCollectionFindsMainNamespaceInPlace() && rt.heap.isTracked(globals)) {
                // behind the younger generations, which a full collection walks after the oldest one
                rt.heap.moveTo(globals, 1);
            }
            ip.gc.collect(2, false);
        }
        // sys.modules['__main__'] = None: the module object, and with it its reference to the namespace, goes
        rt.decref(globals);
        ip.gc.collect(2, false);
        ip.stdout.flush();
    }
}
