package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Module;
import dev.heapgrader.engine.version.PythonVersion;

/** Placeholder until the recursive-descent parser lands: accepts nothing. */
public final class Parser {
    private Parser() {
    }

    /** Parses a whole file; throws {@link PythonSyntaxError} with CPython's message for the version. */
    public static Module parse(String source, String filename, PythonVersion version) {
        throw new PythonSyntaxError("SyntaxError", "parser not built yet", filename, 1, 1, 1, 2, null);
    }
}
