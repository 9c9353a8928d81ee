package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.MethodArity;
import dev.heapgrader.engine.interp.Native;
import dev.heapgrader.engine.modules.NumericBuiltins;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Arithmetic;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Subscripts;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The special methods of builtin types reached by name: {@code list.__eq__([1], [1])}, {@code [].__eq__(1)},
 * {@code int.__add__}, {@code dict.__len__}. CPython gives a builtin type a slot wrapper for each slot it fills
 * (Objects/typeobject.c {@code slotdefs}, {@code add_operators}); the wrapper calls that type's own slot, so an
 * operand the slot does not handle gives {@code NotImplemented} instead of the operator's full dispatch.
 */
public final class SlotWrappers {
    private SlotWrappers() {
    }

    private static final List<String> COMPARISONS = List.of("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__");
    private static final List<String> NUMBER = List.of("__add__", "__radd__", "__sub__", "__rsub__", "__mul__",
            "__rmul__", "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__",
            "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__hash__", "__repr__");
    private static final List<String> INTEGER = List.of("__and__", "__rand__", "__or__", "__ror__", "__xor__",
            "__rxor__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__invert__");
    private static final List<String> SEQUENCE = List.of("__add__", "__mul__", "__rmul__", "__contains__",
            "__getitem__", "__iter__", "__len__", "__repr__");
    private static final List<String> SET = List.of("__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__",
            "__sub__", "__rsub__", "__iter__", "__len__", "__repr__");

    /** Which of the names below each builtin type fills itself (vars(T) on CPython 3.11-3.13), by type name. */
    private static final Map<String, List<List<String>>> OWN = Map.ofEntries(
            Map.entry("int", List.of(COMPARISONS, NUMBER, INTEGER)),
            Map.entry("bool", List.of(List.of("__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__",
                    "__repr__"))),
            Map.entry("float", List.of(COMPARISONS, NUMBER)),
            Map.entry("complex", List.of(COMPARISONS, List.of("__add__", "__radd__", "__sub__", "__rsub__", "__mul__",
                    "__rmul__", "__truediv__", "__rtruediv__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__",
                    "__bool__", "__hash__", "__repr__"))),
            Map.entry("str", List.of(COMPARISONS, SEQUENCE, List.of("__hash__", "__mod__", "__rmod__"))),
            Map.entry("bytes", List.of(COMPARISONS, SEQUENCE, List.of("__hash__", "__mod__", "__rmod__"))),
            Map.entry("tuple", List.of(COMPARISONS, SEQUENCE, List.of("__hash__"))),
            Map.entry("list", List.of(COMPARISONS, SEQUENCE, List.of("__setitem__", "__delitem__"))),
            Map.entry("dict", List.of(COMPARISONS, List.of("__or__", "__ror__", "__iter__", "__len__", "__setitem__",
                    "__getitem__", "__contains__",
                    "__delitem__", "__repr__"))),
            Map.entry("collections.deque", List.of(COMPARISONS, List.of("__add__", "__mul__", "__rmul__",
                    "__contains__", "__getitem__", "__setitem__", "__delitem__", "__repr__"))),
            Map.entry("set", List.of(COMPARISONS, SET)),
            Map.entry("frozenset", List.of(COMPARISONS, SET, List.of("__hash__"))),
            Map.entry("range", List.of(COMPARISONS, List.of("__bool__", "__contains__", "__getitem__", "__hash__",
                    "__iter__", "__len__", "__repr__"))));

    /** Types whose {@code __hash__} is None in their namespace ({@code PyObject_HashNotImplemented}). */
    private static final Set<String> UNHASHABLE = Set.of("list", "dict", "set");

    /**
     * {@code T.__name__} for a builtin slot: the unbound wrapper (a new reference), None for the unhashable types'
     * {@code __hash__}, or null when the name is found in a namespace first or is no slot of the types in the MRO.
     */
    public static PyObject findOnType(Interpreter ip, PyType t, String name) {
        PyType k = definingType(ip, t, name);
        if (k == null) {
            return null;
        }
        if (name.equals("__hash__") && UNHASHABLE.contains(k.name())) {
            return ip.rt.none.newRef();
        }
        return ip.rt.track(new PyBuiltin(ip.rt.types.builtinFunction, name, wrapper(k, name), null, k));
    }

