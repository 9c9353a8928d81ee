package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.InstanceCreation;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.MethodArity;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.memory.SizeModel;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Attributes;
import dev.heapgrader.engine.protocol.Formatting;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;

import java.util.List;

/** The methods every class inherits from {@code object} (Objects/typeobject.c {@code object_methods}). */
public final class ObjectMethods {
    /** Names {@code dir()} lists for any object, from {@code object}'s namespace. */
    public static final List<String> NAMES = List.of("__class__", "__delattr__", "__dir__", "__doc__", "__eq__",
            "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
            "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
            "__setattr__", "__sizeof__", "__str__", "__subclasshook__");

    private ObjectMethods() {
    }

    static void install(Interpreter ip, PyType object) {
        NativeTable n = new NativeTable(ip, object.dict(), object);
        n.def("__init__", (i, self, a, k) -> {
            InstanceCreation.objectInit(i, self, a);
            return i.rt.none;
        });
        InterpreterState rt = ip.rt;
        PyBuiltin objectNew = rt.track(new PyBuiltin(rt.types.builtinFunction, "__new__",
                (i, self, a, k) -> InstanceCreation.objectNew(i, a), null, null));
        ip.storeIn(object.dict(), "__new__", rt.track(new PyDescriptor(rt.types.staticmethod,
                PyDescriptor.Kind.STATICMETHOD, "__new__", -1, objectNew)));
        n.def("__repr__", (i, self, a, k) -> i.rt.newStr(Repr.ownRepr(i, self)));
        n.def("__str__", (i, self, a, k) -> i.rt.newStr(Repr.str(i, self)));
        n.def("__eq__", (i, self, a, k) -> {
            MethodArity.slotWrapper(i, "__eq__", a, k, 1);
            return self == a[0] ? i.rt.trueObj : i.rt.notImplemented;
        });
        n.def("__ne__", (i, self, a, k) -> {
            MethodArity.slotWrapper(i, "__ne__", a, k, 1);
            return self == a[0] ? i.rt.falseObj : i.rt.notImplemented;
        });
        n.def("__hash__", (i, self, a, k) -> i.rt.newInt(ObjectProtocol.hash(i, self)));
        n.def("__setattr__", (i, self, a, k) -> {
            String name = NativeTable.str(i, a[0], "attribute name");
            Attributes.set(i, self, name, a[1], false);
            return i.rt.none;
        });
        n.def("__delattr__", (i, self, a, k) -> {
            Attributes.delete(i, self, NativeTable.str(i, a[0], "attribute name"), false);
            return i.rt.none;
        });
        n.def("__getattribute__", (i, self, a, k) -> Attributes.get(i, self, NativeTable.str(i, a[0],
                "attribute name")));
        n.def("__format__", (i, self, a, k) -> i.rt.newStr(Formatting.format(i, self,
                NativeTable.str(i, a[0], "format spec"))));
        n.def("__sizeof__", (i, self, a, k) -> i.rt.newInt(SizeModel.getsizeof(i.rt, self)
                - SizeModel.preHeader(i.rt, self.type())));
        n.def("__init_subclass__", (i, self, a, k) -> i.rt.none);
        n.def("__dir__", (i, self, a, k) -> Calls.call(i, i.builtins.getStr("dir"), new PyObject[] {self}, null));
    }
}
