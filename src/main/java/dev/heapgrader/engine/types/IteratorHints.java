package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;

/**
 * {@code __length_hint__} of the str, dict and set iterators, which {@code list_extend} reads to preallocate: so
 * {@code list(iter(d))} and a starred target filled from a dict or a str get CPython's capacity.
 */
final class IteratorHints {
    private IteratorHints() {
    }

    /** Items the iterator has left, or -1 when it gives no hint. */
    static long remaining(PyIterator it) {
        return switch (it.kind) {
            // Objects/unicodeobject.c unicodeiter_len: code points left
            case STR -> {
                String s = ((PyStr) it.source).value();
                int from = (int) Math.min(it.index, s.length());
                yield s.codePointCount(from, s.length());
            }
            // Objects/dictobject.c dictiter_len: the entries left, 0 once the dict changed size
            case DICT_KEYS, DICT_VALUES, DICT_ITEMS -> {
                PyDict d = (PyDict) it.source;
                if (d.size() != it.limit) {
                    yield 0;
                }
                long left = 0;
                for (int i = (int) it.index; i < d.entryCount(); i++) {
                    if (d.keyAt(i) != null) {
                        left++;
                    }
                }
                yield left;
            }
            // Objects/setobject.c setiter_len: the items left, 0 once the set changed size
            case SET -> ((PySet) it.source).size() != it.limit || it.snapshot == null ? 0
                    : Math.max(0, it.snapshot.length - it.index);
            default -> -1;
        };
    }
}
