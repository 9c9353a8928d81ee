package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.protocol.ObjectProtocol;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The calendar arithmetic under {@code time.gmtime}, {@code localtime} and {@code mktime} (Modules/timemodule.c
 * over the C library's {@code gmtime_r}, {@code localtime_r} and {@code mktime}): the fields of a moment in UTC or
 * in the host's time zone, and back. {@code struct_time} itself is Python ({@code time_struct.py}).
 */
final class TimeCalendar {
    private TimeCalendar() {
    }

    /**
     * {@code _fields(secs, local)}: the eleven fields of {@code struct_time} (the nine visible ones, tm_zone,
     * tm_gmtoff) for {@code secs} seconds since the epoch (now when None), floored to a whole second as
     * {@code _PyTime_ObjectToTime_t} does.
     */
    static PyObject fields(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "_fields", a, k, 2, 2);
        long secs;
        if (a[0] == ip.rt.none) {
            secs = Instant.now().getEpochSecond();
        } else if (a[0] instanceof PyFloat f) {
            if (Double.isNaN(f.value())) {
                throw ip.errors.valueError("Invalid value NaN (not a number)");
            }
            secs = (long) Math.floor(f.value());
        } else if (a[0] instanceof PyInt i) {
            secs = i.longValue();
        } else {
            throw ip.errors.typeError("'" + a[0].type().name() + "' object cannot be interpreted as an integer");
        }
        boolean local = ObjectProtocol.truthy(ip, a[1]);
        Instant at = Instant.ofEpochSecond(secs);
        ZonedDateTime t = at.atZone(local ? ZoneId.systemDefault() : ZoneOffset.UTC);
        boolean dst = local && ZoneId.systemDefault().getRules().isDaylightSavings(at);
        PyObject[] items = {ip.rt.newInt(t.getYear()), ip.rt.newInt(t.getMonthValue()),
            ip.rt.newInt(t.getDayOfMonth()), ip.rt.newInt(t.getHour()), ip.rt.newInt(t.getMinute()),
            ip.rt.newInt(t.getSecond()), ip.rt.newInt(t.getDayOfWeek().getValue() - 1),
            ip.rt.newInt(t.getDayOfYear()), ip.rt.newInt(dst ? 1 : 0),
            // glibc's gmtime_r names UTC "GMT"
            ip.rt.newStr(local ? zoneName(at) : "GMT"), ip.rt.newInt(t.getOffset().getTotalSeconds())};
        return ip.rt.newTuple(items);
    }

    /** The host zone's abbreviation at {@code at} ("UTC", "CET", "CEST"), as {@code tm_zone} gives it. */
    static String zoneName(Instant at) {
        return DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(at.atZone(ZoneId.systemDefault()));
    }

    /** {@code mktime}: the local fields back to seconds since the epoch, out-of-range fields carried over. */
    static PyObject mktime(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        PyTuple t = (PyTuple) a[0];
        long[] f = new long[6];
        for (int i = 0; i < 6; i++) {
            f[i] = ObjectProtocol.index(ip, t.get(i), "'%T' object cannot be interpreted as an integer");
        }
        LocalDateTime when = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1)
                .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
        return ip.rt.newFloat(when.atZone(ZoneId.systemDefault()).toEpochSecond());
    }
}
