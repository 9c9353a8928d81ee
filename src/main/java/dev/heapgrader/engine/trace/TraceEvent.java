package dev.heapgrader.engine.trace;

import java.util.List;

/**
 * One thing a run did that grading can observe, stamped with the source line executing at the time. Objects are
 * named by their simulated address ({@code id()}) and type name.
 */
public sealed interface TraceEvent {
    int line();

    /** {@code sys.getrefcount(obj)} returned {@code value}. */
    record RefcountProbe(int line, long objectId, String typeName, boolean userInstance, long value)
            implements TraceEvent { }

    /** {@code sys.getsizeof(obj)} returned {@code size}; {@code contents} is the object's repr (shortened). */
    record SizeProbe(int line, long objectId, String typeName, long size, String contents) implements TraceEvent { }

    /**
     * An instance of a class defined by the program was stored into a list ({@code append}, {@code insert},
     * {@code extend}, item or slice assignment, or a list display).
     */
    record ContainerStore(int line, long containerId, String containerType, long objectId, String typeName,
                          String operation) implements TraceEvent { }

    /**
     * A collection ran: explicit ({@code gc.collect()}) or automatic, of {@code generation}; it examined
     * {@code examined} tracked objects, found {@code collected} unreachable ({@code unreachableTypes}, and the
     * reference cycles among them as type names), called {@code finalizersCalled} finalizers and freed
     * {@code freed} objects in all (the cycles and everything only they kept alive).
     */
    record Collection(int line, int generation, boolean explicit, long collected, long uncollectable,
                      List<String> unreachableTypes, long examined, List<List<String>> cycles,
                      long finalizersCalled, long freed) implements TraceEvent {
        /** A collection described by its result alone (no examined count, cycles, finalizers or frees). */
        public Collection(int line, int generation, boolean explicit, long collected, long uncollectable,
                          List<String> unreachableTypes) {
            this(line, generation, explicit, collected, uncollectable, unreachableTypes, 0, List.of(), 0, 0);
        }
    }

    /** A class statement finished; {@code slots} is null without {@code __slots__}. */
    record ClassDefined(int line, String name, List<String> slots, boolean instancesHaveDict) implements TraceEvent { }

    /** An attribute was set on an instance of a class defined by the program. */
    record AttributeSet(int line, long objectId, String typeName, String attribute) implements TraceEvent { }

    /** An exception ended the program. */
    record Uncaught(int line, String typeName, String message) implements TraceEvent { }

    /**
     * A {@link dev.heapgrader.engine.CallPlan} measurement: {@code calls} calls of {@code function} left
     * {@code objects} more gc-tracked objects (every generation, the frozen one included) and {@code listed} more
     * items in module-level lists, each counted natively after a full collection. Line 0: the engine made the calls.
     */
    record HarnessMeasurement(int line, String function, long calls, long objects, long listed)
            implements TraceEvent { }

    /**
     * A {@link dev.heapgrader.engine.CallPlan} measurement could not be made: {@code function} is not a module-level
     * name ({@code NOT_DEFINED}), its value cannot be called ({@code NOT_CALLABLE}), or a call raised
     * {@code exceptionType} ({@code RAISED}, {@code SystemExit} and other {@code BaseException}s included).
     */
    record HarnessCallFailed(int line, String function, Problem problem, String exceptionType)
            implements TraceEvent {
        /** Why the measurement failed. */
        public enum Problem { NOT_DEFINED, NOT_CALLABLE, RAISED }
    }

    /**
     * A value that came from probes was combined on {@code line} by {@code operation}: a comparison ({@code <},
     * {@code ==}...) or arithmetic ({@code -}, {@code /}...). {@code left} and {@code right} are the origins of each
     * operand: trace indexes of probe events ({@code RefcountProbe}, {@code SizeProbe}, an explicit
     * {@code Collection}) or of earlier combinations; {@code result} is the result's value for numbers and bools
     * ("True", "24"), else its type name.
     */
    record ProbeValueCombined(int line, String operation, List<Integer> left, List<Integer> right, String result)
            implements TraceEvent { }

    /**
     * A value carrying {@code origins} (trace indexes as in {@link ProbeValueCombined}) was shown on {@code line}:
     * {@code printed} (an argument of {@code print}, directly or inside a string, container or object) or
     * {@code tested} (the condition of an {@code if}, {@code while} or {@code assert}).
     */
    record ProbeValueShown(int line, String how, List<Integer> origins) implements TraceEvent { }
}
