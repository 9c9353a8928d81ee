/**
 * The syntax tree: sealed interfaces of records, shaped like CPython's {@code ast} module so that rules read from
 * CPython's compiler map one to one. Nodes are immutable and carry their source position.
 */
package dev.heapgrader.engine.syntax.ast;
