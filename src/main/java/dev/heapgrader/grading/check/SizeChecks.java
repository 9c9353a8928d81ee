package dev.heapgrader.grading.check;

import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.Expr;
import dev.heapgrader.engine.trace.TraceEvent;
import dev.heapgrader.engine.trace.TraceEvent.SizeProbe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The size checks, read from the trace's {@code SizeProbe} events and the program's comparisons:
 * {@code tuple-list-equal-contents} and {@code size-comparison-true}. What they teach: with equal elements a tuple
 * is smaller than a list, because it stores its items inline and needs no separate buffer or over-allocation
 * (Objects/tupleobject.c {@code tuple.__sizeof__}, Objects/listobject.c {@code list___sizeof__}).
 */
final class SizeChecks {
    private SizeChecks() {
    }

    static Verdict tupleListEqualContents(Observation o, Map<String, String> params) {
        List<SizeProbe> probes = studentProbes(o);
        List<SizeProbe> tuples = probes.stream().filter(p -> p.typeName().equals("tuple")).toList();
        List<SizeProbe> lists = probes.stream().filter(p -> p.typeName().equals("list")).toList();
        if (tuples.isEmpty() || lists.isEmpty()) {
            String missing = tuples.isEmpty() && lists.isEmpty() ? "a tuple or a list"
                    : tuples.isEmpty() ? "a tuple" : "a list";
            return Verdict.fail("Your program never measures " + missing + " with sys.getsizeof().", null);
        }
        for (SizeProbe t : tuples) {
            for (SizeProbe l : lists) {
                if (elements(t.contents()).equals(elements(l.contents()))) {
                    return Verdict.pass("On " + o.cpython() + " the tuple " + t.contents() + " measures " + t.size()
                            + " bytes (line " + t.line() + ") and the list with the same elements " + l.size()
                            + " bytes (line " + l.line() + ").", t.line());
                }
            }
        }
        SizeProbe t = tuples.get(0);
        SizeProbe l = lists.get(0);
        return Verdict.fail("The tuple measured on line " + t.line() + " holds " + t.contents()
                + " but the list measured on line " + l.line() + " holds " + l.contents()
                + "; give both the same elements so the sizes compare the containers, not their contents.",
                t.line());
    }

    /**
     * Read first from the run: a shown comparison, difference or ratio of a tuple's and a list's measured sizes
     * (wherever the values travelled); then, as before, from the syntax tree.
     */
    static Verdict sizeComparisonTrue(Observation o, Map<String, String> params) {
        Verdict wrongAtRunTime = null;
        for (ValueFlow.SizePair pair : ValueFlow.of(o).shownSizePairs()) {
            Verdict v = judge(o, pair);
            if (v.passed()) {
                return v;
            }
            wrongAtRunTime = wrongAtRunTime == null ? v : wrongAtRunTime;
        }
        Verdict fromSource = sizeComparisonInSource(o);
        return fromSource.passed() || wrongAtRunTime == null ? fromSource : wrongAtRunTime;
    }

    /**
     * A comparison shows the tuple is smaller when it claims so and is True ({@code t < l}, {@code l > t}) or claims
     * the opposite and is False ({@code t >= l}); a difference or a ratio shows it by its value.
     */
    private static Verdict judge(Observation o, ValueFlow.SizePair pair) {
        TraceEvent.ProbeValueCombined c = pair.combination();
        long t = pair.tuple().size();
        long l = pair.list().size();
        String left = pair.tupleLeft() ? "tuple size" : "list size";
        String right = pair.tupleLeft() ? "list size" : "tuple size";
        long a = pair.tupleLeft() ? t : l;
        long b = pair.tupleLeft() ? l : t;
        String op = c.operation();
        String shown = left + " " + op + " " + right;
        if (op.equals("-") || op.equals("/") || op.equals("//")) {
            if (t < l) {
                return Verdict.pass("Line " + c.line() + " shows " + shown + " (" + a + " " + op + " " + b + " = "
                        + c.result() + " on " + o.cpython() + "): the list takes " + (l - t)
                        + " bytes more than the tuple.", c.line());
            }
            return Verdict.fail("Line " + c.line() + " shows " + shown + " = " + c.result() + " on " + o.cpython()
                    + ", but the tuple (" + t + " bytes) is not smaller than the list (" + l + " bytes).", c.line());
        }
        boolean claimsSmaller = op.equals(pair.tupleLeft() ? "<" : ">");
        boolean claimsNotSmaller = op.equals(pair.tupleLeft() ? ">=" : "<=");
        boolean value = c.result().equals("True");
        if ((claimsSmaller && value) || (claimsNotSmaller && !value)) {
            return Verdict.pass("Line " + c.line() + " shows " + shown + ", which is " + c.result() + " on "
                    + o.cpython() + " (" + a + " " + op + " " + b + "): the tuple is smaller.", c.line());
        }
        return Verdict.fail("Line " + c.line() + " shows " + shown + ", which is " + c.result() + " on "
                + o.cpython() + " (" + a + " " + op + " " + b + "); show the comparison that is true and says the "
                + "tuple is strictly smaller.", c.line());
    }

