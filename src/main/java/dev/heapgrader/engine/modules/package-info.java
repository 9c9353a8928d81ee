/**
 * The modules a program can import (CPython's Modules/ and Python/bltinmodule.c), one unit each: {@code BuiltinsModule}
 * (with {@code NamespaceBuiltins}, {@code NumericBuiltins} and {@code MinMax}), {@code SysModule}, {@code GcModule} (a
 * thin facade over the collector, one named function each), {@code WeakrefModule}, {@code MathModule} (with {@code
 * IntegerMath} and {@code MathSums}), {@code TimeModule} (with {@code TimeCalendar}), {@code CollectionsModule} (the
 * deque types, then {@code collections.py}), and the modules or parts CPython writes in Python ({@code
 * weakref}'s finalize and dictionaries, {@code dataclasses}, {@code random}, {@code collections}, {@code functools},
 * {@code itertools}, {@code operator}, {@code copy}, {@code contextlib}, {@code io}, {@code enum}, {@code abc}, {@code
 * typing}, {@code __future__}), which run from {@code .py} resources beside this package ({@code PythonModule}). {@code
 * ImportableModules} is the one list of what {@code import} can find; every other name fails as a missing module does
 * in CPython.
 *
 * <p>Owns: module namespaces and their functions. Must not reach the collector's or heap's state directly: the
 * {@code gc} module calls {@code CycleCollector}'s methods.
 */
package dev.heapgrader.engine.modules;
