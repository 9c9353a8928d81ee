package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.InstanceExtras;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.interp.InstanceCreation;

/**
 * The methods of {@code collections.deque} (Modules/_collectionsmodule.c {@code deque_methods}), each the C
 * function named in its comment ({@code count}, {@code index}, {@code insert}, {@code remove} are
 * {@link DequePositions}); the sequence slots the protocol calls ({@code len}, {@code in}, {@code d[i]},
 * {@code +}, {@code *}) are {@link DequeSequence}, repr and comparison {@link DequeSlots}.
 */
public final class DequeMethods {
    private DequeMethods() {
    }

    /** Fills the deque type's namespace, {@code __new__} making deques of {@code types}. */
    public static void install(Interpreter ip, DequeTypes types) {
        InterpreterState rt = ip.rt;
        PyType t = types.deque();
        PyBuiltin newImpl = rt.track(new PyBuiltin(rt.types.builtinFunction, "__new__",
                (i, self, a, k) -> newDeque(i, types, a), null, null));
        ip.storeIn(t.dict(), "__new__", rt.track(new PyDescriptor(rt.types.staticmethod,
                PyDescriptor.Kind.STATICMETHOD, "__new__", -1, newImpl)));
        PyBuiltin maxlen = rt.track(new PyBuiltin(rt.types.builtinFunction, "maxlen",
                (i, self, a, k) -> maxlenOf(i, a[0]), null, null));
        // deque_getset: maxlen has a getter only
        PyBuiltin readOnly = rt.track(new PyBuiltin(rt.types.builtinFunction, "maxlen", (i, self, a, k) -> {
            throw i.errors.attributeError("attribute 'maxlen' of '" + types.deque().name()
                    + "' objects is not writable");
        }, null, null));
        ip.storeIn(t.dict(), "maxlen", rt.track(new PyDescriptor(rt.types.property, PyDescriptor.Kind.PROPERTY,
                "maxlen", -1, maxlen, readOnly, readOnly.newRef(), rt.none.newRef())));
        NativeTable n = new NativeTable(ip, t.dict(), t);
        n.def("__init__", DequeMethods::init);
        n.def("append", DequeMethods::append);
        n.def("appendleft", DequeMethods::appendleft);
        n.def("pop", DequeMethods::pop);
        n.def("popleft", DequeMethods::popleft);
        n.def("extend", DequeMethods::extend);
        n.def("extendleft", DequeMethods::extendleft);
        n.def("clear", DequeMethods::clear);
        n.def("copy", DequeMethods::copy);
        n.def("__copy__", DequeMethods::copy);
        n.def("count", DequePositions::count);
        n.def("index", DequePositions::index);
        n.def("insert", DequePositions::insert);
        n.def("remove", DequePositions::remove);
        n.def("reverse", DequeMethods::reverse);
        n.def("rotate", DequeMethods::rotate);
        n.def("__reduce__", DequeMethods::reduce);
        n.def("__reversed__", (i, self, a, k) -> iterator(i, deque(self), true));
        n.def("__iter__", (i, self, a, k) -> iterator(i, deque(self), false));
        n.def("__len__", (i, self, a, k) -> i.rt.newInt(deque(self).size()));
        n.def("__sizeof__", (i, self, a, k) -> i.rt.newInt(deque(self).sizeof()));
        for (PyType it : new PyType[] {types.iterator(), types.reverseIterator()}) {
            NativeTable m = new NativeTable(ip, it.dict(), it);
            m.def("__next__", DequeMethods::next);
            m.def("__iter__", (i, self, a, k) -> self.newRef());
            m.def("__length_hint__", (i, self, a, k) -> i.rt.newInt(((PyDequeIterator) self).remaining()));
        }
    }

    private static PyDeque deque(PyObject self) {
        return (PyDeque) self;
    }

