package dev.heapgrader.engine.errors;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Repr;

import java.util.List;

/**
 * Prints an uncaught exception as CPython's {@code traceback} module does: chained causes and contexts first,
 * then "Traceback (most recent call last):", a "File ..., line N, in name" line and the source line per frame,
 * and the final "Type: message" line, to which 3.10+ append their "Did you mean" hints.
 */
public final class Tracebacks {
    private Tracebacks() {
    }

    public static void format(Interpreter ip, PyObject exc, StringBuilder sb) {
        formatChain(ip, exc, sb, 0);
    }

    private static void formatChain(Interpreter ip, PyObject exc, StringBuilder sb, int depth) {
        if (exc instanceof PyBaseException be && depth < 100) {
            if (be.cause() != null) {
                formatChain(ip, be.cause(), sb, depth + 1);
                sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if (be.context() != null && !be.suppressContext()) {
                formatChain(ip, be.context(), sb, depth + 1);
                sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
            List<String[]> tb = be.traceback();
            if (!tb.isEmpty()) {
                sb.append("Traceback (most recent call last):\n");
                String[] previous = null;
                int repeats = 0;
                for (String[] entry : tb) {
                    // traceback.py: after three identical lines, the rest are counted, not printed
                    if (previous != null && java.util.Arrays.equals(previous, entry)) {
                        repeats++;
                        if (repeats >= 3) {
                            continue;
                        }
                    } else {
                        appendRepeats(sb, repeats);
                        repeats = 0;
                    }
                    previous = entry;
                    sb.append("  File \"").append(entry[0]).append("\", line ").append(entry[1]).append(", in ")
                            .append(entry[2]).append('\n');
                    // during Py_FinalizeEx (a __del__ failing in the exit collections) tb_displayline can no
                    // longer read the source: CPython prints the File lines alone
                    String line = ip.gc.atExit ? null : ip.sourceLine(entry[0], Integer.parseInt(entry[1]));
                    if (line != null && !line.isBlank()) {
                        sb.append("    ").append(line.strip()).append('\n');
                        if (entry.length > 3 && entry[3] != null) {
                            sb.append(entry[3]).append('\n');
                        }
                    }
                }
                appendRepeats(sb, repeats);
            }
        }
        sb.append(lastLine(ip, exc)).append('\n');
    }

    private static void appendRepeats(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s")
                    .append("]\n");
        }
    }

    /** "ValueError: message", or just the type name when the message is empty. */
    static String lastLine(Interpreter ip, PyObject exc) {
        // traceback.TracebackException: the module is omitted for __main__ and builtins
        String module = exc.type().module();
        String name = exc.type().isHeapType() && !module.equals("builtins") && !module.equals("__main__")
                ? module + "." + exc.type().qualname() : exc.type().qualname();
        String msg;
        try {
            msg = Repr.str(ip, exc);
        } catch (PyException e) {
            ip.rt.decref(e.value());
            msg = "<exception str() failed>";
        }
        String suffix = exc instanceof PyBaseException be ? be.displaySuffix() : "";
        return msg.isEmpty() ? name + suffix : name + ": " + msg + suffix;
    }
}
