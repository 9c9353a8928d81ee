package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.compile.Compiler;
import dev.heapgrader.engine.compile.ConstantPool;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.syntax.Parser;
import dev.heapgrader.engine.syntax.ast.Module;

/** Runs Python source the engine ships (its weakref and dataclasses code) as a module body in {@code globals}. */
public final class PythonSource {
    private PythonSource() {
    }

    public static void run(Interpreter ip, String source, String filename, PyDict globals) {
        InterpreterState rt = ip.rt;
        Module module = Parser.parse(source, filename, rt.version);
        ConstantPool pool = new ConstantPool(rt);
        Code code = Compiler.compileModule(rt, module, filename, pool);
        Frame frame = new Frame(code, null, globals, ip.builtins, globals);
        try {
            rt.decref(ip.execute(frame));
        } finally {
            rt.decref(code);
            pool.releaseArena();
        }
    }

    /**
     * Reads Python source the engine ships as a resource beside {@code anchor}'s package (as CPython ships
     * Lib/*.py beside its C modules).
     */
    public static String resource(Class<?> anchor, String name) {
        try (java.io.InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("engine resource missing: " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
