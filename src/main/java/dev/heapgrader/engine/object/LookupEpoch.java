package dev.heapgrader.engine.object;

/**
 * A counter shared by every type of one run, advanced whenever any type's namespace or MRO changes. Types cache
 * their MRO lookups and trust the cache only while the counter is where it was when they filled it: CPython's
 * method cache with its global version tags, in its simplest form.
 */
public final class LookupEpoch {
    private long value;

    public long value() {
        return value;
    }

    void advance() {
        value++;
    }
}
