package dev.heapgrader.grading.check;

import dev.heapgrader.engine.trace.TraceEvent;
import dev.heapgrader.engine.trace.TraceEvent.ContainerStore;
import dev.heapgrader.engine.trace.TraceEvent.RefcountProbe;

import java.util.List;
import java.util.Map;

/**
 * The reference-count checks, read from the trace's {@code RefcountProbe} and {@code ContainerStore} events:
 * {@code user-class-instance}, {@code refcount-probes-around-store} and {@code refcount-increase-across-store}.
 * The rule they teach: storing an object in a list adds exactly one reference to it (Objects/listobject.c,
 * {@code list_append} takes a new reference with {@code Py_NewRef}).
 */
final class RefcountChecks {
    private RefcountChecks() {
    }

    /** Two consecutive probes of one object with the list stores of that object between them. */
    private record Span(RefcountProbe before, RefcountProbe after, List<ContainerStore> stores) {
        long increase() {
            return after.value() - before.value();
        }
    }

    static Verdict userClassInstance(Observation o, Map<String, String> params) {
        List<RefcountProbe> probes = o.run().trace().of(RefcountProbe.class);
        for (RefcountProbe p : probes) {
            if (p.userInstance()) {
                return Verdict.pass("Line " + p.line() + " measures an instance of your class " + p.typeName()
                        + " (sys.getrefcount returned " + p.value() + " on " + o.cpython() + ").", p.line());
            }
        }
        if (probes.isEmpty()) {
            return Verdict.fail("Your program never calls sys.getrefcount(), so no instance was measured.", null);
        }
        RefcountProbe p = probes.get(0);
        return Verdict.fail("sys.getrefcount() on line " + p.line() + " measures a " + p.typeName()
                + ", not an instance of a class your program defines; define a class and measure one of its "
                + "instances.", p.line());
    }

    static Verdict probesAroundStore(Observation o, Map<String, String> params) {
        List<Span> spans = spans(o.events());
        if (!spans.isEmpty()) {
            Span s = spans.get(0);
            return Verdict.pass("The " + s.before().typeName() + " instance is measured on line " + s.before().line()
                    + ", stored in a list on line " + s.stores().get(0).line() + " and measured again on line "
                    + s.after().line() + ".", s.stores().get(0).line());
        }
        List<RefcountProbe> userProbes = o.run().trace().of(RefcountProbe.class).stream()
                .filter(RefcountProbe::userInstance).toList();
        List<ContainerStore> stores = o.run().trace().of(ContainerStore.class);
        if (userProbes.isEmpty()) {
            return Verdict.fail("No sys.getrefcount() call measured an instance of your class, so there is no "
                    + "before and after to compare.", null);
        }
        RefcountProbe first = userProbes.get(0);
        boolean stored = stores.stream().anyMatch(s -> s.objectId() == first.objectId());
        if (!stored) {
            return Verdict.fail("The " + first.typeName() + " instance measured on line " + first.line()
                    + " is never stored in a list (append, insert, extend, a list display or item assignment).",
                    first.line());
        }
        return Verdict.fail("The " + first.typeName() + " instance is stored in a list, but it is not measured "
                + "with sys.getrefcount() both before and after that store.", first.line());
    }

    static Verdict increaseAcrossStore(Observation o, Map<String, String> params) {
        List<Span> spans = spans(o.events());
        if (spans.isEmpty()) {
            return Verdict.fail("There is no pair of sys.getrefcount() calls on one instance with a list store "
                    + "between them, so no increase could be observed.", null);
        }
        for (Span s : spans) {
            if (s.increase() == s.stores().size()) {
                return Verdict.pass("On " + o.cpython() + " the count went from " + s.before().value() + " (line "
                        + s.before().line() + ") to " + s.after().value() + " (line " + s.after().line() + "): "
                        + "exactly one more reference per list store.", s.after().line());
            }
        }
        Span s = spans.get(0);
        return Verdict.fail("On " + o.cpython() + " the count went from " + s.before().value() + " (line "
                + s.before().line() + ") to " + s.after().value() + " (line " + s.after().line() + ") across "
                + s.stores().size() + " list store(s), an increase of " + s.increase() + " instead of "
                + s.stores().size() + "; something else between the two calls also gained or dropped a reference "
                + "to the instance (another name, container or attribute).", s.after().line());
    }

    /** Spans between consecutive probes of the same user instance that contain at least one store of it. */
    private static List<Span> spans(List<TraceEvent> events) {
        List<Span> out = new java.util.ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof RefcountProbe before) || !before.userInstance()) {
                continue;
            }
            List<ContainerStore> stores = new java.util.ArrayList<>();
            for (int j = i + 1; j < events.size(); j++) {
                TraceEvent e = events.get(j);
                if (e instanceof ContainerStore cs && cs.objectId() == before.objectId()) {
                    stores.add(cs);
                } else if (e instanceof RefcountProbe after && after.objectId() == before.objectId()) {
                    if (!stores.isEmpty()) {
                        out.add(new Span(before, after, List.copyOf(stores)));
                    }
                    break;
                }
            }
        }
        return out;
    }
}
