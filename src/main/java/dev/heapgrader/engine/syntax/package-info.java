/**
 * The front end: source text to tokens ({@code Lexer}), tokens to an immutable syntax tree ({@code Parser}),
 * and the tree's names resolved to slots as CPython's compiler does ({@code ScopeResolver}). Every rejected
 * program ends in a {@link dev.heapgrader.engine.syntax.PythonSyntaxError} carrying CPython's message.
 */
package dev.heapgrader.engine.syntax;
