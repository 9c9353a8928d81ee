package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

import java.math.BigInteger;

/**
 * The slots of {@code range} (Objects/rangeobject.c); its methods are {@code RangeMethods}, its subscripts
 * {@code RangeSubscripts}.
 */
final class RangeSlots {
    static final TypeSlots SLOTS = new TypeSlots(RangeSlots::repr, RangeSlots::hash, RangeSlots::compare)
            .withBool(RangeSlots::bool).withLength(RangeSlots::length).withContains(RangeSlots::contains)
            .withIter(RangeSlots::iter).withSubscript(RangeSlots::subscript);

    private RangeSlots() {
    }

    /** {@code range_repr}: the step only when it is not 1. */
    static String repr(Interpreter ip, PyObject self) {
        PyRange r = (PyRange) self;
        return "range(" + r.start + ", " + r.stop + (r.step.equals(BigInteger.ONE) ? "" : ", " + r.step) + ")";
    }

    /** {@code range_hash}: equal ranges (the same sequence of values) hash alike. */
    static long hash(Interpreter ip, PyObject self) {
        return ((PyRange) self).hashKey().hashCode();
    }

    /** {@code range_richcompare}: equal when they produce the same values; no order. */
    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (other instanceof PyRange o && ObjectSlots.isEquality(op)) {
            return ObjectSlots.equality(ip, ((PyRange) self).hashKey().equals(o.hashKey()), op);
        }
        return ObjectSlots.compare(ip, self, other, op);
    }

    /** {@code range_bool}: whether it is empty, without computing a length that may overflow. */
    static boolean bool(Interpreter ip, PyObject self) {
        return !((PyRange) self).isEmpty();
    }

    /** {@code range_length}: OverflowError past {@code sys.maxsize}. */
    static long length(Interpreter ip, PyObject self) {
        return ((PyRange) self).lengthOrOverflow(ip);
    }

    /** {@code range_contains}: arithmetic for an int, else a search ({@code RangeMethods}). */
    static boolean contains(Interpreter ip, PyObject self, PyObject item) {
        return RangeMethods.contains(ip, (PyRange) self, item);
    }

    /** {@code range_iter}. */
    static PyObject iter(Interpreter ip, PyObject self) {
        return IteratorSlots.over(ip, self, PyIterator.Kind.RANGE);
    }

    /** {@code range_subscript}: {@code RangeSubscripts}. */
    static PyObject subscript(Interpreter ip, PyObject self, PyObject index) {
        return RangeSubscripts.get(ip, (PyRange) self, index);
    }
}
