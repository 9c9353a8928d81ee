package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/**
 * A builtin type's own behaviour for the protocol, as CPython keeps it in the type object's slots
 * ({@code tp_repr}, {@code tp_hash}, {@code tp_richcompare}). Each type's unit ({@code ListSlots},
 * {@code IntSlots}...) declares one of these; {@code BuiltinSlots} is the one table that finds it for an object,
 * and {@code engine.protocol} applies the dispatch rules of Objects/object.c around it.
 */
public record TypeSlots(ReprSlot repr, HashSlot hash, CompareSlot compare) {

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

    /** A type that keeps {@code object}'s hash and comparison and writes its own repr. */
    static TypeSlots reprOnly(ReprSlot repr) {
        return new TypeSlots(repr, ObjectSlots::hash, ObjectSlots::compare);
    }
}
