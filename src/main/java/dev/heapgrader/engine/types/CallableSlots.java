package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/**
 * The slots of the callables: functions (Objects/funcobject.c), bound methods (Objects/classobject.c) and
 * builtin functions and methods (Objects/methodobject.c).
 */
final class CallableSlots {
    static final TypeSlots FUNCTION = TypeSlots.reprOnly(CallableSlots::functionRepr);
    static final TypeSlots METHOD = new TypeSlots(CallableSlots::methodRepr, ObjectSlots::hash,
            CallableSlots::methodCompare);
    static final TypeSlots BUILTIN = TypeSlots.reprOnly(CallableSlots::builtinRepr);

    private CallableSlots() {
    }

    /** {@code func_repr}. */
    static String functionRepr(Interpreter ip, PyObject self) {
        return "<function " + ((PyStr) ((PyFunction) self).qualname).value() + " at " + ObjectSlots.address(self)
                + ">";
    }

    /** {@code method_repr}: the function's qualified name and the repr of the object it is bound to. */
    static String methodRepr(Interpreter ip, PyObject self) {
        return Repr.guarded(ip, self, "...", CallableSlots::boundTo);
    }

    private static String boundTo(Interpreter ip, PyObject self) {
        PyMethod m = (PyMethod) self;
        String qual = m.func instanceof PyFunction f ? ((PyStr) f.qualname).value() : "?";
        return "<bound method " + qual + " of " + Repr.repr(ip, m.self) + ">";
    }

    /** {@code method_richcompare}: equal when bound to the same object with the same function. */
    static PyObject methodCompare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (other instanceof PyMethod o && ObjectSlots.isEquality(op)) {
            PyMethod m = (PyMethod) self;
            return ObjectSlots.equality(ip, m.func == o.func && m.self == o.self, op);
        }
        return ObjectSlots.compare(ip, self, other, op);
    }

    /** {@code meth_repr}: a builtin method names the type of the object it is bound to. */
    static String builtinRepr(Interpreter ip, PyObject self) {
        PyBuiltin b = (PyBuiltin) self;
        if (b.self != null && !(b.self instanceof PyModule)) {
            return "<built-in method " + b.name + " of " + b.self.type().name() + " object at "
                    + ObjectSlots.address(b.self) + ">";
        }
        return "<built-in function " + b.name + ">";
    }
}
