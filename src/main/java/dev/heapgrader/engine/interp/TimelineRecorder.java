package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.memory.UnreachableCycles;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.trace.timeline.CollectionView;
import dev.heapgrader.engine.trace.timeline.FrameView;
import dev.heapgrader.engine.trace.timeline.Probe;
import dev.heapgrader.engine.trace.timeline.Timeline;
import dev.heapgrader.engine.trace.timeline.TimelineOptions;
import dev.heapgrader.engine.trace.timeline.TimelineStep;
import dev.heapgrader.engine.types.PyCell;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the heap timeline of a run that asked for one (the interpreter's {@code timeline} field is null
 * otherwise, so a run without it pays one null check per line, call and probe). Each step is drawn as it happens
 * by {@link TimelineHeap}. Only the program's own frames count: code of the engine's Python modules (a
 * dataclass's generated {@code __init__}) runs unrecorded. Past the cap, line, call and return steps are thinned
 * (every other one dropped, the stride doubled) while probes, collections and exceptions are kept.
 */
public final class TimelineRecorder {
    private final Interpreter ip;
    private final TimelineOptions options;
    private final TimelineHeap heap;
    private final PyDict mainGlobals;
    private final String code;
    /** Steps kept so far; a collection's entry is completed when the collection ends. */
    private final List<Pending> steps = new ArrayList<>();
    private final Map<Frame, Integer> frameIds = new IdentityHashMap<>();
    private int nextFrameId = 1;
    private long totalSteps;
    private long ordinarySeen;
    private int stride = 1;
    private int ordinaryKept;
    private int importantKept;
    private boolean capped;
    /** Nanoseconds spent drawing steps so far, against the options' drawing budget. */
    private long drawingNanos;
    /** The collection in progress and the objects it started with. */
    private Pending collecting;
    private CollectionWork work;
    /** The value the frame being drawn for a return step returns. */
    private PyObject returnValue;
    private boolean runtimeMarked;

    /** A kept step, its collection filled in later when it is one. */
    private static final class Pending {
        TimelineStep step;
        final boolean important;
        CollectionView collection;

        Pending(TimelineStep step, boolean important) {
            this.step = step;
            this.important = important;
        }
    }

    /** What a running collection started from: the objects examined, and which were already finalized. */
    private record CollectionWork(int generation, boolean explicit, List<PyObject> examined,
                                  Map<PyObject, Boolean> finalizedBefore, List<PyObject> unreachable,
                                  List<List<Long>> cycles, List<Long> finalized) { }

    TimelineRecorder(Interpreter ip, TimelineOptions options, PyDict mainGlobals, String code) {
        this.ip = ip;
        this.options = options;
        this.mainGlobals = mainGlobals;
        this.code = code;
        this.heap = new TimelineHeap(ip, mainGlobals.address(), options.maxHeapObjects());
    }

    private boolean isProgram(Frame f) {
        return f.code.filename.equals(ip.filename);
    }

    /** A line of the program is about to run. */
    void line(Frame f) {
        if (isProgram(f)) {
            ordinary("step_line", f);
        }
    }

    /** A program frame was entered (a function, a class body, or a generator resumed). */
    void call(Frame f) {
        if (isProgram(f) && f.function != null) {
            ordinary("call", f);
        }
    }

    /** A program frame returned or yielded {@code result}, shown as Python Tutor's {@code __return__}. */
    void returned(Frame f, PyObject result) {
        if (isProgram(f) && f.function != null) {
            returnValue = result;
            ordinary("return", f);
            returnValue = null;
        }
        if (f.finished || f.generator == null) {
            frameIds.remove(f);
        }
    }

    /** An exception left a program frame. */
    void raised(Frame f, PyException e) {
        if (isProgram(f)) {
            boolean outermost = f.back == null || !isProgram(f.back);
            important(outermost && f.function == null ? "uncaught_exception" : "exception", f, List.of(),
                    message(e.value()));
        }
        frameIds.remove(f);
    }

    /** Python Tutor's {@code exception_msg}: the type, and the message when it is a plain string argument. */
    private static String message(PyObject exc) {
        String type = exc.type().name();
        if (exc instanceof dev.heapgrader.engine.object.PyBaseException be && be.args().size() == 1
                && be.args().get(0) instanceof PyStr text) {
            return type + ": " + text.value();
        }
        return type;
    }

    /** {@code sys.getrefcount} or {@code sys.getsizeof} returned {@code value} for {@code o}. */
    void probe(Probe.Kind kind, PyObject o, long value) {
        Frame f = programFrame();
        if (f != null) {
            important("probe", f, List.of(new Probe(kind, o.address(), o.type().name(), value)), null);
        }
    }

    /** A collection starts over {@code examined}; the step shows the heap before anything is freed. */
    public void collectionStarted(int generation, boolean explicit, List<PyObject> examined) {
        Map<PyObject, Boolean> finalized = new IdentityHashMap<>();
        for (PyObject o : examined) {
            finalized.put(o, o.gc() != null && o.gc().finalized);
        }
        work = new CollectionWork(generation, explicit, List.copyOf(examined), finalized, new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        collecting = important("collection", programFrame(), List.of(), null);
    }

    /** The collector found {@code unreachable} and, after finalizers, {@code garbage} to free. */
    public void collectionFound(List<PyObject> unreachable, List<PyObject> garbage) {
        if (work == null) {
            return;
        }
        for (PyObject o : unreachable) {
            if (!heap.shared(o)) {
                work.unreachable().add(o);
                if (o.gc() != null && o.gc().finalized && !work.finalizedBefore().getOrDefault(o, true)) {
                    work.finalized().add(o.address());
                }
            }
        }
        for (List<PyObject> cycle : UnreachableCycles.among(garbage)) {
            work.cycles().add(cycle.stream().map(PyObject::address).toList());
        }
    }

    /** The collection ended and returned {@code returned}: which of the objects it found are gone. */
    public void collectionDone(long returned) {
        if (work == null) {
            return;
        }
        List<Long> examined = new ArrayList<>();
        for (PyObject o : work.examined()) {
            if (!heap.shared(o)) {
                examined.add(o.address());
            }
        }
        List<Long> unreachable = work.unreachable().stream().map(PyObject::address).toList();
        List<Long> freed = new ArrayList<>();
        if (collecting != null) {
            for (var v : collecting.step.heap()) {
                if (!v.reachable() && isFreed(v.id())) {
                    freed.add(v.id());
                }
            }
        }
        for (PyObject o : work.unreachable()) {
            if (o.refcnt() <= 0 && !freed.contains(o.address())) {
                freed.add(o.address());
            }
        }
        CollectionView view = new CollectionView(work.generation(), work.explicit(), examined, unreachable,
                work.cycles(), work.finalized(), freed, returned);
        if (collecting != null) {
            collecting.collection = view;
        }
        lastDrawn = null;
        collecting = null;
        work = null;
    }

    /** The objects the last drawn step showed, by address, to tell afterwards which ones died. */
    private Map<Long, PyObject> lastDrawn;

    private boolean isFreed(long address) {
        PyObject o = lastDrawn == null ? null : lastDrawn.get(address);
        return o != null && o.refcnt() <= 0;
    }

    private Frame programFrame() {
        Frame f = ip.current;
        while (f != null && !isProgram(f)) {
            f = f.back;
        }
        return f;
    }

    private void ordinary(String event, Frame f) {
        totalSteps++;
        if (ordinarySeen++ % stride != 0) {
            return;
        }
        if (ordinaryKept >= options.maxSteps()) {
            thin();
            if ((ordinarySeen - 1) % stride != 0) {
                return;
            }
        }
        if (overBudget()) {
            return;
        }
        ordinaryKept++;
        steps.add(new Pending(draw(event, f, List.of(), null), false));
    }

    private boolean overBudget() {
        if (drawingNanos > options.drawingBudget().toNanos()) {
            capped = true;
            return true;
        }
        return false;
    }

    private Pending important(String event, Frame f, List<Probe> probes, String exception) {
        totalSteps++;
        if (importantKept >= options.maxSteps() || overBudget()) {
            capped = true;
            return null;
        }
        importantKept++;
        Pending p = new Pending(draw(event, f, probes, exception), true);
        steps.add(p);
        return p;
    }

    /** Halves the line steps kept (every other one goes) and doubles the stride for those to come. */
    private void thin() {
        List<Pending> kept = new ArrayList<>(steps.size());
        int ordinaryIndex = 0;
        for (Pending p : steps) {
            if (p.important || ordinaryIndex++ % 2 == 0) {
                kept.add(p);
            }
        }
        steps.clear();
        steps.addAll(kept);
        ordinaryKept = (ordinaryKept + 1) / 2;
        stride *= 2;
    }

    private TimelineStep draw(String event, Frame top, List<Probe> probes, String exception) {
        long start = System.nanoTime();
        try {
            return drawNow(event, top, probes, exception);
        } finally {
            drawingNanos += System.nanoTime() - start;
        }
    }

    private TimelineStep drawNow(String event, Frame top, List<Probe> probes, String exception) {
        if (!runtimeMarked && mainGlobals.refcnt() > 0) {
            // the namespace ProgramRunner set up is the interpreter's, not the program's: its dunder entries too
            runtimeMarked = true;
            heap.markRuntimeOwned(mainGlobals);
            for (int i = 0; i < mainGlobals.entryCount(); i++) {
                if (mainGlobals.keyAt(i) instanceof PyStr k && isDunder(k.value())) {
                    heap.markRuntimeOwned(mainGlobals.valueAt(i));
                }
            }
        }
        List<Frame> frames = new ArrayList<>();
        for (Frame f = top; f != null; f = f.back) {
            if (isProgram(f) && f.function != null) {
                frames.add(0, f);
            }
        }
        List<PyObject> roots = new ArrayList<>();
        List<String> globalNames = new ArrayList<>();
        if (mainGlobals.refcnt() > 0) {
            for (int i = 0; i < mainGlobals.entryCount(); i++) {
                if (mainGlobals.keyAt(i) instanceof PyStr k && !isDunder(k.value())) {
                    globalNames.add(k.value());
                    roots.add(mainGlobals.valueAt(i));
                }
            }
        }
        List<List<String>> localNames = new ArrayList<>();
        for (Frame f : frames) {
            localNames.add(locals(f, f == top ? returnValue : null, roots));
        }
        TimelineHeap.Drawing drawing = heap.draw(roots);
        int next = 0;
        List<FrameView.Variable> globals = new ArrayList<>();
        for (String name : globalNames) {
            globals.add(new FrameView.Variable(name, heap.value(roots.get(next++))));
        }
        List<FrameView> frameViews = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            List<FrameView.Variable> locals = new ArrayList<>();
            for (String name : localNames.get(i)) {
                locals.add(new FrameView.Variable(name, heap.value(roots.get(next++))));
            }
            Frame f = frames.get(i);
            frameViews.add(new FrameView(f.code.qualname, frameIds.computeIfAbsent(f, k -> nextFrameId++), locals));
        }
        if (event.equals("collection")) {
            lastDrawn = new java.util.HashMap<>();
            for (PyObject o : drawing.drawn()) {
                lastDrawn.put(o.address(), o);
            }
        }
        int line = top == null ? 0 : top.line();
        String funcName = top == null || top.function == null ? "<module>" : top.code.qualname;
        return new TimelineStep(steps.size(), event, line, funcName, globals, frameViews, drawing.objects(),
                drawing.truncated(), ip.rt.stdout.length(), probes, List.of(), exception);
    }

    /**
     * The names of the frame's variables in slot order (arguments and locals, then cells and free variables, by
     * their contents), then Python Tutor's {@code __return__}; their values are appended to {@code roots}.
     */
    private List<String> locals(Frame f, PyObject returning, List<PyObject> roots) {
        List<String> out = new ArrayList<>();
        Code c = f.code;
        int n = c.varnames.length + c.cellvars.length + c.freevars.length;
        for (int i = 0; i < Math.min(n, f.fast.length); i++) {
            PyObject v = f.fast[i];
            String name = i < c.varnames.length ? c.varnames[i]
                    : i < c.varnames.length + c.cellvars.length ? c.cellvars[i - c.varnames.length]
                    : c.freevars[i - c.varnames.length - c.cellvars.length];
            if (v instanceof PyCell cell) {
                v = cell.contents;
            }
            if (v != null && !name.startsWith(".") && !out.contains(name)) {
                out.add(name);
                roots.add(v);
            }
        }
        if (returning != null) {
            out.add("__return__");
            roots.add(returning);
        }
        return out;
    }

    private static boolean isDunder(String name) {
        return name.startsWith("__") && name.endsWith("__");
    }

    Timeline build(String pythonVersion) {
        List<TimelineStep> out = new ArrayList<>(steps.size());
        for (Pending p : steps) {
            TimelineStep s = p.step;
            out.add(new TimelineStep(out.size(), s.event(), s.line(), s.funcName(), s.globals(), s.frames(),
                    s.heap(), s.heapTruncated(), s.stdoutLength(), s.probes(),
                    p.collection == null ? List.of() : List.of(p.collection), s.exception()));
        }
        return new Timeline(code, pythonVersion, out, ip.rt.stdout.toString(), totalSteps, stride, capped);
    }
}
