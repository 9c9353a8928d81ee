package dev.heapgrader.grading.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The check kinds an exercise definition may name, listed explicitly (no scanning), each with the parameters it
 * requires and accepts, so a definition is validated when it is loaded rather than when a student is graded.
 */
public final class CheckKinds {

    /** A kind's name, its observer, and its parameters. */
    public record Kind(String name, CheckKind check, Set<String> required, Set<String> optional) {
        /** Whether {@code param} is a parameter of this kind. */
        public boolean accepts(String param) {
            return required.contains(param) || optional.contains(param);
        }
    }

    private static final Map<String, Kind> KINDS = index(List.of(
            new Kind("syntax-ok", RunChecks::syntaxOk, Set.of(), Set.of()),
            new Kind("runs-cleanly", RunChecks::runsCleanly, Set.of(), Set.of()),
            new Kind("probe-value-used", ProbeUsage::probeValueUsed, Set.of("function"), Set.of("min")),
            new Kind("user-class-instance", RefcountChecks::userClassInstance, Set.of(), Set.of()),
            new Kind("refcount-probes-around-store", RefcountChecks::probesAroundStore, Set.of(), Set.of()),
            new Kind("refcount-increase-across-store", RefcountChecks::increaseAcrossStore, Set.of(), Set.of()),
            new Kind("collect-after-unreachable-cycle", CollectionChecks::collectAfterUnreachableCycle, Set.of(),
                    Set.of("min")),
            new Kind("collected-cycle-objects", CollectionChecks::collectedCycleObjects, Set.of(), Set.of("min")),
            new Kind("tuple-list-equal-contents", SizeChecks::tupleListEqualContents, Set.of(), Set.of()),
            new Kind("size-comparison-true", SizeChecks::sizeComparisonTrue, Set.of(), Set.of()),
            new Kind("slots-exactly", SlotChecks::slotsExactly, Set.of("count"), Set.of()),
            new Kind("no-instance-dict", SlotChecks::noInstanceDict, Set.of(), Set.of()),
            new Kind("all-slots-set", SlotChecks::allSlotsSet, Set.of(), Set.of()),
            new Kind("harness-callable", HarnessChecks::harnessCallable, Set.of("functions"), Set.of()),
            new Kind("retained-growth", HarnessChecks::retainedGrowth, Set.of("function", "expect"),
                    Set.of("min-per-call", "max-extra"))));

    private CheckKinds() {
    }

    /** The kind of that name. */
    public static Optional<Kind> find(String name) {
        return Optional.ofNullable(KINDS.get(name));
    }

    /** All kind names, sorted. */
    public static Set<String> names() {
        return KINDS.keySet();
    }

    private static Map<String, Kind> index(List<Kind> kinds) {
        Map<String, Kind> out = new TreeMap<>();
        kinds.forEach(k -> out.put(k.name(), k));
        return java.util.Collections.unmodifiableMap(out);
    }
}
