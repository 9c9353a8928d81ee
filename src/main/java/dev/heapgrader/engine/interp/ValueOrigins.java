package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.trace.TraceEvent;
import dev.heapgrader.engine.types.PyBuiltin;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyMethod;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the values returned by the probes ({@code sys.getrefcount}, {@code sys.getsizeof}, {@code gc.collect})
 * went during one run, so grading judges what the program did with a measurement rather than how it spelled it.
 *
 * <p>An origin is the trace index of a probe event or of a {@link TraceEvent.ProbeValueCombined} event. A side
 * table keyed by object identity ({@link OriginTable}) maps a value to its origins; it is consulted, never changes which objects the
 * program sees, so {@code is} and reference counts stay CPython's. A value keeps its identity wherever it travels
 * (helper functions, returned tuples, unpacking, containers, attributes), so those need no hook. The hooks are the
 * operations that make a new value out of probed ones (compare, arithmetic, f-strings, {@code %}, builtin calls
 * such as {@code str} or {@code round}) and those that show one ({@code print}, a tested condition, {@code assert}).
 *
 * <p>Shared objects (CPython's small ints -5..256, {@code True}, {@code False}, immortal singletons) are the one
 * ambiguity: a refcount of 2 is the same object as every other 2. The table keys them by identity too, and keeps
 * that from producing a false pass by forgetting a shared object's origins whenever the program makes that object
 * some other way: loading it as a literal ({@code print(80 < 104)} after measuring 80 and 104), a builtin call
 * that returns it ({@code len(x)}), or an operation on values without origins. What remains is a shared value
 * that the probe made and the program then passed on unchanged, which is the value the probe returned. The checks
 * also keep their syntax-tree reading, so forgetting can only cost the run-time path a pass, never a student one.
 */
public final class ValueOrigins {
    private static final int[] NONE = new int[0];
    /** Bounds, so a loop over probed values cannot grow the trace or the table without limit. */
    private static final int MAX_EVENTS = 10_000;
    private static final int MAX_VALUES = 1_000_000;
    private static final int MAX_ORIGINS = 64;
    private static final int MAX_DEPTH = 3;
    private static final int MAX_VISITED = 64;
    private static final int MAX_ITEMS = 16;

    private final OriginTable origins = new OriginTable();
    private final Map<TraceEvent, Integer> recorded = new HashMap<>();
    private final Map<Site, Integer> combinations = new HashMap<>();
    private PyObject lastProbed;
    /** Set by the first probe: until then no value has origins and every hook has nothing to do. */
    private boolean probing;

    /** Whether a probe has returned a value in this run; the interpreter skips the hooks until one has. */
    boolean probing() {
        return probing;
    }

    /** A probe returned {@code value}; {@code event} is the trace index of its event (-1 when the trace is full). */
    public PyObject probed(int event, PyObject value) {
        if (event >= 0) {
            attach(value, new int[] {event});
            lastProbed = value;
            probing = true;
        }
        return value;
    }

    /** {@code LOAD_CONST}: a literal is made by the program, not by a probe, so a shared one forgets its origins. */
    PyObject literal(PyObject constant) {
        if (!origins.isEmpty() && constant.isImmortal()) {
            origins.remove(constant);
        }
        return constant;
    }

    /**
     * {@code COMPARE_OP} and {@code BINARY_OP}: when an operand carries origins, records the combination and gives
     * the result the union of both operands' origins and the combination's own. A str result ({@code %}, {@code +})
     * is formatting: it carries the origins of the values formatted into it, and no combination is recorded.
     */
    PyObject combined(Interpreter ip, String operation, PyObject left, PyObject right, PyObject result) {
        if (origins.isEmpty()) {
            return result;
        }
        boolean formatting = result instanceof PyStr;
        int[] l = formatting ? withItems(left) : of(left);
        int[] r = formatting ? withItems(right) : of(right);
        if (l.length == 0 && r.length == 0) {
            forgetShared(result);
            return result;
        }
        int[] both = union(l, r);
        if (formatting) {
            attach(result, both);
            return result;
        }
        // a comparison's event keeps its result (True or False); arithmetic in a loop is one event per site
        boolean comparison = result == ip.rt.trueObj || result == ip.rt.falseObj;
        int line = TraceRecorder.currentLine(ip);
        Site site = new Site(line, operation, l, r, comparison ? result : null);
        Integer id = combinations.get(site);
        if (id == null) {
            id = record(ip, new TraceEvent.ProbeValueCombined(line, operation, list(l), list(r),
                    shortRepr(ip, result)));
            combinations.put(site, id);
        }
        attach(result, id < 0 ? both : union(both, new int[] {id}));
        return result;
    }

    /** Where a combination happened, to record it once: line, operator, operands' origins, a comparison's result. */
    private record Site(int line, String operation, int[] left, int[] right, PyObject result) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Site s && s.line == line && s.operation.equals(operation) && s.result == result
                    && Arrays.equals(s.left, left) && Arrays.equals(s.right, right);
        }

        @Override
        public int hashCode() {
            return (line * 31 + operation.hashCode()) * 31 + Arrays.hashCode(left) * 7 + Arrays.hashCode(right);
        }
    }

    /** {@code FORMAT_VALUE} and {@code BUILD_STRING}: the string made carries the origins of what went into it. */
    PyObject derived(PyObject result, PyObject... sources) {
        if (origins.isEmpty()) {
            return result;
        }
        int[] in = NONE;
        for (PyObject s : sources) {
            in = union(in, deep(s));
        }
        if (in.length > 0) {
            attach(result, in);
        } else {
            forgetShared(result);
        }
        return result;
    }

    /**
     * A call from the program returned {@code result}. {@code print} shows its arguments. A Python function's
     * result keeps its identity, so it needs nothing; a builtin's fresh result ({@code str(size)},
     * {@code round(ratio, 2)}, {@code "{}".format(size)}) carries its arguments' origins, and so does a shared object
     * it returns ({@code math.ceil(ratio)}); a shared object returned from arguments without origins ({@code len(x)})
     * forgets its own, unless it is the probe's own value.
     */
    PyObject called(Interpreter ip, PyObject callable, PyObject self, PyObject[] args, PyObject result) {
        PyObject probe = lastProbed;
        lastProbed = null;
        if (origins.isEmpty() || result == null) {
            return result;
        }
        if (callable instanceof PyBuiltin b && b.self == null && b.owner == null && b.name.equals("print")) {
            shown(ip, "printed", args);
        } else if (writesToStream(ip, callable, self)) {
            // sys.stdout.write(str(x)) shows x as print(x) does (issue 12)
            shown(ip, "written", args);
        }
        if (result == ip.rt.none || result == probe || callable instanceof PyFunction
                || callable instanceof PyMethod m && m.func instanceof PyFunction) {
            return result;
        }
        if (result == self) {
            return result;
        }
        for (PyObject a : args) {
            if (a == result) {
                return result;
            }
        }
        int[] in = self == null ? NONE : withItems(self);
        for (PyObject a : args) {
            in = union(in, withItems(a));
        }
        if (result.isImmortal()) {
            // a shared result made from probed values (math.ceil(ratio)) carries only those; any other forgets
            if (in.length > 0) {
                origins.put(result, in);
            } else {
                origins.remove(result);
            }
        } else if (in.length > 0) {
            attach(result, union(of(result), in));
        }
        return result;
    }

    /** The {@code write} method of the real {@code sys.stdout} or {@code sys.stderr}, called bound or through self. */
    private static boolean writesToStream(Interpreter ip, PyObject callable, PyObject self) {
        if (!(callable instanceof PyBuiltin b) || !b.name.equals("write")) {
            return false;
        }
        PyObject stream = b.self != null ? b.self : self;
        return stream != null && (stream == ip.sysStdout || stream == ip.sysStderr);
    }

    /** {@code print} of these values, or a condition tested by {@code if}, {@code while} or {@code assert}. */
    void shown(Interpreter ip, String how, PyObject... values) {
        if (origins.isEmpty()) {
            return;
        }
        int[] in = NONE;
        for (PyObject v : values) {
            in = union(in, deep(v));
        }
        if (in.length > 0) {
            record(ip, new TraceEvent.ProbeValueShown(TraceRecorder.currentLine(ip), how, list(in)));
        }
    }

    private int record(Interpreter ip, TraceEvent event) {
        Integer known = recorded.get(event);
        if (known != null) {
            return known;
        }
        if (recorded.size() >= MAX_EVENTS) {
            return -1;
        }
        int id = ip.trace.add(event);
        recorded.put(event, id);
        return id;
    }

    private void attach(PyObject value, int[] ids) {
        if (ids.length == 0) {
            return;
        }
        if (origins.size() >= MAX_VALUES && !origins.contains(value)) {
            return;
        }
        origins.put(value, ids.length > MAX_ORIGINS ? Arrays.copyOf(ids, MAX_ORIGINS) : ids);
    }

    private void forgetShared(PyObject value) {
        if (value != null && value.isImmortal()) {
            origins.remove(value);
        }
    }

    private int[] of(PyObject value) {
        int[] ids = value == null ? null : origins.get(value);
        return ids == null ? NONE : ids;
    }

    /**
     * The origins of a value and, for a small tuple or list, of its items ({@code ", ".join([str(t), str(l)])}):
     * what a builtin's result is made of, cheap enough to ask on every call ({@code history.append(item)} on a
     * long list looks at the list alone).
     */
    private int[] withItems(PyObject value) {
        int[] in = of(value);
        PyObject[] items = value instanceof PyTuple t ? t.items()
                : value instanceof PyList l && l.size() <= MAX_ITEMS ? l.toArray() : null;
        if (items != null && items.length <= MAX_ITEMS) {
            for (PyObject item : items) {
                in = union(in, of(item));
            }
        }
        return in;
    }

    /** The origins of a value and of what it refers to (a tuple's items, an instance's attributes), bounded. */
    private int[] deep(PyObject value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof PyInt || value instanceof PyFloat || value instanceof PyStr) {
            return of(value);
        }
        int[][] acc = {of(value)};
        Map<PyObject, Boolean> seen = new IdentityHashMap<>();
        collect(value, 0, seen, acc);
        return acc[0];
    }

    private void collect(PyObject value, int depth, Map<PyObject, Boolean> seen, int[][] acc) {
        if (depth >= MAX_DEPTH || seen.size() >= MAX_VISITED || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        value.traverse(child -> {
            if (child != null && !(child instanceof dev.heapgrader.engine.object.PyType)) {
                acc[0] = union(acc[0], of(child));
                collect(child, depth + 1, seen, acc);
            }
        });
    }

    /** The sorted union of two sorted origin sets, at most MAX_ORIGINS long; one of them when it holds the other. */
    private static int[] union(int[] a, int[] b) {
        if (b.length == 0 || a == b || contains(a, b)) {
            return a;
        }
        if (a.length == 0 || contains(b, a)) {
            return b;
        }
        int[] out = new int[Math.min(a.length + b.length, MAX_ORIGINS)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (n < out.length && (i < a.length || j < b.length)) {
            int next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[n++] = next;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static boolean contains(int[] all, int[] some) {
        for (int id : some) {
            if (Arrays.binarySearch(all, id) < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> list(int[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }

    /** The result's value for numbers and bools (what a check evaluates), else its type name. */
    private static String shortRepr(Interpreter ip, PyObject result) {
        if (result == ip.rt.trueObj) {
            return "True";
        }
        if (result == ip.rt.falseObj) {
            return "False";
        }
        if (result instanceof PyInt i && i.type() == ip.rt.types.intType) {
            String s = i.toString();
            return s.length() > 40 ? "int" : s;
        }
        if (result instanceof PyFloat fl && fl.type() == ip.rt.types.floatType) {
            return Double.toString(fl.value());
        }
        return result.type().name();
    }
}
