package dev.heapgrader.engine.memory;

import dev.heapgrader.engine.heap.Heap;
import dev.heapgrader.engine.object.GcLinks;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reachability passes that open a collection (Modules/gcmodule.c {@code update_refs}, {@code subtract_refs},
 * {@code move_unreachable}), over the objects of the collected generations. The walk and the survivors live in
 * arrays this object keeps from one collection to the next, and each object's bookkeeping in its own
 * {@link GcLinks}, so a collection of a million objects allocates neither an entry per object nor, after the
 * first, lists of that size (each of which G1 would allocate as a humongous region).
 */
final class Reachability {
    private PyObject[] walk = new PyObject[256];
    private int walkSize;
    private int examined;
    private PyObject[] survivors = new PyObject[256];
    private int survivorsFrom;
    private int survivorsTo;
    private final List<PyObject> containers = new ArrayList<>();
    /** Passes over a set of objects are numbered; each object's GcLinks remember the pass that includes it. */
    private int passes;

    /**
     * Loads generation {@code gen} followed by the younger ones, as {@code gc_collect_main} merges the younger lists
     * into the collected one; returns how many objects the collection examines.
     */
    int load(Heap heap, int gen) {
        walkSize = 0;
        append(heap.generation(gen));
        for (int i = 0; i < gen; i++) {
            append(heap.generation(i));
        }
        examined = walkSize;
        return examined;
    }

    private void append(Iterable<PyObject> objects) {
        for (PyObject o : objects) {
            push(o);
        }
    }

    private void push(PyObject o) {
        if (walkSize == walk.length) {
            walk = Arrays.copyOf(walk, walkSize * 2);
        }
        walk[walkSize++] = o;
    }

    /** The examined objects in collection order (a view, valid until the next collection). */
    List<PyObject> examined() {
        return Arrays.asList(walk).subList(0, examined);
    }

    /** A new pass's number. */
    int newPass() {
        return ++passes;
    }

    static boolean inPass(PyObject o, int pass) {
        GcLinks g = o.gc();
        return g != null && g.pass == pass;
    }

    /**
     * {@code update_refs} + {@code subtract_refs}: each object's count minus the references from inside the set,
     * kept in its {@code gcRefs}. Starts a new pass over the first {@code n} of {@code objects}; returns its number.
     */
    int externalRefs(PyObject[] objects, int n) {
        int pass = newPass();
        for (int i = 0; i < n; i++) {
            PyObject o = objects[i];
            GcLinks g = o.gc();
            g.pass = pass;
            g.tentative = false;
            g.gcRefs = o.isImmortal() ? Long.MAX_VALUE / 2 : o.refcnt();
        }
        PyObject.Visitor subtract = r -> {
            GcLinks g = r.gc();
            if (g != null && g.pass == pass) {
                g.gcRefs--;
            }
        };
        for (int i = 0; i < n; i++) {
            objects[i].traverseAll(subtract);
        }
        return pass;
    }

    /** {@link #externalRefs(PyObject[], int)} over the loaded objects. */
    int externalRefs() {
        return externalRefs(walk, examined);
    }

    /**
     * {@code move_unreachable}: walks the list in order; an object with outside references marks what it reaches
     * reachable, pulling back to the tail of the list any object already moved to the tentatively-unreachable
     * list; an object still at zero when reached in the walk is moved there. Survivors come back in the order
     * CPython leaves them, which decides what later passes (tuple untracking) see first. Fills
     * {@code unreachableOut} in the order the objects were moved.
     */
    void moveUnreachable(int pass, List<PyObject> unreachableOut) {
        List<PyObject> tentative = new ArrayList<>();
        PyObject.Visitor markReachable = r -> {
            GcLinks g = r.gc();
            if (g == null || g.pass != pass) {
                return;
            }
            if (g.tentative) {
                g.tentative = false;
                g.gcRefs = 1;
                push(r);
            } else if (g.gcRefs == 0) {
                g.gcRefs = 1;
            }
        };
        for (int i = 0; i < walkSize; i++) {
            PyObject o = walk[i];
            GcLinks g = o.gc();
            if (g.tentative) {
                continue;
            }
            if (g.gcRefs > 0) {
                o.traverseAll(markReachable);
            } else {
                g.tentative = true;
                tentative.add(o);
            }
        }
        placeSurvivors(pass);
        for (PyObject o : tentative) {
            if (o.gc().tentative) {
                unreachableOut.add(o);
            }
        }
    }

    /**
     * The survivors, filled from the end of their array: an object pulled back appears twice in the walk, and its
     * place is the later one. Tuples and dicts among them are noted, in order, for the untracking passes.
     */
    private void placeSurvivors(int pass) {
        if (survivors.length < walkSize) {
            survivors = new PyObject[walk.length];
        }
        containers.clear();
        int at = walkSize;
        for (int i = walkSize - 1; i >= 0; i--) {
            PyObject o = walk[i];
            GcLinks g = o.gc();
            if (!g.tentative && g.placed != pass) {
                g.placed = pass;
                survivors[--at] = o;
                if (o instanceof PyTuple || o instanceof PyDict) {
                    containers.add(o);
                }
            }
        }
        survivorsFrom = at;
        java.util.Collections.reverse(containers);
        survivorsTo = walkSize;
    }

    PyObject[] survivors() {
        return survivors;
    }

    int survivorsFrom() {
        return survivorsFrom;
    }

    int survivorsTo() {
        return survivorsTo;
    }

    int survivorCount() {
        return survivorsTo - survivorsFrom;
    }

    /** The tuples and dicts among the survivors, in survivor order. */
    List<PyObject> survivingContainers() {
        return containers;
    }

    /** Drops the arrays' references, so the JVM can free what the program frees. */
    void release() {
        Arrays.fill(walk, 0, walkSize, null);
        Arrays.fill(survivors, survivorsFrom, survivorsTo, null);
        walkSize = 0;
        examined = 0;
        survivorsFrom = 0;
        survivorsTo = 0;
        containers.clear();
    }
}
