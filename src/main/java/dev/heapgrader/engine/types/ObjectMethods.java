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
        n.def("__init__", ObjectMethods::init);
        InterpreterState rt = ip.rt;
        PyBuiltin objectNew = rt.track(new PyBuiltin(rt.types.builtinFunction, "__new__",
                (i, self, a, k) -> InstanceCreation.objectNew(i, a), null, null));
        ip.storeIn(object.dict(), "__new__", rt.track(new PyDescriptor(rt.types.staticmethod,
                PyDescriptor.Kind.STATICMETHOD, "__new__", -1, objectNew)));
        n.def("__repr__", ObjectMethods::repr);
        n.def("__str__", ObjectMethods::str);
        n.def("__eq__", ObjectMethods::eq);
        n.def("__ne__", ObjectMethods::ne);
        n.def("__hash__", ObjectMethods::hash);
        n.def("__setattr__", ObjectMethods::setattr);
        n.def("__delattr__", ObjectMethods::delattr);
        n.def("__getattribute__", ObjectMethods::getattribute);
        n.def("__format__", ObjectMethods::format);
        n.def("__sizeof__", ObjectMethods::sizeof);
        // object.__init_subclass__ is a classmethod (METH_CLASS), so super().__init_subclass__() binds the class
        PyBuiltin initSubclass = rt.track(new PyBuiltin(rt.types.builtinFunction, "__init_subclass__",
                ObjectMethods::initSubclass, null, null));
        ip.storeIn(object.dict(), "__init_subclass__", rt.track(new PyDescriptor(rt.types.classmethod,
                PyDescriptor.Kind.CLASSMETHOD, "__init_subclass__", -1, initSubclass)));
        n.def("__dir__", ObjectMethods::dir);
    }

    private static PyObject init(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        InstanceCreation.objectInit(i, self, a);
        return i.rt.none;
    }

    private static PyObject repr(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newStr(Repr.ownRepr(i, self));
    }

    private static PyObject str(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newStr(Repr.str(i, self));
    }

    private static PyObject eq(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.slotWrapper(i, "__eq__", a, k, 1);
        return self == a[0] ? i.rt.trueObj : i.rt.notImplemented;
    }

    private static PyObject ne(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.slotWrapper(i, "__ne__", a, k, 1);
        return self == a[0] ? i.rt.falseObj : i.rt.notImplemented;
    }

    private static PyObject hash(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newInt(ObjectProtocol.hash(i, self));
    }

    private static PyObject setattr(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        String name = NativeTable.str(i, a[0], "attribute name");
        Attributes.set(i, self, name, a[1], false);
        return i.rt.none;
    }

    private static PyObject delattr(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        Attributes.delete(i, self, NativeTable.str(i, a[0], "attribute name"), false);
        return i.rt.none;
    }

    private static PyObject getattribute(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return Attributes.get(i, self, NativeTable.str(i, a[0],
                "attribute name"));
    }

    private static PyObject format(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newStr(Formatting.format(i, self,
                NativeTable.str(i, a[0], "format spec")));
    }

    private static PyObject sizeof(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newInt(SizeModel.getsizeof(i.rt, self)
                - SizeModel.preHeader(i.rt, self.type()));
    }

    /** {@code object___init_subclass___impl}: nothing to do, and no keyword arguments accepted. */
    private static PyObject initSubclass(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw i.errors.typeError(((PyType) a[0]).name() + ".__init_subclass__() takes no keyword arguments");
        }
        NativeTable.arity(i, "__init_subclass__", a, k, 1, 1);
        return i.rt.none;
    }

    private static PyObject dir(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return Calls.call(i, i.builtins.getStr("dir"), new PyObject[] {self}, null);
    }
}
