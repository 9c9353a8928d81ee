package dev.heapgrader.grading.check;

import dev.heapgrader.engine.trace.TraceEvent.Collection;

import java.util.List;
import java.util.Map;

/**
 * The cycle-collector checks, read from the trace's explicit {@code Collection} events and, for the value the
 * program used, the syntax tree: {@code collect-after-unreachable-cycle} and {@code collected-cycle-objects}.
 * What they teach: reference counting alone never frees a cycle; {@code gc.collect()} finds it once nothing outside
 * refers to it and returns how many unreachable objects it found (Modules/gcmodule.c, {@code gc_collect_main}).
 */
final class CollectionChecks {
    private CollectionChecks() {
    }

    static Verdict collectAfterUnreachableCycle(Observation o, Map<String, String> params) {
        long min = Long.parseLong(params.getOrDefault("min", "1"));
        List<Collection> explicit = explicitCollections(o);
        if (explicit.isEmpty()) {
            return Verdict.fail("Your program never calls gc.collect().", null);
        }
        for (Collection c : explicit) {
            if (c.collected() >= min) {
                return Verdict.pass("On " + o.cpython() + " gc.collect() on line " + c.line() + " found "
                        + c.collected() + " unreachable object(s) (" + String.join(", ", c.unreachableTypes())
                        + "): your cycle had become unreachable.", c.line());
            }
        }
        Collection last = explicit.get(explicit.size() - 1);
        return Verdict.fail("On " + o.cpython() + " gc.collect() on line " + last.line() + " returned "
                + last.collected() + ": no cycle was unreachable when it ran. Either nothing forms a cycle (plain "
                + "reference counting already freed it), or a name or container still refers to the cycle.",
                last.line());
    }

    /**
     * Read first from the run: an explicit collection whose value was shown or compared, wherever it went; then,
     * as before, from the syntax tree.
     */
    static Verdict collectedCycleObjects(Observation o, Map<String, String> params) {
        long min = Long.parseLong(params.getOrDefault("min", "1"));
        ValueFlow flow = ValueFlow.of(o);
        for (int i : ProbeUsage.probes(o, flow, "gc.collect")) {
            Collection c = (Collection) flow.event(i);
            if (flow.used(i) && c.collected() >= min) {
                return Verdict.pass("The value you use from gc.collect() on line " + c.line() + " is "
                        + c.collected() + " on " + o.cpython() + ": it counts your cycle's objects.", c.line());
            }
        }
        return collectedCycleObjectsInSource(o, min);
    }

    private static Verdict collectedCycleObjectsInSource(Observation o, long min) {
        SourceIndex index = o.source();
        List<SourceIndex.Site> used = index.calls("gc.collect").stream()
                .filter(s -> o.inStudentCode(s.line()) && index.valueUsed(s)).toList();
        if (used.isEmpty()) {
            return Verdict.fail("Your program never uses the value gc.collect() returns, so it does not show how "
                    + "many objects the collector found.", null);
        }
        List<Collection> explicit = explicitCollections(o);
        Collection seen = null;
        for (SourceIndex.Site site : used) {
            for (Collection c : explicit) {
                if (c.line() == site.line()) {
                    if (c.collected() >= min) {
                        return Verdict.pass("The value you use from gc.collect() on line " + c.line() + " is "
                                + c.collected() + " on " + o.cpython() + ": it counts your cycle's objects.",
                                c.line());
                    }
                    seen = seen == null ? c : seen;
                }
            }
        }
        if (seen == null) {
            return Verdict.fail("The gc.collect() whose value you use (line " + used.get(0).line()
                    + ") never ran.", used.get(0).line());
        }
        return Verdict.fail("On " + o.cpython() + " the gc.collect() whose value you use (line " + seen.line()
                + ") returned " + seen.collected() + ": when it ran, your cycle was not yet unreachable, so the value "
                + "you show does not count it.", seen.line());
    }

    private static List<Collection> explicitCollections(Observation o) {
        return o.run().trace().of(Collection.class).stream()
                .filter(c -> c.explicit() && o.inStudentCode(c.line())).toList();
    }
}
