package dev.heapgrader.engine.syntax.ast;

import java.util.List;

/** A parsed source file: its statements and the source lines, kept for tracebacks and error carets. */
public record Module(List<Stmt> body, List<String> sourceLines) { }
