package dev.heapgrader.engine.syntax.ast;

/** Unary operators: {@code ~x}, {@code not x}, {@code +x}, {@code -x}. */
public enum UnaryOperator { INVERT, NOT, UADD, USUB }