    /** {@code x.__name__} for a builtin slot of x's type: the bound wrapper (a new reference) or null. */
    public static PyObject find(Interpreter ip, PyObject owner, String name) {
        PyType k = definingType(ip, owner.type(), name);
        if (k == null) {
            return null;
        }
        if (name.equals("__hash__") && UNHASHABLE.contains(k.name())) {
            return ip.rt.none.newRef();
        }
        return ip.rt.track(new PyBuiltin(ip.rt.types.builtinFunction, name, wrapper(k, name), owner.newRef(), null));
    }

    /**
     * {@code k.__name__} bound to {@code self} when the builtin {@code k} fills that slot itself (what
     * {@code super()} finds in {@code k}'s namespace), else null; a new reference.
     */
    static PyObject bindOwn(Interpreter ip, PyType k, PyObject self, String name) {
        if (!fills(k, name) || name.equals("__hash__") && UNHASHABLE.contains(k.name())) {
            return null;
        }
        return ip.rt.track(new PyBuiltin(ip.rt.types.builtinFunction, name, wrapper(k, name), self.newRef(), null));
    }

    /** Whether {@code x.name} reaches a builtin's own slot before {@code object}'s generic method of that name. */
    public static boolean reachesSlot(Interpreter ip, PyType t, String name) {
        return definingType(ip, t, name) != null;
    }

    /**
     * The builtin type of the MRO whose own slot the name reaches, or null when a method found by the usual lookup
     * comes first (a class's own definition, or a builtin's method the engine defines) and should be used instead.
     * {@code object}'s generic {@code __eq__}/{@code __repr__}... come after every builtin's slot.
     */
    private static PyType definingType(Interpreter ip, PyType t, String name) {
        if (!name.startsWith("__")) {
            return null;
        }
        PyObject found = t.lookup(name);
        if (found != null && found != ip.rt.types.object.lookup(name)) {
            for (PyType k : t.mroList()) {
                PyDict d = k.dict();
                if (d != null && d.getStr(name) != null || !k.isHeapType() && fills(k, name)) {
                    return d != null && d.getStr(name) != null ? null : k;
                }
            }
            return null;
        }
        for (PyType k : t.mroList()) {
            if (!k.isHeapType() && fills(k, name)) {
                return k;
            }
        }
        return null;
    }

