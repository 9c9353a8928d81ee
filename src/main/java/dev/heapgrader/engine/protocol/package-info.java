/**
 * The abstract object protocol (CPython's Objects/abstract.c and Objects/object.c): the operations the VM applies
 * to any object, each in one place: truth, hashing and equality ({@code ObjectProtocol}), binary and unary
 * operators ({@code Arithmetic}), rich comparison ({@code Compare}), {@code repr}/{@code str} ({@code Repr}),
 * {@code format} and {@code %} ({@code Formatting}, {@code StrFormat}), iteration ({@code Iteration}), subscripts
 * and slices ({@code Subscripts}, {@code Slices}), attribute access ({@code Attributes}, {@code TypeAttributes},
 * {@code SpecialAttributes}).
 *
 * <p>Each entry point handles builtin types directly and dispatches instances to their special methods, the way
 * CPython's slot functions do. Type-specific behaviour (a list's methods, a range's arithmetic) lives with the
 * type in {@code engine.types}; this package only decides which type's rule applies.
 */
package dev.heapgrader.engine.protocol;
