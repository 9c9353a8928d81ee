/**
 * The compiler (CPython's Python/compile.c and Python/flowgraph.c): turns the syntax tree into {@link
 * dev.heapgrader.engine.compile.Code} objects of {@link dev.heapgrader.engine.compile.Opcode} instructions, with the
 * constant folding, constant sharing and instruction shapes that decide how long CPython keeps temporaries on the
 * stack. Start at {@code Compiler}; expressions are in {@code ExpressionCompiler} (displays in
 * {@code DisplayCompiler}), assignment targets in {@code TargetCompiler}, {@code if}, loops and jumps in
 * {@code FlowCompiler}, {@code try}/{@code with} in {@code BlockCompiler}.
 *
 * <p>Owns: opcodes and their stack effects, code objects, the constant pool. Must not run code or touch the heap
 * beyond creating the constants a code object holds; it never depends on the VM ({@code engine.interp}).
 */
package dev.heapgrader.engine.compile;
