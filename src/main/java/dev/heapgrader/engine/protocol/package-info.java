/**
 * The abstract object protocol (CPython's Objects/abstract.c and Objects/object.c): the operations the VM applies to
 * any object, each in one place: truth, hashing and equality ({@code ObjectProtocol}), binary and unary operators
 * ({@code Arithmetic}), rich comparison ({@code Compare}), {@code repr}/{@code str} ({@code Repr}), {@code format} and
 * {@code %} ({@code Formatting} with {@code FormatSpec} and {@code NumberFormatting}, {@code StrFormat}), iteration
 * ({@code Iteration}), subscripts ({@code Subscripts}), attribute access ({@code Attributes}, {@code TypeAttributes},
 * {@code SpecialAttributes}).
 *
 * <p>Each entry point applies the dispatch rules of abstract.c and object.c: which operand goes first, when a
 * derived class's special method overrides its base, the recursion guard of {@code repr}. Type-specific behaviour
 * (a list's methods, an int's repr, hash, comparison and arithmetic, a str's length, a dict's subscript) lives
 * with the type in {@code engine.types}: {@code Repr}, {@code Compare}, {@code Arithmetic}, {@code ObjectProtocol}'s
 * hash, truth, length and membership, {@code Iteration.iter} and {@code Subscripts} find it in one lookup,
 * {@code BuiltinSlots.of(o)}, and apply abstract.c's fallback when the type has no such slot (truth from the
 * length, membership by iteration, the other operand's slot, the special method, CPython's TypeError).
 * {@code next()}, the wording of an unsupported operator and attribute access still test builtin types here.
 */
package dev.heapgrader.engine.protocol;
