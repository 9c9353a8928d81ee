package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.trace.Trace;
import dev.heapgrader.engine.trace.TraceEvent;

import java.util.ArrayList;
import java.util.List;

/** Collects the trace of one run, up to a cap so a long loop cannot exhaust memory. */
public final class TraceRecorder {
    static final int MAX_EVENTS = 100_000;
    private static final int MAX_REPR = 200;

    private final List<TraceEvent> events = new ArrayList<>();
    private boolean truncated;
    private int lastExplicitCollection = -1;

    private boolean room() {
        if (events.size() >= MAX_EVENTS) {
            truncated = true;
            return false;
        }
        return true;
    }

    /**
     * The line of the program's own code that is running: events raised inside the engine's Python modules
     * (a dataclass's generated __init__, weakref.finalize) belong to the program line that called them.
     */
    private static int line(Interpreter ip) {
        Frame f = ip.current;
        while (f != null && !f.code.filename.equals(ip.filename)) {
            f = f.back;
        }
        return f == null ? (ip.current == null ? 0 : ip.current.line()) : f.line();
    }

    /** Records an event of the engine's own planned calls; never dropped by the cap, as there are only a few. */
    void planned(TraceEvent event) {
        events.add(event);
    }

    /** Records the probe; returns its trace index, or -1 when the trace is full. */
    public int refcountProbe(Interpreter ip, PyObject o, long value) {
        if (ip.timeline != null) {
            ip.timeline.probe(dev.heapgrader.engine.trace.timeline.Probe.Kind.REFCOUNT, o, value);
        }
        return add(new TraceEvent.RefcountProbe(line(ip), o.address(), o.type().name(), isUser(o), value));
    }

    /** Appends an event; returns its trace index, or -1 when the trace is full. */
    public int add(TraceEvent event) {
        if (!room()) {
            return -1;
        }
        events.add(event);
        return events.size() - 1;
    }

    /** The trace index of the last explicit collection's event, or -1: the origin of gc.collect()'s value. */
    public int lastExplicitCollection() {
        return lastExplicitCollection;
    }

    /** Records the probe; returns its trace index, or -1 when the trace is full. */
    public int sizeProbe(Interpreter ip, PyObject o, long size) {
        if (ip.timeline != null) {
            ip.timeline.probe(dev.heapgrader.engine.trace.timeline.Probe.Kind.SIZE, o, size);
        }
        if (room()) {
            String repr;
            try {
                repr = Repr.repr(ip, o);
            } catch (PyException e) {
                ip.rt.decref(e.value());
                repr = "?";
            }
            if (repr.length() > MAX_REPR) {
                repr = repr.substring(0, MAX_REPR) + "...";
            }
            return add(new TraceEvent.SizeProbe(line(ip), o.address(), o.type().name(), size, repr));
        }
        return -1;
    }

    public void containerStore(Interpreter ip, PyObject container, PyObject item, String operation) {
        if (isUser(item) && room()) {
            events.add(new TraceEvent.ContainerStore(line(ip), container.address(), container.type().name(),
                    item.address(), item.type().name(), operation));
        }
    }

    /** Records the items of {@code items} (a list or tuple) as stored into {@code container}. */
    public void containerStoresOf(Interpreter ip, PyObject container, PyObject items, String operation) {
        PyObject[] stored = items instanceof PyList l ? l.toArray()
                : items instanceof PyTuple t ? t.items() : new PyObject[0];
        for (PyObject item : stored) {
            containerStore(ip, container, item, operation);
        }
    }

    /** Records the items of {@code list} from index {@code from} on, as just stored by {@code operation}. */
    public void containerStoresFrom(Interpreter ip, PyList list, int from, String operation) {
        for (int i = from; i < list.size(); i++) {
            containerStore(ip, list, list.get(i), operation);
        }
    }

    public void collection(Interpreter ip, TraceEvent.Collection event) {
        int id = add(event);
        if (event.explicit()) {
            lastExplicitCollection = id;
        }
    }

    /** The line the program is at, for events built elsewhere. */
    public static int currentLine(Interpreter ip) {
        return line(ip);
    }

    void classDefined(Interpreter ip, PyType t) {
        if (room()) {
            List<String> slots = null;
            boolean dict = false;
            for (PyType k : t.mroList()) {
                dict |= k.layout().managedDict();
            }
            if (t.dict().getStr("__slots__") != null) {
                slots = t.layout().slotNames();
            }
            events.add(new TraceEvent.ClassDefined(line(ip), t.name(), slots, dict));
        }
    }

    public void attributeSet(Interpreter ip, PyObject o, String name) {
        if (room()) {
            events.add(new TraceEvent.AttributeSet(line(ip), o.address(), o.type().name(), name));
        }
    }

    void uncaught(int line, String typeName, String message) {
        events.add(new TraceEvent.Uncaught(line, typeName, message));
    }

    static boolean isUser(PyObject o) {
        return o.type().isHeapType();
    }

    Trace build() {
        return new Trace(events, truncated);
    }
}
