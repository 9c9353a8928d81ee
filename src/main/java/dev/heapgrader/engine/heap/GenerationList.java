package dev.heapgrader.engine.heap;

import dev.heapgrader.engine.object.GcLinks;
import dev.heapgrader.engine.object.PyObject;

import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One of the collector's lists (a generation, the permanent generation or the scratch list), linked through the
 * objects' own {@link GcLinks} as CPython links {@code PyGC_Head}s: appending, unlinking and moving an object
 * between lists cost the same whatever the heap's size, and no per-object entry is allocated. Iteration is in
 * list order; an iterator tolerates the removal of the object it last returned.
 */
public final class GenerationList extends AbstractCollection<PyObject> {
    private PyObject head;
    private PyObject tail;
    private int size;

    /** Appends a tracked object that is in no list (its links are unset). */
    void append(PyObject o) {
        GcLinks g = o.gc();
        g.prev = tail;
        g.next = null;
        if (tail == null) {
            head = o;
        } else {
            tail.gc().next = o;
        }
        tail = o;
        size++;
    }

    /** Forgets every object at once; the caller relinks each of them into a list ({@link Heap#promoteSurvivors}). */
    void detachAll() {
        head = null;
        tail = null;
        size = 0;
    }

    /** Unlinks an object this list holds. */
    void unlink(PyObject o) {
        GcLinks g = o.gc();
        if (g.prev == null) {
            head = g.next;
        } else {
            g.prev.gc().next = g.next;
        }
        if (g.next == null) {
            tail = g.prev;
        } else {
            g.next.gc().prev = g.prev;
        }
        g.prev = null;
        g.next = null;
        size--;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public Iterator<PyObject> iterator() {
        return new Iterator<>() {
            private PyObject next = head;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public PyObject next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                PyObject current = next;
                next = current.gc().next;
                return current;
            }
        };
    }
}
