package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.types.PyModule;

import java.time.Instant;
import dev.heapgrader.engine.interp.PythonSource;

/**
 * The {@code time} module's clocks and {@code sleep} (Modules/timemodule.c): {@code time} and {@code time_ns} read
 * the real clock; {@code perf_counter}, {@code monotonic} and {@code process_time} a monotonic one, which is all
 * a program can compare; {@code sleep} waits for real and counts against the run's wall-time limit.
 */
final class TimeModule {
    private TimeModule() {
    }

    static PyModule create(Interpreter ip) {
        InterpreterState rt = ip.rt;
        PyDict d = rt.newDict();
        NativeTable n = new NativeTable(ip, d, null);
        n.value("__name__", rt.constantStr("time"));
        n.def("time", TimeModule::time);
        n.def("time_ns", TimeModule::timeNs);
        for (String clock : new String[] {"perf_counter", "monotonic", "process_time", "thread_time"}) {
            // process_time and thread_time count the CPU time of the thread the program runs on
            boolean cpu = clock.equals("process_time") || clock.equals("thread_time");
            n.def(clock, (i, self, a, k) -> {
                NativeTable.arity(i, "time." + clock, a, k, 0, 0);
                return i.rt.newFloat((cpu ? cpuNanos() : System.nanoTime()) / 1e9);
            });
            n.def(clock + "_ns", (i, self, a, k) -> {
                NativeTable.arity(i, "time." + clock + "_ns", a, k, 0, 0);
                return i.rt.newInt(cpu ? cpuNanos() : System.nanoTime());
            });
        }
        n.def("sleep", TimeModule::sleep);
        n.def("_fields", TimeCalendar::fields);
        n.def("_mktime", TimeCalendar::mktime);
        n.def("_zone_name", (i, self, a, k) -> i.rt.newStr(TimeCalendar.zoneName(java.time.Instant.now())));
        n.def("_zone_offset", (i, self, a, k) -> i.rt.newInt(java.time.ZoneId.systemDefault().getRules()
                .getOffset(java.time.Instant.now()).getTotalSeconds()));
        PyModule m = rt.track(new PyModule(rt.types.module, "time", d));
        PythonSource.run(ip, PythonSource.resource(
                TimeModule.class, "time_struct.py"), "<time>", d);
        return m;
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** timemodule.c {@code time_sleep}: seconds as a float or an int-like, non-negative, not NaN. */
    private static PyObject sleep(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "time.sleep", a, k, 1, 1);
        double seconds;
        if (a[0] instanceof PyFloat f) {
            seconds = f.value();
            if (Double.isNaN(seconds)) {
                throw ip.errors.valueError("Invalid value NaN (not a number)");
            }
        } else if (a[0] instanceof PyInt i) {
            seconds = i.isSmall() ? i.longValue() : i.bigValue().doubleValue();
        } else {
            seconds = ObjectProtocol.index(ip, a[0], "'%T' object cannot be interpreted as an integer");
        }
        if (seconds < 0) {
            throw ip.errors.valueError("sleep length must be non-negative");
        }
        ip.sleepWithinDeadline((long) Math.min(seconds * 1e9, Long.MAX_VALUE / 2.0));
        return ip.rt.none;
    }

    private static PyObject time(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "time.time", a, k, 0, 0);
        Instant now = Instant.now();
        return i.rt.newFloat(now.getEpochSecond() + now.getNano() / 1e9);
    }

    private static PyObject timeNs(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "time.time_ns", a, k, 0, 0);
        Instant now = Instant.now();
        return i.rt.newInt(java.math.BigInteger.valueOf(now.getEpochSecond()).multiply(
                java.math.BigInteger.valueOf(1_000_000_000L)).add(java.math.BigInteger.valueOf(now.getNano())));
    }
}
