package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyByteArray;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PySingleton;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.object.PyWeakref;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The one table from an object's representation to its type's slots: where {@code engine.protocol} finds the
 * repr, hash, comparison, truth, length, membership, iteration, subscripts and operators of any object with a
 * single lookup. A class defined in Python is a {@code PyInstance} and gets {@code InstanceSlots}; a class derived
 * from a builtin shares the builtin's representation and so its slots. Any other object keeps {@code object}'s.
 */
public final class BuiltinSlots {
    private static final Map<Class<? extends PyObject>, TypeSlots> BY_CLASS = Map.ofEntries(
            entry(PyInt.class, IntSlots.SLOTS),
            entry(PyFloat.class, FloatSlots.SLOTS),
            entry(PyComplex.class, ComplexSlots.SLOTS),
            entry(PyStr.class, StrSlots.SLOTS),
            entry(PyBytes.class, BytesSlots.BYTES),
            entry(PyByteArray.class, BytesSlots.BYTEARRAY),
            entry(PyList.class, ListSlots.SLOTS),
            entry(PyTuple.class, TupleSlots.SLOTS),
            entry(PyDict.class, DictSlots.SLOTS),
            entry(DictView.class, DictSlots.VIEW_SLOTS),
            entry(PySet.class, SetSlots.SLOTS),
            entry(PyRange.class, RangeSlots.SLOTS),
            entry(PyDeque.class, DequeSlots.SLOTS),
            entry(PyDequeIterator.class, IteratorSlots.SLOTS),
            entry(PySlice.class, SliceSlots.SLOTS),
            entry(PySingleton.class, SingletonSlots.SLOTS),
            entry(PyType.class, TypeObjectSlots.SLOTS),
            entry(PyFunction.class, CallableSlots.FUNCTION),
            entry(PyMethod.class, CallableSlots.METHOD),
            entry(PyBuiltin.class, CallableSlots.BUILTIN),
            entry(PyModule.class, ModuleSlots.SLOTS),
            entry(PyGenerator.class, GeneratorSlots.SLOTS),
            entry(PyIterator.class, IteratorSlots.SLOTS),
            entry(PyCell.class, CellSlots.SLOTS),
            entry(PyDescriptor.class, DescriptorSlots.DESCRIPTOR),
            entry(PyMappingProxy.class, DescriptorSlots.MAPPING_PROXY),
            entry(PyWeakref.class, WeakrefSlots.SLOTS),
            entry(PyBaseException.class, ExceptionSlots.SLOTS),
            entry(PyInstance.class, InstanceSlots.SLOTS));

    private BuiltinSlots() {
    }

    /**
     * The slots of {@code o}'s type: its builtin's own, with the container slots a class derived from that builtin
     * overrides in Python in their place ({@link DerivedSlots}).
     */
    public static TypeSlots of(PyObject o) {
        if (o instanceof PyType t && t.type().isHeapType()) {
            return TypeObjectSlots.WITH_PYTHON_METACLASS;
        }
        TypeSlots own = own(o);
        return own == InstanceSlots.SLOTS || !o.type().isHeapType() ? own : DerivedSlots.of(o.type(), own);
    }

    /**
     * The slots of the builtin {@code o}'s type derives from, never a derived class's override (what a slot wrapper
     * such as {@code list.__len__} calls): its own class's entry, else the nearest Java superclass's, else object's.
     */
    public static TypeSlots own(PyObject o) {
        for (Class<?> c = o.getClass(); c != PyObject.class; c = c.getSuperclass()) {
            TypeSlots slots = BY_CLASS.get(c);
            if (slots != null) {
                return slots;
            }
        }
        return ObjectSlots.SLOTS;
    }
}
