package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;

import java.util.ArrayList;
import java.util.List;

/**
 * Objects/typeobject.c {@code object_new}'s refusal to instantiate an abstract class: one whose metaclass (the
 * engine's {@code abc.ABCMeta}) set a non-empty {@code __abstractmethods__}, which CPython records as
 * {@code Py_TPFLAGS_IS_ABSTRACT}. Only classes made by a metaclass written in Python can have one.
 */
final class AbstractClasses {
    private AbstractClasses() {
    }

    static void refuseAbstract(Interpreter ip, PyType t) {
        if (t.type() == ip.rt.types.type || !(t.lookup("__abstractmethods__") instanceof PySet abstracts)
                || abstracts.size() == 0) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (PyObject name : abstracts.items()) {
            if (name instanceof PyStr s) {
                names.add(s.value());
            }
        }
        names.sort(null);
        boolean quoted = ip.rt.version.abstractClassErrorQuotesNames();
        List<String> shown = quoted ? names.stream().map(n -> "'" + n + "'").toList() : names;
        String methods = "abstract method" + (names.size() > 1 ? "s " : " ") + String.join(", ", shown);
        throw ip.errors.typeError("Can't instantiate abstract class " + t.name()
                + (quoted ? " without an implementation for " : " with ") + methods);
    }
}
