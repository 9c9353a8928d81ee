package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.version.PythonVersion;

import java.util.List;

/**
 * An interpreter with its run state and no program, for unit tests of the rooms beside the VM (the size model,
 * the collector): objects are made through its factories and measured or collected directly. It lives in this
 * package because the interpreter's constructor is package-private: only {@code ProgramRunner} starts runs.
 */
public final class StandaloneInterpreter {
    private StandaloneInterpreter() {
    }

    public static Interpreter start(PythonVersion version) {
        InterpreterState rt = new InterpreterState(version, Long.MAX_VALUE);
        return new Interpreter(rt, "<test>", List.of(), "", Long.MAX_VALUE, Long.MAX_VALUE);
    }
}
