package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;

/**
 * A builtin type's own behaviour for the protocol, as CPython keeps it in the type object's slots
 * (Include/cpython/object.h {@code PyTypeObject}): {@code tp_repr}, {@code tp_hash}, {@code tp_richcompare},
 * {@code tp_str}, and
 * for the container protocol {@code nb_bool}, {@code sq_length}/{@code mp_length}, {@code sq_contains},
 * {@code tp_iter}, {@code mp_subscript} and {@code mp_ass_subscript}, and for the operators the number slots
 * ({@code nb_add}... with {@code sq_concat}/{@code sq_repeat}, {@code nb_inplace_*}, {@code nb_negative}...).
 * Each type's unit ({@code ListSlots}, {@code IntSlots}...) declares one of these; {@code BuiltinSlots} is the one
 * table that finds it for an object, and {@code engine.protocol} applies the dispatch rules of Objects/abstract.c
 * and Objects/object.c around it. A slot other than the first three is null where the C slot is {@code NULL}: the
 * protocol then applies its fallback (truth from the length, membership by iterating, the other operand's slot,
 * a special method, a TypeError).
 */
public record TypeSlots(ReprSlot repr, HashSlot hash, CompareSlot compare, StrSlot str, BoolSlot bool,
                        LengthSlot length, ContainsSlot contains, IterSlot iter, SubscriptSlot subscript,
                        AssignSubscriptSlot assignSubscript, BinarySlot binary, InPlaceSlot inPlace,
                        UnarySlot unary) {

    /** A type with the three object slots and no container or number behaviour. */
    public TypeSlots(ReprSlot repr, HashSlot hash, CompareSlot compare) {
        this(repr, hash, compare, null, null, null, null, null, null, null, null, null, null);
    }

    /** {@code tp_repr}: the text {@code repr()} gives, without the override of a derived class. */
    @FunctionalInterface
    public interface ReprSlot {
        String repr(Interpreter ip, PyObject self);
    }

    /** {@code tp_hash}: raises TypeError for an unhashable type. */
    @FunctionalInterface
    public interface HashSlot {
        long hash(Interpreter ip, PyObject self);
    }

    /**
     * {@code tp_richcompare}: the result (a new reference), or {@code null} or {@code NotImplemented} when this
     * type does not compare with {@code other}, so the protocol tries the reflected operand next.
     */
    @FunctionalInterface
    public interface CompareSlot {
        PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op);
    }

    /** {@code tp_str}: the text {@code str()} gives; a type without one is shown by its repr. */
    @FunctionalInterface
    public interface StrSlot {
        String str(Interpreter ip, PyObject self);
    }

    /** {@code nb_bool}: the truth of an object whose truth is not its length. */
    @FunctionalInterface
    public interface BoolSlot {
        boolean bool(Interpreter ip, PyObject self);
    }

    /** {@code sq_length} / {@code mp_length}: {@code len()}, and the truth of a type without {@code nb_bool}. */
    @FunctionalInterface
    public interface LengthSlot {
        long length(Interpreter ip, PyObject self);
    }

    /** {@code sq_contains}: {@code item in self}. */
    @FunctionalInterface
    public interface ContainsSlot {
        boolean contains(Interpreter ip, PyObject self, PyObject item);
    }

    /** {@code tp_iter}: a new reference to an iterator over {@code self}. */
    @FunctionalInterface
    public interface IterSlot {
        PyObject iter(Interpreter ip, PyObject self);
    }

    /** {@code mp_subscript}: {@code self[key]}, a new reference. */
    @FunctionalInterface
    public interface SubscriptSlot {
        PyObject subscript(Interpreter ip, PyObject self, PyObject key);
    }

    /** {@code mp_ass_subscript}: {@code self[key] = value}, or {@code del self[key]} when {@code value} is null. */
    @FunctionalInterface
    public interface AssignSubscriptSlot {
        void assign(Interpreter ip, PyObject self, PyObject key, PyObject value);
    }

    /**
     * The binary number slots ({@code nb_add}, {@code nb_multiply}...) with the sequences' {@code sq_concat} and
     * {@code sq_repeat}: the result (a new reference), or null, CPython's {@code NotImplemented}, when this type
     * has no rule for these operands. As Objects/abstract.c {@code binary_op1} does, the protocol calls the left
     * operand's slot and then the right's with the operands in their order, so a slot checks both.
     */
    @FunctionalInterface
    public interface BinarySlot {
        PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b);
    }

    /** {@code nb_inplace_*} ({@code l += x}): the result (a new reference), or null to fall back to the binary. */
    @FunctionalInterface
    public interface InPlaceSlot {
        PyObject inPlace(Interpreter ip, BinaryOperator op, PyObject a, PyObject b);
    }

    /** {@code nb_negative}, {@code nb_positive}, {@code nb_invert}: a new reference, or null when unsupported. */
    @FunctionalInterface
    public interface UnarySlot {
        PyObject unary(Interpreter ip, UnaryOperator op, PyObject v);
    }

    /** A type that keeps {@code object}'s hash and comparison and writes its own repr. */
    static TypeSlots reprOnly(ReprSlot repr) {
        return new TypeSlots(repr, ObjectSlots::hash, ObjectSlots::compare);
    }

    /** These slots with {@code nb_bool} set. */
    TypeSlots withBool(BoolSlot slot) {
        return new TypeSlots(repr, hash, compare, str, slot, length, contains, iter, subscript, assignSubscript, binary,
                inPlace, unary);
    }

    /** These slots with {@code sq_length}/{@code mp_length} set. */
    TypeSlots withLength(LengthSlot slot) {
        return new TypeSlots(repr, hash, compare, str, bool, slot, contains, iter, subscript, assignSubscript, binary,
                inPlace, unary);
    }

    /** These slots with {@code sq_contains} set. */
    TypeSlots withContains(ContainsSlot slot) {
        return new TypeSlots(repr, hash, compare, str, bool, length, slot, iter, subscript, assignSubscript, binary,
                inPlace, unary);
    }

    /** These slots with {@code tp_iter} set. */
    TypeSlots withIter(IterSlot slot) {
        return new TypeSlots(repr, hash, compare, str, bool, length, contains, slot, subscript, assignSubscript, binary,
                inPlace, unary);
    }

    /** These slots with {@code mp_subscript} set. */
    TypeSlots withSubscript(SubscriptSlot slot) {
        return new TypeSlots(repr, hash, compare, str, bool, length, contains, iter, slot, assignSubscript, binary,
                inPlace, unary);
    }

    /** These slots with {@code mp_ass_subscript} set. */
    TypeSlots withAssignSubscript(AssignSubscriptSlot slot) {
        return new TypeSlots(repr, hash, compare, str, bool, length, contains, iter, subscript, slot, binary, inPlace,
                unary);
    }

    /** These slots with the binary number and sequence slots set. */
    TypeSlots withBinary(BinarySlot slot) {
        return new TypeSlots(repr, hash, compare, str, bool, length, contains, iter, subscript, assignSubscript, slot,
                inPlace, unary);
    }

    /** These slots with {@code nb_inplace_*} set. */
    TypeSlots withInPlace(InPlaceSlot slot) {
        return new TypeSlots(repr, hash, compare, str, bool, length, contains, iter, subscript, assignSubscript, binary,
                slot, unary);
    }

    /** These slots with the unary number slots set. */
    TypeSlots withUnary(UnarySlot slot) {
        return new TypeSlots(repr, hash, compare, str, bool, length, contains, iter, subscript, assignSubscript, binary,
                inPlace, slot);
    }

    /** These slots with {@code tp_str} set. */
    TypeSlots withStr(StrSlot slot) {
        return new TypeSlots(repr, hash, compare, slot, bool, length, contains, iter, subscript, assignSubscript,
                binary, inPlace, unary);
    }
}
