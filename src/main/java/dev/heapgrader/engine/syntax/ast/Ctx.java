package dev.heapgrader.engine.syntax.ast;

/** Whether a name, attribute, subscript or display is read, assigned or deleted (CPython's expr_context). */
public enum Ctx { LOAD, STORE, DEL }
