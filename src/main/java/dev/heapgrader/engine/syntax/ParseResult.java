package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Module;

import java.util.List;

/** A parsed module with the compile-time warnings CPython would print for it under the chosen version. */
public record ParseResult(Module module, List<CompileWarning> warnings) { }
