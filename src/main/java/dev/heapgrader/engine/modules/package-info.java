/**
 * The modules a program can import (CPython's Modules/ and Python/bltinmodule.c), one unit each:
 * {@code BuiltinsModule}, {@code SysModule}, {@code GcModule} (a thin facade over the collector),
 * {@code WeakrefModule}, and the parts CPython writes in Python ({@code weakref}'s finalize and dictionaries,
 * {@code dataclasses}), which run from {@code .py} resources beside this package. {@code ImportableModules} is the
 * one list of what {@code import} can find; every other name fails as a missing module does in CPython.
 *
 * <p>Owns: module namespaces and their functions. Must not reach the collector's or heap's state directly: the
 * {@code gc} module calls {@code CycleCollector}'s methods.
 */
package dev.heapgrader.engine.modules;
