package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.types.DequeMethods;
import dev.heapgrader.engine.types.DequeTypes;
import dev.heapgrader.engine.types.PyModule;

import java.util.List;

/**
 * {@code collections}: CPython writes {@code deque} in C (Modules/_collectionsmodule.c), so it is a Java type
 * here ({@code engine.types.PyDeque}), made on first import and bound in the namespace before
 * {@code collections.py} (with {@code collections_counter.py} and {@code collections_namedtuple.py}) writes the
 * rest in Python, as Lib/collections/__init__.py imports {@code deque} from {@code _collections}.
 */
final class CollectionsModule {
    /** {@code sizeof(dequeobject)}: the variable-size head, block links and indices, state, maxlen, weakref list
     * and the 16-entry free-block cache (3.11+). */
    private static final long DEQUE_BASICSIZE = 216;
    /** {@code sizeof(dequeiterobject)}: the head, block pointer, index, deque, state and counter. */
    private static final long ITERATOR_BASICSIZE = 56;

    private CollectionsModule() {
    }

    static PyModule create(Interpreter ip) {
        InterpreterState rt = ip.rt;
        boolean heap = rt.version.collectionsTypesAreHeapTypes();
        String iterModule = heap ? "collections" : "_collections";
        DequeTypes types = new DequeTypes(type(ip, "collections", "deque", DEQUE_BASICSIZE, heap),
                type(ip, iterModule, "_deque_iterator", ITERATOR_BASICSIZE, heap),
                type(ip, iterModule, "_deque_reverse_iterator", ITERATOR_BASICSIZE, heap), heap);
        DequeMethods.install(ip, types);
        PyDict d = rt.newDict();
        ip.storeIn(d, "deque", types.deque().newRef());
        new NativeTable(ip, d, null).def("_odict_move_entry", CollectionsModule::moveEntry);
        return PythonModule.createIn(ip, d, "collections", "collections_counter", "collections_namedtuple");
    }

    /**
     * {@code _odict_move_entry(od, key, last)}: OrderedDict.move_to_end's reordering, which leaves the dict's
     * table (and so {@code sys.getsizeof}) as it was; False when the key is absent.
     */
    private static PyObject moveEntry(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        boolean moved = ((PyDict) a[0]).moveEntry(a[1], i.rt, ObjectProtocol.truthy(i, a[2]));
        return i.rt.bool(moved);
    }

    /**
     * A type of the module: static and immortal in 3.11; in 3.12+ a heap type the module state keeps one
     * reference to, so its count moves with each instance as in CPython.
     */
    private static PyType type(Interpreter ip, String module, String name, long basicSize, boolean heap) {
        InterpreterState rt = ip.rt;
        PyType.Layout layout = new PyType.Layout(basicSize, 0, true, false, false, List.of(), 0);
        PyType t = new PyType(rt.types.type, module + "." + name, module, new PyDict(rt.types.dict), layout, false);
        if (!heap) {
            t.makeImmortal();
        }
        t.dict().makeImmortal();
        t.setQualname(name);
        t.setHierarchy(rt.newTuple(new PyObject[] {rt.types.object}),
                rt.newTuple(new PyObject[] {t.newRef(), rt.types.object}));
        rt.heap.allocate(t, 0, false);
        ip.storeIn(t.dict(), "__module__", rt.constantStr(module));
        return t;
    }
}
