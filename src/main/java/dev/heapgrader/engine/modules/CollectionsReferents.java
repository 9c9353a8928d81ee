package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.InstanceExtras;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

import java.util.List;

/**
 * What {@code gc.get_referents} lists before {@code dict_traverse}'s part for the collections module's two dict
 * subclasses that CPython writes in C with traversals of their own, and the engine in Python (collections.py):
 * <ul>
 *   <li>{@code OrderedDict}, Objects/odictobject.c {@code odict_traverse}: the instance dict once made
 *   ({@code od_inst_dict}), then every key in order; its type is static, so only a class derived from it lists its
 *   class ({@code subtype_traverse}), first;</li>
 *   <li>{@code defaultdict}, Modules/_collectionsmodule.c {@code defdict_traverse}: from 3.12 (a heap type of the
 *   module) its type, then the default factory. On 3.11 only a derived class lists its class
 *   ({@code subtype_traverse}, which comes first, so the order is the same).</li>
 * </ul>
 * A class derived from either lists its own slots and dict first, as {@code subtype_traverse} visits them.
 * The engine cannot tell {@code defaultdict()} (factory {@code NULL}, not listed) from {@code defaultdict(None)}
 * (None, listed): a None factory is left out.
 */
final class CollectionsReferents {
    private CollectionsReferents() {
    }

    /** Adds {@code d}'s referents before its table's to {@code out}; false when d derives from neither class. */
    static boolean addHead(Interpreter ip, PyDict d, List<PyObject> out) {
        PyType odict = null;
        PyType defdict = null;
        for (PyType k : d.type().mroList()) {
            // the module's classes, as collections.py names them (CPython's are C types of that module)
            if (k.isHeapType() && "collections".equals(k.module())) {
                odict = k.name().equals("OrderedDict") ? k : odict;
                defdict = k.name().equals("defaultdict") ? k : defdict;
            }
        }
        if (odict == null && defdict == null) {
            return false;
        }
        InstanceExtras extras = d.extras();
        int factorySlot = defdict == null ? -1 : defdict.layout().slotOffset();
        PyObject[] slots = extras == null ? new PyObject[0] : extras.slots();
        for (int s = 0; s < slots.length; s++) {
            if (s != factorySlot && slots[s] != null) {
                out.add(slots[s].newRef());
            }
        }
        PyType own = odict != null ? odict : defdict;
        if (defdict != null && extras != null && extras.dict() != null) {
            out.add(extras.dict().newRef());
        }
        if (d.type() != own || defdict != null && ip.rt.version.collectionsTypesAreHeapTypes()) {
            out.add(d.type().newRef());
        }
        if (odict != null) {
            if (extras != null && extras.dict() != null) {
                out.add(extras.dict().newRef());
            }
            for (PyObject key : d.keyArray()) {
                out.add(key.newRef());
            }
        } else if (factorySlot >= 0 && factorySlot < slots.length && slots[factorySlot] != null
                && slots[factorySlot] != ip.rt.none) {
            out.add(slots[factorySlot].newRef());
        }
        return true;
    }
}
