/**
 * The reference engine: a plain Java library that runs a Python program the way CPython 3.11, 3.12 or 3.13 would,
 * including reference counts, object sizes and the cycle collector. No Spring, JPA or servlet type may appear here
 * (an ArchUnit test enforces it); {@link dev.heapgrader.engine.Engine} is the one entry point.
 */
package dev.heapgrader.engine;