    /** {@code deque_new}: an empty deque of {@code cls}; a class derived from deque adds its dict and slots. */
    private static PyObject newDeque(Interpreter ip, DequeTypes types, PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(types.deque())) {
            throw ip.errors.typeError("deque.__new__(X): X is not a subtype of collections.deque");
        }
        PyDeque d = new PyDeque(cls, types);
        if (cls.isHeapType()) {
            boolean hasDict = false;
            for (PyType k : cls.mroList()) {
                hasDict |= k.isHeapType() && k.layout().managedDict();
            }
            d.setExtras(new InstanceExtras(hasDict, InstanceCreation.slotCount(cls)));
        }
        if (cls.isHeapType() || types.heapTypes()) {
            // PyType_GenericAlloc: an instance of a heap type holds a reference to it
            cls.incref();
        }
        return ip.rt.track(d);
    }

    /** {@code deque_init}: {@code deque([iterable[, maxlen]])}, clearing a deque initialised again. */
    private static PyObject init(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        int npos = NativeTable.positionalCount(a, k);
        if (k != null) {
            for (String name : k) {
                if (!name.equals("iterable") && !name.equals("maxlen")) {
                    throw ip.errors.typeError(ip.rt.version.dequeArgumentsLikeClinic()
                            ? "deque() got an unexpected keyword argument '" + name + "'"
                            : "'" + name + "' is an invalid keyword argument for deque()");
                }
            }
        }
        if (a.length > 2) {
            throw ip.errors.typeError("deque() takes at most 2 arguments (" + a.length + " given)");
        }
        PyObject iterable = npos > 0 ? a[0] : NativeTable.keyword(a, k, "iterable");
        PyObject maxlenObj = npos > 1 ? a[1] : NativeTable.keyword(a, k, "maxlen");
        long maxlen = -1;
        if (maxlenObj != null && maxlenObj != ip.rt.none) {
            if (!(maxlenObj instanceof PyInt m)) {
                // PyLong_AsSsize_t takes ints only, without __index__
                throw ip.errors.typeError("an integer is required");
            }
            if (!m.isSmall()) {
                throw ip.errors.overflow("Python int too large to convert to C ssize_t");
            }
            maxlen = m.longValue();
            if (maxlen < 0) {
                throw ip.errors.valueError("maxlen must be non-negative");
            }
        }
        PyDeque d = deque(self);
        d.maxlen = maxlen;
        d.clear(ip.rt, ip.rt::decref);
        if (iterable != null) {
            extendRight(ip, d, iterable);
        }
        return ip.rt.none;
    }

    private static PyObject maxlenOf(Interpreter ip, PyObject self) {
        long maxlen = deque(self).maxlen;
        return maxlen < 0 ? ip.rt.none : ip.rt.newInt(maxlen);
    }

    /** {@code deque_append_internal}: a full deque drops its leftmost item. Takes ownership of {@code item}. */
    static void appendOwned(Interpreter ip, PyDeque d, PyObject item) {
        addOwned(ip, d, item, false);
    }

    /** {@code deque_appendleft_internal}: a full deque drops its rightmost item. */
    static void appendLeftOwned(Interpreter ip, PyDeque d, PyObject item) {
        addOwned(ip, d, item, true);
    }

    /** The item goes in at one end; past maxlen one leaves at the other end (that pop moves the state instead). */
    private static void addOwned(Interpreter ip, PyDeque d, PyObject item, boolean left) {
        InterpreterState rt = ip.rt;
        if (!(left ? d.pushLeft(rt, item) : d.pushRight(rt, item))) {
            rt.decref(left ? d.popLeft(rt) : d.popRight(rt));
            throw ip.errors.make("MemoryError");
        }
        if (d.maxlen >= 0 && d.size() > d.maxlen) {
            rt.decref(left ? d.popRight(rt) : d.popLeft(rt));
        } else {
            d.state++;
        }
    }

    private static PyObject append(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "deque.append", a, k, 1, 1);
        appendOwned(ip, deque(self), a[0].newRef());
        return ip.rt.none;
    }

    private static PyObject appendleft(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "deque.appendleft", a, k, 1, 1);
        appendLeftOwned(ip, deque(self), a[0].newRef());
        return ip.rt.none;
    }

    /** {@code deque_pop}. */
    private static PyObject pop(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        return popEnd(ip, "deque.pop", self, a, k, false);
    }

    /** {@code deque_popleft}. */
    private static PyObject popleft(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        return popEnd(ip, "deque.popleft", self, a, k, true);
    }

    private static PyObject popEnd(Interpreter ip, String name, PyObject self, PyObject[] a, String[] k,
            boolean left) {
        NativeTable.arity(ip, name, a, k, 0, 0);
        PyDeque d = deque(self);
        if (d.size() == 0) {
            throw ip.errors.indexError("pop from an empty deque");
        }
        return left ? d.popLeft(ip.rt) : d.popRight(ip.rt);
    }

    private static PyObject extend(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "deque.extend", a, k, 1, 1);
        extendRight(ip, deque(self), a[0]);
        return ip.rt.none;
    }

    private static PyObject extendleft(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "deque.extendleft", a, k, 1, 1);
        extendSide(ip, deque(self), a[0], true);
        return ip.rt.none;
    }

    /** {@code deque_extend}. */
    static void extendRight(Interpreter ip, PyDeque d, PyObject iterable) {
        extendSide(ip, d, iterable, false);
    }

    /**
     * {@code deque_extend} and {@code deque_extendleft}: the deque itself is first copied to a list; a maxlen of
     * 0 only consumes the iterator; an empty deque starts filling from the block's far end (index 1 to the right,
     * index 63 to the left), the space-saving heuristic that decides how many blocks it will use.
     */
    private static void extendSide(Interpreter ip, PyDeque d, PyObject iterable, boolean left) {
        InterpreterState rt = ip.rt;
        if (iterable == d) {
            PyObject copy = DequeSequence.toList(ip, d);
            try {
                extendSide(ip, d, copy, left);
            } finally {
                rt.decref(copy);
            }
            return;
        }
        PyObject it = Iteration.iter(ip, iterable);
        try {
            PyObject item;
            if (d.maxlen == 0) {
                while ((item = Iteration.next(ip, it)) != null) {
                    rt.decref(item);
                }
                return;
            }
            d.startEmptyAt(left ? PyDeque.BLOCKLEN - 1 : 1);
            while ((item = Iteration.next(ip, it)) != null) {
                if (left) {
                    appendLeftOwned(ip, d, item);
                } else {
                    appendOwned(ip, d, item);
                }
            }
        } finally {
            rt.decref(it);
        }
    }

    /** {@code deque_clearmethod}. */
    private static PyObject clear(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "deque.clear", a, k, 0, 0);
        deque(self).clear(ip.rt, ip.rt::decref);
        return ip.rt.none;
    }

    private static PyObject copy(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "deque.copy", a, k, 0, 0);
        return DequeSequence.copy(ip, deque(self));
    }

    private static PyObject reverse(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "deque.reverse", a, k, 0, 0);
        deque(self).reverse();
        return ip.rt.none;
    }

    /** {@code deque_rotate}: {@code "|n:rotate"}. */
    private static PyObject rotate(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, ip.rt.version.dequeArgumentsLikeClinic() ? "rotate" : "deque.rotate", a, k, 0, 1);
        long n = a.length == 0 ? 1
                : ObjectProtocol.index(ip, a[0], "'%T' object cannot be interpreted as an integer");
        deque(self).rotate(ip.rt, n);
        return ip.rt.none;
    }

    /** {@code deque_reduce}: (type, () or ((), maxlen), the instance dict or None, an iterator). */
    private static PyObject reduce(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        InterpreterState rt = ip.rt;
        PyDeque d = deque(self);
        PyObject dict = d.extras() != null && d.extras().dict() != null ? d.extras().dict().newRef()
                : rt.none.newRef();
        PyObject args = d.maxlen < 0 ? rt.emptyTuple.newRef()
                : rt.newTuple(new PyObject[] {rt.emptyTuple.newRef(), rt.newInt(d.maxlen)});
        PyObject it = iterator(ip, d, false);
        return rt.newTuple(new PyObject[] {d.type().newRef(), args, dict, it});
    }

    /** {@code deque_iter} and {@code deque_reviter}: iterators holding the deque (and, 3.12+, their type). */
    public static PyObject iterator(Interpreter ip, PyDeque d, boolean reverse) {
        PyType t = reverse ? d.types.reverseIterator() : d.types.iterator();
        if (d.types.heapTypes()) {
            t.incref();
        }
        return ip.rt.track(new PyDequeIterator(t, (PyDeque) d.newRef(), reverse));
    }

    private static PyObject next(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        PyObject item = ((PyDequeIterator) self).next(ip);
        if (item == null) {
            throw ip.errors.stopIteration(null);
        }
        return item;
    }

    /**
     * A new list of the deque's items ({@code PySequence_List}); a derived class's goes through its iterator and
     * length, which it may override ({@code list_extend}).
     */
    static PyList listOf(Interpreter ip, PyDeque d) {
        if (d.type().isHeapType()) {
            PyList l = ip.rt.track(new PyList(ip.rt.types.list));
            try {
                Containers.listExtend(ip, l, d);
            } catch (RuntimeException e) {
                ip.rt.decref(l);
                throw e;
            }
            return l;
        }
        PyObject[] items = new PyObject[d.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = d.get(i).newRef();
        }
        return ip.rt.track(new PyList(ip.rt.types.list, items));
    }
}
