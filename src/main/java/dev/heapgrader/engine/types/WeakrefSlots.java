package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyWeakref;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/** The slots of {@code weakref.ref} (Objects/weakrefobject.c); the module is {@code modules.WeakrefModule}. */
final class WeakrefSlots {
    static final TypeSlots SLOTS = new TypeSlots(WeakrefSlots::repr, WeakrefSlots::hash, WeakrefSlots::compare);

    private WeakrefSlots() {
    }

    /** {@code weakref_repr}: the referent's type and address, or "dead". */
    static String repr(Interpreter ip, PyObject self) {
        PyObject target = ((PyWeakref) self).referent();
        if (target == null) {
            return "<weakref at " + ObjectSlots.address(self) + "; dead>";
        }
        return "<weakref at " + ObjectSlots.address(self) + "; to '" + target.type().name() + "' at "
                + ObjectSlots.address(target) + ">";
    }

    /** {@code weakref_hash}: the referent's hash, cached; a dead ref never hashed raises TypeError. */
    static long hash(Interpreter ip, PyObject self) {
        PyWeakref w = (PyWeakref) self;
        if (w.cachedHash() != null) {
            return w.cachedHash();
        }
        if (w.referent() == null) {
            throw ip.errors.typeError("weak object has gone away");
        }
        long h = ObjectProtocol.hash(ip, w.referent());
        w.cacheHash(h);
        return h;
    }

    /** {@code weakref_richcompare}: two live refs compare their referents, otherwise identity; no order. */
    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (other instanceof PyWeakref o && ObjectSlots.isEquality(op)) {
            return ObjectSlots.equality(ip, equal(ip, (PyWeakref) self, o), op);
        }
        return ObjectSlots.compare(ip, self, other, op);
    }

    private static boolean equal(Interpreter ip, PyWeakref a, PyWeakref b) {
        if (a.referent() == null || b.referent() == null) {
            return a == b;
        }
        PyObject x = a.referent();
        PyObject y = b.referent();
        x.incref();
        y.incref();
        try {
            return Compare.equalsBool(ip, x, y);
        } finally {
            ip.rt.decref(x);
            ip.rt.decref(y);
        }
    }
}
