package dev.heapgrader.grading.check;

import dev.heapgrader.engine.trace.TraceEvent.AttributeSet;
import dev.heapgrader.engine.trace.TraceEvent.ClassDefined;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code __slots__} checks, read from the trace's {@code ClassDefined} and {@code AttributeSet} events:
 * {@code slots-exactly}, {@code no-instance-dict} and {@code all-slots-set}. What they teach: a class whose whole
 * hierarchy declares {@code __slots__} gives its instances fixed slots and no {@code __dict__}
 * (Objects/typeobject.c, {@code type_new_slots}); one base without slots brings the dict back.
 */
final class SlotChecks {
    private SlotChecks() {
    }

    static Verdict slotsExactly(Observation o, Map<String, String> params) {
        int count = Integer.parseInt(params.getOrDefault("count", "5"));
        ClassDefined c = slotted(o);
        if (c == null) {
            return Verdict.fail("No class in your program defines __slots__.", null);
        }
        List<String> names = names(c);
        if (names.size() == count) {
            return Verdict.pass("Class " + c.name() + " (line " + c.line() + ") declares exactly " + count
                    + " slots: " + String.join(", ", names) + ".", c.line());
        }
        return Verdict.fail("Class " + c.name() + " (line " + c.line() + ") declares " + names.size()
                + " distinct slot name(s) (" + String.join(", ", names) + "); the exercise asks for exactly " + count
                + ".", c.line());
    }

    static Verdict noInstanceDict(Observation o, Map<String, String> params) {
        ClassDefined c = slotted(o);
        if (c == null) {
            return Verdict.fail("No class in your program defines __slots__, so its instances all have a __dict__.",
                    null);
        }
        if (!c.instancesHaveDict()) {
            return Verdict.pass("Instances of " + c.name() + " have no __dict__.", c.line());
        }
        String why = c.slots().contains("__dict__") ? "'__dict__' is one of its slots"
                : "a base class without __slots__, or a '__dict__' slot, gives them one";
        return Verdict.fail("Instances of " + c.name() + " (line " + c.line() + ") still have a __dict__: " + why
                + ".", c.line());
    }

    static Verdict allSlotsSet(Observation o, Map<String, String> params) {
        ClassDefined c = slotted(o);
        if (c == null) {
            return Verdict.fail("No class in your program defines __slots__.", null);
        }
        List<String> names = names(c);
        Map<Long, Set<String>> setPerInstance = new LinkedHashMap<>();
        Map<Long, Integer> lineOf = new LinkedHashMap<>();
        for (AttributeSet a : o.run().trace().of(AttributeSet.class)) {
            if (a.typeName().equals(c.name()) && names.contains(a.attribute())) {
                setPerInstance.computeIfAbsent(a.objectId(), k -> new LinkedHashSet<>()).add(a.attribute());
                lineOf.putIfAbsent(a.objectId(), a.line());
            }
        }
        Set<String> best = Set.of();
        for (Map.Entry<Long, Set<String>> e : setPerInstance.entrySet()) {
            if (e.getValue().size() == names.size()) {
                return Verdict.pass("An instance of " + c.name() + " had all " + names.size() + " slots set.",
                        lineOf.get(e.getKey()));
            }
            if (e.getValue().size() > best.size()) {
                best = e.getValue();
            }
        }
        if (setPerInstance.isEmpty()) {
            return Verdict.fail("Your program never sets a slot on an instance of " + c.name() + ".", c.line());
        }
        List<String> missing = new ArrayList<>(names);
        missing.removeAll(best);
        return Verdict.fail("No single " + c.name() + " instance had all its slots set; the most any had was "
                + best.size() + " of " + names.size() + " (missing: " + String.join(", ", missing) + ").", c.line());
    }

    /** The program's slotted class: the last one defined, since later classes build on earlier ones. */
    private static ClassDefined slotted(Observation o) {
        ClassDefined found = null;
        for (ClassDefined c : o.run().trace().of(ClassDefined.class)) {
            if (c.slots() != null && o.inStudentCode(c.line())) {
                found = c;
            }
        }
        return found;
    }

    /** The distinct attribute slot names; {@code __dict__} and {@code __weakref__} are not attributes. */
    private static List<String> names(ClassDefined c) {
        return c.slots().stream().filter(n -> !n.equals("__dict__") && !n.equals("__weakref__")).distinct().toList();
    }
}
