package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyByteArray;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;

/**
 * Keeps the wall-time limit for work done inside one opcode. The evaluation loop looks at the clock once per
 * thousand steps, which is enough while each step is cheap, but one step can be a builtin that walks a
 * ten-million-character string or a million-item list ({@code s.count('ab')}, {@code 1 in l}, {@code sorted(l)},
 * {@code a == b}); a loop of such steps would run for minutes between two looks at the clock. Native calls and the
 * comparison, containment, subscript and arithmetic opcodes charge the size of the containers they are given (or
 * produce), and once {@value #UNITS_PER_CLOCK_CHECK} units have been charged the clock is read again, so a run
 * overstays its deadline by at most one such operation.
 */
public final class WorkMeter {
    /** About 50 microseconds of linear work on this class of machine: reading the clock costs about 25 ns. */
    static final long UNITS_PER_CLOCK_CHECK = 1 << 16;

    private final long deadlineNanos;
    private long unitsSinceClockCheck;

    WorkMeter(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** Charges {@code units} of linear work (items, characters or bytes) and stops the run past its deadline. */
    public void charge(long units) {
        unitsSinceClockCheck += units;
        if (unitsSinceClockCheck >= UNITS_PER_CLOCK_CHECK) {
            unitsSinceClockCheck = 0;
            if (System.nanoTime() > deadlineNanos) {
                throw new Interpreter.TimeLimitExceeded();
            }
        }
    }

    /** Charges the sizes of the containers among {@code operands}, which may be null. */
    void chargeSizes(PyObject first, PyObject second) {
        long units = size(first) + size(second);
        if (units > 0) {
            charge(units);
        }
    }

    /** Charges the sizes of a native call's receiver and arguments. */
    void chargeCall(PyObject self, PyObject[] args) {
        long units = size(self);
        for (PyObject a : args) {
            units += size(a);
        }
        if (units > 0) {
            charge(units);
        }
    }

    /** How many items, characters or bytes a builtin walking {@code o} may visit; 0 for anything else. */
    static long size(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value().length();
        }
        if (o instanceof PyList l) {
            return l.size();
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof PyBytes b) {
            return b.value().length;
        }
        if (o instanceof PyByteArray b) {
            return b.size();
        }
        return 0;
    }
}
