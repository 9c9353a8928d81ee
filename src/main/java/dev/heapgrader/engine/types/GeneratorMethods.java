package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Generators;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** {@code send}, {@code throw} and {@code close} of generator objects. */
final class GeneratorMethods {
    private GeneratorMethods() {
    }

    static void install(Interpreter ip, PyType generator) {
        NativeTable n = new NativeTable(ip, generator.dict(), generator);
        n.def("send", GeneratorMethods::send);
        n.def("throw", GeneratorMethods::throwMethod);
        n.def("close", GeneratorMethods::close);
    }

    private static PyObject send(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "send", a, k, 1, 1);
        return Generators.send(i, (PyGenerator) self, a[0]);
    }

    private static PyObject throwMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "throw", a, k, 1, 3);
        return Generators.throwInto(i, (PyGenerator) self, a.length > 1 && a[1] != i.rt.none ? a[1] : a[0]);
    }

    private static PyObject close(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "close", a, k, 0, 0);
        return Generators.close(i, (PyGenerator) self);
    }
}
