/**
 * Python errors: the one factory through which the engine raises them ({@code Errors}), the Java carrier of an
 * exception in flight ({@code PyException}), tracebacks as CPython prints them with their 3.11+ marker lines
 * ({@code Tracebacks}, {@code Carets}, {@code MultiLineCarets}) and "Did you mean" suggestions ({@code Suggestions}).
 *
 * <p>Owns: error creation and reporting. Wording that differs between versions comes from
 * {@code engine.version.PythonVersion}; nothing here compares versions.
 */
package dev.heapgrader.engine.errors;
