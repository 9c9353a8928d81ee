package dev.heapgrader.grading.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The checks that read what an exercise's Python harness printed after the student's code ran:
 * {@code harness-callable} and {@code retained-growth}. The harness reports one line per measurement,
 * {@code HEAPGRADER-MEASURE <function> <calls> <objects> <listed>} (growth of {@code len(gc.get_objects())} and of
 * the total length of module-level lists across that many calls), and
 * {@code HEAPGRADER-CALLABLE <function> <problem>} when a function is missing or raised.
 */
final class HarnessChecks {
    static final String MEASURE = "HEAPGRADER-MEASURE";
    static final String CALLABLE = "HEAPGRADER-CALLABLE";

    private HarnessChecks() {
    }

    /** One measurement line. */
    record Measurement(String function, long calls, long objects, long listed) {
        long retained() {
            return objects + listed;
        }
    }

    static Verdict harnessCallable(Observation o, Map<String, String> params) {
        List<String> problems = new ArrayList<>();
        for (String function : params.get("functions").split(",")) {
            String f = function.trim();
            String problem = null;
            for (String line : o.harnessLines()) {
                String[] w = line.split(" ", 3);
                if (problem == null && w.length >= 3 && w[0].equals(CALLABLE) && w[1].equals(f)) {
                    problem = f + "(item) " + w[2];
                }
            }
            if (problem == null && measurements(o, f).isEmpty()) {
                problem = f + "(item) could not be called";
            }
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (problems.isEmpty()) {
            return Verdict.pass("Both functions can be called with one argument.", null);
        }
        return Verdict.fail("The grader calls each function with one argument, but " + String.join("; ", problems)
                + ".", null);
    }

    static Verdict retainedGrowth(Observation o, Map<String, String> params) {
        String function = params.get("function");
        List<Measurement> ms = measurements(o, function);
        if (ms.isEmpty()) {
            return Verdict.fail("The grader could not measure " + function + "(), so its memory use is unknown.",
                    null);
        }
        if ("grows".equals(params.get("expect"))) {
            double perCall = Double.parseDouble(params.getOrDefault("min-per-call", "1"));
            Measurement m = ms.get(ms.size() - 1);
            if (m.listed() >= perCall * m.calls()) {
                return Verdict.pass("On " + o.cpython() + ", " + m.calls() + " calls of " + function + "() left "
                        + m.listed() + " more items in module-level lists: it leaks.", null);
            }
            return Verdict.fail("On " + o.cpython() + ", " + m.calls() + " calls of " + function + "() left only "
                    + m.listed() + " more items in module-level lists (and " + m.objects() + " more tracked objects); "
                    + "a leak should keep at least one object per call reachable from a module-level list.", null);
        }
        long maxExtra = Long.parseLong(params.getOrDefault("max-extra", "100"));
        List<Measurement> sorted = ms.stream().sorted(Comparator.comparingLong(Measurement::calls)).toList();
        Measurement small = sorted.get(0);
        Measurement large = sorted.get(sorted.size() - 1);
        long extra = large.retained() - small.retained();
        if (sorted.size() >= 2 && extra <= maxExtra) {
            return Verdict.pass("On " + o.cpython() + ", what " + function + "() keeps grew by " + small.retained()
                    + " over " + small.calls() + " calls and by " + large.retained() + " over " + large.calls()
                    + " calls: bounded.", null);
        }
        return Verdict.fail("On " + o.cpython() + ", what " + function + "() keeps (new tracked objects plus new "
                + "items in module-level lists) grew by " + small.retained() + " over " + small.calls()
                + " calls and by " + large.retained() + " over " + large.calls()
                + " calls: its memory still grows with every call. Something it stores (a global list, a default "
                + "argument, a class attribute) keeps every item.", null);
    }

    static List<Measurement> measurements(Observation o, String function) {
        List<Measurement> out = new ArrayList<>();
        for (String line : o.harnessLines()) {
            String[] w = line.trim().split(" ");
            if (w.length == 5 && w[0].equals(MEASURE) && w[1].equals(function)) {
                try {
                    out.add(new Measurement(w[1], Long.parseLong(w[2]), Long.parseLong(w[3]), Long.parseLong(w[4])));
                } catch (NumberFormatException e) {
                    // A line the student's own print produced by accident: not a measurement.
                }
            }
        }
        return out;
    }
}
