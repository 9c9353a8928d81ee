/**
 * The builtin types beyond the core containers of {@code engine.object} (CPython's Objects/ directory): functions,
 * methods, cells, generators, iterators, ranges, slices, descriptors, frames and tracebacks as objects, and the
 * methods of every builtin type ({@code ListMethods}, {@code DictMethods}, {@code StrMethods}...). Find a type by its
 * name: {@code range} is {@code PyRange}, {@code RangeMethods} and {@code RangeSubscripts}; {@code complex} is
 * {@code PyComplex} and the {@code Complex*} units; {@code collections.deque} is {@code PyDeque} and the
 * {@code Deque*} units (its types, {@code DequeTypes}, come from the collections module). Each type's {@code repr}, {@code str}, hash, comparison, truth,
 * length, membership, iteration, subscripts and operators are its {@code *Slots} unit ({@code ListSlots},
 * {@code IntSlots}, {@code StrSlots}...: CPython's {@code tp_repr}, {@code tp_str}, {@code tp_hash},
 * {@code tp_richcompare}, {@code nb_bool}, {@code sq_length}, {@code sq_contains}, {@code tp_iter},
 * {@code mp_subscript}, {@code mp_ass_subscript}, the number slots, declared as a {@code TypeSlots}), registered in
 * {@code BuiltinSlots}, the one table the protocol looks them up in; {@code Slices} (slice arithmetic, list slice
 * assignment) and {@code SequenceIndex} serve the sequences'. {@code BuiltinTypes} creates the type objects of one run
 * with their CPython layouts ({@code tp_basicsize}, {@code tp_itemsize}, GC or not), the one source the size model
 * reads; {@code TypeMethods} fills their namespaces from one list.
 *
 * <p>Owns: object layouts, type-specific methods, slots, constructors and formats. Must not decide operator dispatch
 * (that is {@code engine.protocol}) or run the collector (that is {@code engine.memory}).
 */
package dev.heapgrader.engine.types;
