package dev.heapgrader.engine.object;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys shared by the instance dicts of one class (CPython 3.11+ {@code ht_cached_keys}): attribute names in the
 * order any instance first set them, and the usable slots left, which start at {@code SHARED_KEYS_MAX_SIZE} (30)
 * and shrink by one for each new name and for each instance created while above 1 ({@code init_inline_values}).
 */
public final class SharedKeys {
    /** Objects/dictobject.c: {@code SHARED_KEYS_MAX_SIZE}. */
    public static final int MAX_SIZE = 30;
    /**
     * Objects/dictobject.c {@code NEXT_LOG2_SHARED_KEYS_MAX_SIZE}: a class's keys table has 64 slots
     * ({@code _PyDict_NewKeysForClass}), whatever it holds.
     */
    public static final int LOG2_SIZE = 6;

    private final List<String> names = new ArrayList<>();
    private int usable = MAX_SIZE;

    /** Index of {@code name}, or -1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** Adds a new name when there is room; returns its index or -1 when the keys are full. */
    public int add(String name) {
        if (usable <= 0) {
            return -1;
        }
        names.add(name);
        usable--;
        return names.size() - 1;
    }

    /** An instance was created: CPython 3.11+ shrinks the usable count while it is above 1. */
    public void instanceCreated() {
        if (usable > 1) {
            usable--;
        }
    }

    public int size() {
        return names.size();
    }

    public String name(int index) {
        return names.get(index);
    }

    public int usable() {
        return usable;
    }
}
