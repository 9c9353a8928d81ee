package dev.heapgrader.grading.check;

import dev.heapgrader.engine.trace.TraceEvent;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code probe-value-used}: the values of a probe function ({@code sys.getrefcount}, {@code sys.getsizeof},
 * {@code gc.collect}) are printed, compared, asserted, or bound to a name read later, at least {@code min} times.
 * The syntax tree says where each call's value goes.
 */
final class ProbeUsage {
    private ProbeUsage() {
    }

    static Verdict probeValueUsed(Observation o, Map<String, String> params) {
        String function = params.get("function");
        int min = Integer.parseInt(params.getOrDefault("min", "1"));
        SourceIndex index = o.source();
        List<SourceIndex.Site> calls = index.calls(function).stream().filter(s -> o.inStudentCode(s.line())).toList();
        if (calls.isEmpty()) {
            return Verdict.fail("Your program never calls " + function + "().", null);
        }
        List<SourceIndex.Site> used = calls.stream().filter(index::valueUsed).toList();
        ValueFlow flow = ValueFlow.of(o);
        List<Integer> usedAtRunTime = probes(o, flow, function).stream().filter(flow::used).toList();
        if (usedAtRunTime.size() >= min && usedAtRunTime.size() > used.size()) {
            int line = flow.event(usedAtRunTime.get(0)).line();
            return Verdict.pass("The value of " + function + "() on line " + line + " is used (printed, compared "
                    + "or asserted, wherever it went)" + (min > 1 ? ", and so are " + (usedAtRunTime.size() - 1)
                    + " more measurements." : "."), line);
        }
        if (used.size() >= min) {
            return Verdict.pass("The value of " + function + "() on line " + used.get(0).line()
                    + " is used (printed, compared, asserted or read later)"
                    + (min > 1 ? ", and so are " + (used.size() - 1) + " more." : "."), used.get(0).line());
        }
        SourceIndex.Site dropped = calls.stream().filter(s -> !index.valueUsed(s)).findFirst().orElse(null);
        if (dropped == null) {
            return Verdict.fail("Your program uses the value of " + function + "() " + used.size() + " time(s) (line "
                    + used.get(0).line() + "); the exercise needs at least " + min + ".", used.get(0).line());
        }
        String count = min == 1 ? "its value" : "at least " + min + " of its values";
        String returned = valueAt(o, function, dropped.line())
                .map(v -> "On " + o.cpython() + " " + function + "() returned " + v + " on line " + dropped.line())
                .orElse(function + "() is called on line " + dropped.line());
        return Verdict.fail(returned + ", but your program never used that value; print it, compare it or assert "
                + "on it (the exercise needs " + count + " used, your program uses " + used.size() + ").",
                dropped.line());
    }

    /** The trace indexes of the student's probe events of {@code function}. */
    static List<Integer> probes(Observation o, ValueFlow flow, String function) {
        return switch (function.substring(function.lastIndexOf('.') + 1)) {
            case "getrefcount" -> flow.indexes(o, TraceEvent.RefcountProbe.class, p -> true);
            case "getsizeof" -> flow.indexes(o, TraceEvent.SizeProbe.class, p -> true);
            case "collect" -> flow.indexes(o, TraceEvent.Collection.class, TraceEvent.Collection::explicit);
            default -> List.of();
        };
    }

    /** The first value the probe returned on {@code line}, read from the trace. */
    static Optional<Long> valueAt(Observation o, String function, int line) {
        String name = function.substring(function.lastIndexOf('.') + 1);
        for (TraceEvent e : o.events()) {
            if (e.line() != line) {
                continue;
            }
            if (name.equals("getrefcount") && e instanceof TraceEvent.RefcountProbe p) {
                return Optional.of(p.value());
            }
            if (name.equals("getsizeof") && e instanceof TraceEvent.SizeProbe p) {
                return Optional.of(p.size());
            }
            if (name.equals("collect") && e instanceof TraceEvent.Collection c && c.explicit()) {
                return Optional.of(c.collected());
            }
        }
        return Optional.empty();
    }
}
