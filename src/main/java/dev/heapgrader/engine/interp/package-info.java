/**
 * The virtual machine (CPython's Python/ceval.c and Python/bytecodes.c): the evaluation loop
 * ({@code Interpreter}, with the display and operator opcodes in {@code Displays} and {@code Operators}, cached
 * global look-ups in {@code GlobalLoads}, the wall-time limit in {@code WorkMeter}), frames, calls and argument
 * binding ({@code ExactArgsCall} for exact positional calls), class creation ({@code ClassBuilder}, with
 * metaclasses in {@code Metaclasses} and {@code type_new}'s hooks in {@code ClassHooks}), generators, raising and the
 * {@code with} protocol, the trace recorder, the native-function table, and
 * {@code InterpreterState}, everything one run shares (CPython's {@code PyInterpreterState}).
 * {@link dev.heapgrader.engine.interp.ProgramRunner} runs a parsed module as {@code __main__}; it is the only class
 * used from outside the engine's internals.
 *
 * <p>Because values live on an operand stack and in frame slots exactly where CPython keeps them, the reference
 * counts a program observes match CPython's. Type-specific behaviour belongs in {@code engine.types}, operator
 * dispatch in {@code engine.protocol}, module functions in {@code engine.modules}.
 */
package dev.heapgrader.engine.interp;
