package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.protocol.Attributes;

/** Where {@code print} writes: the program's stdout (with its pending-buffer model), stderr, or a file-like object. */
public final class Output {
    private final Interpreter ip;
    private final PyObject file;
    private final int kind;

    private Output(Interpreter ip, PyObject file, int kind) {
        this.ip = ip;
        this.file = file;
        this.kind = kind;
    }

    public static Output of(Interpreter ip, PyObject file) {
        if (file == null || file == ip.rt.none) {
            // print looks sys.stdout up at each call (bltinmodule.c builtin_print), so a program may replace it
            file = currentSysStdout(ip);
        }
        if (file == null || file == ip.rt.none || file == ip.sysStdout) {
            return new Output(ip, null, 0);
        }
        if (file == ip.sysStderr) {
            return new Output(ip, null, 1);
        }
        return new Output(ip, file, 2);
    }

    private static PyObject currentSysStdout(Interpreter ip) {
        dev.heapgrader.engine.types.PyModule sys = ip.modules.loaded().get("sys");
        return sys == null ? null : sys.dict.getStr("stdout");
    }

    /** Writes {@code text}, or {@code fallback} when text is null. */
    public void write(PyStr text, String fallback) {
        InterpreterState rt = ip.rt;
        if (kind == 0) {
            if (text == null) {
                ip.stdout.writeRaw(fallback);
            } else {
                ip.stdout.write(text);
            }
        } else if (kind == 1) {
            rt.writeErr(text == null ? fallback : text.value());
        } else {
            PyObject s = text == null ? rt.newStr(fallback) : text.newRef();
            try {
                PyObject write = Attributes.get(ip, file, "write");
                try {
                    rt.decref(Calls.call(ip, write, new PyObject[] {s}, null));
                } finally {
                    rt.decref(write);
                }
            } finally {
                rt.decref(s);
            }
        }
    }

    public void flush() {
        if (kind == 0) {
            ip.stdout.flush();
        }
    }
}
