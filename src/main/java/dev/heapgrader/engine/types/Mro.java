package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;

import java.util.ArrayList;
import java.util.List;

/** C3 linearization (Objects/typeobject.c {@code mro_implementation}); the tuple holds the type itself first. */
public final class Mro {
    private Mro() {
    }

    public static PyTuple compute(Interpreter ip, PyType type, List<PyType> bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(b.mroList()));
        }
        seqs.add(new ArrayList<>(bases));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                break;
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                java.util.LinkedHashSet<String> heads = new java.util.LinkedHashSet<>();
                for (List<PyType> s : seqs) {
                    heads.add(s.get(0).name());
                }
                // Objects/typeobject.c set_mro_error: the message keeps CPython's line break
                throw ip.errors.typeError("Cannot create a consistent method resolution"
                        + ip.rt.version.mroErrorSeparator() + "order (MRO) for bases " + String.join(", ", heads));
            }
            result.add(candidate);
            for (List<PyType> s : seqs) {
                if (s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
        PyObject[] items = new PyObject[result.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = result.get(i).newRef();
        }
        return ip.rt.newTuple(items);
    }
}