    private static boolean fills(PyType k, String name) {
        List<List<String>> groups = OWN.get(k.name());
        if (groups == null) {
            return false;
        }
        for (List<String> g : groups) {
            if (g.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static Native wrapper(PyType k, String name) {
        for (CompareOperator op : new CompareOperator[] {CompareOperator.EQ, CompareOperator.NOT_EQ,
                CompareOperator.LT, CompareOperator.LT_E, CompareOperator.GT, CompareOperator.GT_E}) {
            if (name.equals(Compare.dunder(op))) {
                return (i, self, a, kw) -> {
                    MethodArity.slotWrapper(i, name, a, kw, 1);
                    return ownComparison(i, k, self, a[0], op);
                };
            }
        }
        for (BinaryOperator op : BinaryOperator.values()) {
            if (name.equals(op.method()) || name.equals(op.reflected())) {
                boolean reflected = name.equals(op.reflected());
                return (i, self, a, kw) -> {
                    MethodArity.slotWrapper(i, name, a, kw, 1);
                    if (overridden(self, name) || !OwnSlot.handlesOperand(i, k, op, a[0], reflected)) {
                        return i.rt.notImplemented;
                    }
                    return reflected ? Arithmetic.binary(i, op, a[0], self) : Arithmetic.binary(i, op, self, a[0]);
                };
            }
        }
        return switch (name) {
            case "__neg__" -> unary(name, (i, self) -> Arithmetic.unary(i, UnaryOperator.USUB, self));
            case "__pos__" -> unary(name, (i, self) -> Arithmetic.unary(i, UnaryOperator.UADD, self));
            case "__invert__" -> unary(name, (i, self) -> Arithmetic.unary(i, UnaryOperator.INVERT, self));
            case "__abs__" -> unary(name, NumericBuiltins::abs);
            case "__bool__" -> unary(name, (i, self) -> i.rt.bool(ObjectProtocol.truthy(i, self)));
            case "__hash__" -> unary(name, (i, self) -> i.rt.newInt(BuiltinSlots.of(self).hash().hash(i, self)));
            case "__len__" -> unary(name, (i, self) -> {
                TypeSlots.LengthSlot own = BuiltinSlots.own(self).length();
                return i.rt.newInt(own != null ? own.length(i, self) : ObjectProtocol.len(i, self));
            });
            case "__iter__" -> unary(name, (i, self) -> {
                TypeSlots.IterSlot own = BuiltinSlots.own(self).iter();
                return own != null ? own.iter(i, self) : Iteration.iter(i, self);
            });
            case "__repr__" -> unary(name, (i, self) -> i.rt.newStr(BuiltinSlots.of(self).repr().repr(i, self)));
            case "__contains__" -> (i, self, a, kw) -> {
                MethodArity.slotWrapper(i, name, a, kw, 1);
                TypeSlots.ContainsSlot own = BuiltinSlots.own(self).contains();
                return i.rt.bool(own != null ? own.contains(i, self, a[0]) : ObjectProtocol.contains(i, self, a[0]));
            };
            case "__getitem__" -> (i, self, a, kw) -> {
                MethodArity.slotWrapper(i, name, a, kw, 1);
                TypeSlots.SubscriptSlot own = BuiltinSlots.own(self).subscript();
                return own != null ? own.subscript(i, self, a[0]) : Subscripts.get(i, self, a[0]);
            };
            case "__setitem__" -> (i, self, a, kw) -> {
                MethodArity.slotWrapper(i, name, a, kw, 2);
                ownAssign(i, self, a[0], a[1]);
                return i.rt.none;
            };
            case "__delitem__" -> (i, self, a, kw) -> {
                MethodArity.slotWrapper(i, name, a, kw, 1);
                ownAssign(i, self, a[0], null);
                return i.rt.none;
            };
            default -> throw new IllegalStateException("no slot wrapper for " + name);
        };
    }

    /**
     * Whether a class derived from the builtin overrides the method in Python: the operator would call that
     * override again, so the wrapper (which has no separate entry to the builtin's arithmetic) declines.
     */
    private static boolean overridden(PyObject self, String name) {
        return self.type().isHeapType() && self.type().lookup(name) instanceof PyFunction;
    }

    /**
     * {@code wrap_objobjargproc} / {@code wrap_delitem}: the builtin's own {@code mp_ass_subscript}, never a derived
     * class's {@code __setitem__} or {@code __delitem__} (which is what {@code super().__setitem__} reaches).
     */
    private static void ownAssign(Interpreter ip, PyObject self, PyObject key, PyObject value) {
        TypeSlots.AssignSubscriptSlot own = BuiltinSlots.own(self).assignSubscript();
        if (own != null) {
            own.assign(ip, self, key, value);
        } else if (value != null) {
            Subscripts.set(ip, self, key, value);
        } else {
            Subscripts.delete(ip, self, key);
        }
    }

    /**
     * The type's own {@code tp_richcompare} (wrap_richcmpfunc), never a derived class's override. The engine's
     * float and complex slots leave mixed operands to the protocol, so what {@code float_richcompare} and
     * {@code complex_richcompare} take themselves (ints, and floats for complex equality) goes through it; a
     * {@code !=} the slot leaves to the protocol is the negated {@code ==}, as every builtin's own slot answers both.
     */
    private static PyObject ownComparison(Interpreter ip, PyType k, PyObject self, PyObject other,
                                          CompareOperator op) {
        PyObject r = BuiltinSlots.of(self).compare().compare(ip, self, other, op);
        if (r != null && r != ip.rt.notImplemented) {
            return r;
        }
        boolean equality = op == CompareOperator.EQ || op == CompareOperator.NOT_EQ;
        if (k.name().equals("float") && OwnSlot.isA(other, "int")
                || k.name().equals("complex") && equality && (OwnSlot.isA(other, "int") || OwnSlot.isA(other, "float"))) {
            return Compare.rich(ip, self, other, op);
        }
        if (op == CompareOperator.NOT_EQ) {
            PyObject eq = BuiltinSlots.of(self).compare().compare(ip, self, other, CompareOperator.EQ);
            if (eq == ip.rt.trueObj || eq == ip.rt.falseObj) {
                return ip.rt.bool(eq == ip.rt.falseObj);
            }
        }
        return ip.rt.notImplemented;
    }

    /** A wrapper of a slot taking no argument besides the object. */
    private interface UnarySlot {
        PyObject call(Interpreter ip, PyObject self);
    }

    private static Native unary(String name, UnarySlot slot) {
        return (i, self, a, kw) -> {
            MethodArity.slotWrapper(i, name, a, kw, 0);
            return slot.call(i, self);
        };
    }
}
