package dev.heapgrader.grading.check;

import dev.heapgrader.engine.trace.TraceEvent;
import dev.heapgrader.engine.trace.TraceEvent.ProbeValueCombined;
import dev.heapgrader.engine.trace.TraceEvent.ProbeValueShown;
import dev.heapgrader.engine.trace.TraceEvent.SizeProbe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the run did with the probes' values, read from the engine's provenance events ({@code ProbeValueCombined},
 * {@code ProbeValueShown}): which probes were shown or combined, and which combinations were shown. A value keeps
 * its origins wherever it travels (helper functions, returned tuples, unpacking, containers, f-strings, {@code %},
 * {@code format}), so these answer "was this measurement shown" whatever the spelling.
 */
final class ValueFlow {
    private final List<TraceEvent> events;
    private final Set<Integer> shown = new HashSet<>();
    private final Set<Integer> used = new HashSet<>();
    private final List<Integer> combinations = new ArrayList<>();

    private ValueFlow(Observation o) {
        this.events = o.events();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (!o.inStudentCode(e.line())) {
                continue;
            }
            if (e instanceof ProbeValueShown s) {
                shown.addAll(s.origins());
            } else if (e instanceof ProbeValueCombined c) {
                used.addAll(c.left());
                used.addAll(c.right());
                combinations.add(i);
            }
        }
        used.addAll(shown);
    }

    static ValueFlow of(Observation o) {
        return new ValueFlow(o);
    }

    /** Whether the value of the event at {@code index} (a probe or a combination) reached a print or a test. */
    boolean shown(int index) {
        return shown.contains(index);
    }

    /** Whether the value of the probe event at {@code index} was shown or combined with another value. */
    boolean used(int index) {
        return used.contains(index);
    }

    /** The trace indexes of the student's events of {@code kind} that {@code accept} takes, in order. */
    <T extends TraceEvent> List<Integer> indexes(Observation o, Class<T> kind, java.util.function.Predicate<T> accept) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (kind.isInstance(e) && o.inStudentCode(e.line()) && accept.test(kind.cast(e))) {
                out.add(i);
            }
        }
        return out;
    }

    TraceEvent event(int index) {
        return events.get(index);
    }

    /** A shown combination of one tuple size and one list size, with the tuple's side. */
    record SizePair(ProbeValueCombined combination, SizeProbe tuple, SizeProbe list, boolean tupleLeft) { }

    /** The shown combinations whose one operand is exactly a tuple's measured size and the other a list's. */
    List<SizePair> shownSizePairs() {
        List<SizePair> out = new ArrayList<>();
        for (int i : combinations) {
            if (!shown(i)) {
                continue;
            }
            ProbeValueCombined c = (ProbeValueCombined) events.get(i);
            SizeProbe left = onlySizeProbe(c.left());
            SizeProbe right = onlySizeProbe(c.right());
            if (left == null || right == null) {
                continue;
            }
            if (left.typeName().equals("tuple") && right.typeName().equals("list")) {
                out.add(new SizePair(c, left, right, true));
            } else if (left.typeName().equals("list") && right.typeName().equals("tuple")) {
                out.add(new SizePair(c, right, left, false));
            }
        }
        return out;
    }

    /** The one size probe among an operand's origins, or null when it has none or several. */
    private SizeProbe onlySizeProbe(List<Integer> origins) {
        SizeProbe found = null;
        for (int id : origins) {
            if (id >= 0 && id < events.size() && events.get(id) instanceof SizeProbe p) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }
}
