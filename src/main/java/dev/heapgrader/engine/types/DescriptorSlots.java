package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.protocol.Repr;

/** The slots of descriptors and {@code mappingproxy} (Objects/descrobject.c). */
final class DescriptorSlots {
    static final TypeSlots DESCRIPTOR = TypeSlots.reprOnly(DescriptorSlots::descriptorRepr);
    static final TypeSlots MAPPING_PROXY = TypeSlots.reprOnly(DescriptorSlots::mappingProxyRepr)
            .withLength(DescriptorSlots::mappingProxyLength).withContains(DescriptorSlots::mappingProxyContains)
            .withIter(DescriptorSlots::mappingProxyIter).withSubscript(DescriptorSlots::mappingProxySubscript);

    private DescriptorSlots() {
    }

    /** {@code member_repr} and {@code getset_repr}; the other descriptors keep {@code object_repr}. */
    static String descriptorRepr(Interpreter ip, PyObject self) {
        PyDescriptor d = (PyDescriptor) self;
        if (d.ref(0) instanceof PyType owner) {
            if (d.kind == PyDescriptor.Kind.SLOT) {
                return "<member '" + d.name + "' of '" + owner.name() + "' objects>";
            }
            if (d.kind == PyDescriptor.Kind.DICT_GETSET || d.kind == PyDescriptor.Kind.WEAKREF_GETSET) {
                return "<attribute '" + d.name + "' of '" + owner.name() + "' objects>";
            }
        }
        return ObjectSlots.repr(ip, self);
    }

    /** {@code mappingproxy_repr}: {@code mappingproxy({...})}. */
    static String mappingProxyRepr(Interpreter ip, PyObject self) {
        return Repr.guarded(ip, self, "...", DescriptorSlots::wrapped);
    }

    private static String wrapped(Interpreter ip, PyObject self) {
        return "mappingproxy(" + Repr.repr(ip, ((PyMappingProxy) self).mapping) + ")";
    }

    /** {@code mappingproxy_len}. */
    static long mappingProxyLength(Interpreter ip, PyObject self) {
        return ((PyMappingProxy) self).mapping.size();
    }

    /** {@code mappingproxy_contains}. */
    static boolean mappingProxyContains(Interpreter ip, PyObject self, PyObject key) {
        return ((PyMappingProxy) self).mapping.get(key, ip.rt) != null;
    }

    /** {@code mappingproxy_iter}: the mapping's own iterator. */
    static PyObject mappingProxyIter(Interpreter ip, PyObject self) {
        return Iteration.iter(ip, ((PyMappingProxy) self).mapping);
    }

    /** {@code mappingproxy_getitem}: the value, else KeyError. */
    static PyObject mappingProxySubscript(Interpreter ip, PyObject self, PyObject key) {
        PyObject v = ((PyMappingProxy) self).mapping.get(key, ip.rt);
        if (v == null) {
            throw ip.errors.keyError(key);
        }
        return v.newRef();
    }
}
