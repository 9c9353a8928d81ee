package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.syntax.Parser;
import dev.heapgrader.engine.syntax.ast.Module;

/** Runs Python source the engine ships (its weakref and dataclasses code) as a module body in {@code globals}. */
final class PythonSource {
    private PythonSource() {
    }

    static void run(Interpreter ip, String source, String filename, PyDict globals) {
        Runtime rt = ip.rt;
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
}
