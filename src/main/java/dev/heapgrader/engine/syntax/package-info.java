/**
 * The front end: source text to tokens ({@code Lexer}, with {@code NumberScanner} and {@code StringScanner}),
 * tokens to an immutable syntax tree ({@code Parser} with {@code StatementParser}, {@code SimpleStatementParser},
 * {@code ExpressionParser}, {@code CallParser}, {@code DisplayParser}, {@code ParameterParser},
 * {@code ImportParser}, {@code StringLiterals} and {@code FStringParser}), then the compile-time checks CPython
 * makes before running ({@code CompileChecks}). Every rejected program ends in a
 * {@link dev.heapgrader.engine.syntax.PythonSyntaxError} carrying CPython's message and location for the chosen
 * version; name resolution to slots ({@code ScopeAnalyzer}) also lives here.
 */
package dev.heapgrader.engine.syntax;
