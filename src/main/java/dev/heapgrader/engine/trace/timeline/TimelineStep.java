package dev.heapgrader.engine.trace.timeline;

import java.util.List;

/**
 * The program at one moment. {@code event} is Python Tutor's ({@code step_line}, {@code call}, {@code return},
 * {@code exception}, {@code uncaught_exception}) or HeapGrader's ({@code probe}: inside a {@code sys.getrefcount}
 * or {@code sys.getsizeof} call; {@code collection}: as the collector starts, before it frees anything).
 * {@code frames} are the program's function frames, outermost first; {@code heap} the objects reachable from
 * them and the program's garbage not yet collected, each with its {@code ob_refcnt} at this moment: at a line
 * step that is what {@code sys.getrefcount(x)} on that line would return minus the one reference its argument
 * adds; at a probe step, taken inside the call, the probed object's count includes that argument reference and
 * equals the probe's value. {@code stdoutLength} is how many characters the program had printed.
 */
public record TimelineStep(int index, String event, int line, String funcName, List<FrameView.Variable> globals,
                           List<FrameView> frames, List<HeapObjectView> heap, boolean heapTruncated,
                           int stdoutLength, List<Probe> probes, List<CollectionView> collections,
                           String exception) {

    public TimelineStep {
        globals = List.copyOf(globals);
        frames = List.copyOf(frames);
        heap = List.copyOf(heap);
        probes = List.copyOf(probes);
        collections = List.copyOf(collections);
    }
}
