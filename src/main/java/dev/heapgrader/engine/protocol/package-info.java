/**
 * The abstract object protocol (CPython's Objects/abstract.c and Objects/object.c): the operations the VM applies
 * to any object, each in one place: truth, hashing and equality ({@code ObjectProtocol}), binary and unary
 * operators ({@code Arithmetic}), rich comparison ({@code Compare}), {@code repr}/{@code str} ({@code Repr}),
 * {@code format} and {@code %} ({@code Formatting}, {@code StrFormat}), iteration ({@code Iteration}), subscripts
 * and slices ({@code Subscripts}, {@code Slices}), attribute access ({@code Attributes}, {@code TypeAttributes},
 * {@code SpecialAttributes}).
 *
 * <p>Each entry point applies the dispatch rules of abstract.c and object.c: which operand goes first, when a
 * derived class's special method overrides its base, the recursion guard of {@code repr}. Type-specific behaviour
 * (a list's methods, a range's arithmetic, an int's repr, hash and comparison) lives with the type in
 * {@code engine.types}: {@code Repr}, {@code Compare} and {@code ObjectProtocol.hash} find it in one lookup,
 * {@code BuiltinSlots.of(o)}. Truth, operators, iteration and subscripts still test builtin types here.
 */
package dev.heapgrader.engine.protocol;
