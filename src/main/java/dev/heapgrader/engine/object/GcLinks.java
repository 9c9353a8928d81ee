package dev.heapgrader.engine.object;

/**
 * What CPython keeps in an object's {@code PyGC_Head}: the links of the generation list it is in, the scratch
 * count the collector computes, and whether it is tracked and already finalized (PEP 442). Only objects of GC
 * types have one.
 */
public final class GcLinks {
    public PyObject prev;
    public PyObject next;
    public long gcRefs;
    public boolean tracked;
    public boolean finalized;
    /** Index of the generation list holding the object (0, 1, 2, 3 for permanent), -1 when untracked. */
    public int generation = -1;
    /** The collector pass that includes this object in the set it examines (passes are numbered from 1). */
    public int pass;
    /** During a pass: moved to the tentatively unreachable list ({@code NEXT_MASK_UNREACHABLE}). */
    public boolean tentative;
    /** The last pass that already placed this object in its result (reachable, or listed once). */
    public int placed;
}