    private static Verdict sizeComparisonInSource(Observation o) {
        SourceIndex index = o.source();
        Map<Expr, SizeProbe> probeOf = probesByCall(o, index);
        Verdict wrong = null;
        for (SourceIndex.Site site : index.compares()) {
            Expr.Compare c = (Expr.Compare) site.expr();
            if (!o.inStudentCode(site.line()) || c.ops().size() != 1) {
                continue;
            }
            SizeProbe left = probeOf.get(index.resolve(c.left()));
            SizeProbe right = probeOf.get(index.resolve(c.comparators().get(0)));
            if (left == null || right == null) {
                continue;
            }
            CompareOperator op = c.ops().get(0);
            boolean value = evaluate(op, left.size(), right.size());
            boolean claimsTupleSmaller = (left.typeName().equals("tuple") && right.typeName().equals("list")
                    && op == CompareOperator.LT)
                    || (left.typeName().equals("list") && right.typeName().equals("tuple") && op == CompareOperator.GT);
            String shown = left.typeName() + " size " + symbol(op) + " " + right.typeName() + " size";
            if (value && claimsTupleSmaller) {
                return Verdict.pass("Line " + site.line() + " compares " + shown + ", which is True on "
                        + o.cpython() + " (" + left.size() + " " + symbol(op) + " " + right.size() + ").",
                        site.line());
            }
            if (wrong == null) {
                wrong = Verdict.fail("Line " + site.line() + " compares " + shown + ", which is " + (value ? "True"
                        : "False") + " on " + o.cpython() + " (" + left.size() + " " + symbol(op) + " "
                        + right.size() + "); show the comparison that is true and says the tuple is strictly "
                        + "smaller.", site.line());
            }
        }
        if (wrong != null) {
            return wrong;
        }
        return Verdict.fail("Your program never compares the two sys.getsizeof() results (for example "
                + "print(tuple_size < list_size)), so it does not show which is smaller.", null);
    }

    /** Pairs each getsizeof call with the probe it produced: the n-th call on a line with the n-th probe there. */
    private static Map<Expr, SizeProbe> probesByCall(Observation o, SourceIndex index) {
        Map<Integer, List<SizeProbe>> byLine = new HashMap<>();
        for (SizeProbe p : studentProbes(o)) {
            byLine.computeIfAbsent(p.line(), k -> new ArrayList<>()).add(p);
        }
        Map<Expr, SizeProbe> out = new IdentityHashMap<>();
        Map<Integer, Integer> taken = new HashMap<>();
        for (SourceIndex.Site call : index.calls("sys.getsizeof")) {
            List<SizeProbe> here = byLine.getOrDefault(call.line(), List.of());
            int n = taken.merge(call.line(), 1, Integer::sum) - 1;
            if (n < here.size()) {
                out.put(call.expr(), here.get(n));
            }
        }
        return out;
    }

    private static List<SizeProbe> studentProbes(Observation o) {
        return o.run().trace().of(SizeProbe.class).stream().filter(p -> o.inStudentCode(p.line())).toList();
    }

    /** The elements of a tuple or list repr: "(1, 2)" and "[1, 2]" give "1, 2"; "(1,)" gives "1". */
    static String elements(String repr) {
        String inner = repr.length() >= 2 ? repr.substring(1, repr.length() - 1) : repr;
        return inner.endsWith(",") ? inner.substring(0, inner.length() - 1) : inner;
    }

    private static boolean evaluate(CompareOperator op, long a, long b) {
        return switch (op) {
            case LT -> a < b;
            case LT_E -> a <= b;
            case GT -> a > b;
            case GT_E -> a >= b;
            case EQ -> a == b;
            case NOT_EQ -> a != b;
            default -> false;
        };
    }

    private static String symbol(CompareOperator op) {
        return op.symbol();
    }
}
