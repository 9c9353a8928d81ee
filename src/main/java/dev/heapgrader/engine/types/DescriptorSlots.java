package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Repr;

/** The slots of descriptors and {@code mappingproxy} (Objects/descrobject.c). */
final class DescriptorSlots {
    static final TypeSlots DESCRIPTOR = TypeSlots.reprOnly(DescriptorSlots::descriptorRepr);
    static final TypeSlots MAPPING_PROXY = TypeSlots.reprOnly(DescriptorSlots::mappingProxyRepr);

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
}
