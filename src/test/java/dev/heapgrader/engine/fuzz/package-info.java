/**
 * Generated-program testing: a seeded generator of small random Python programs built from the features the engine
 * supports (and the hostile corners of them: huge numbers, odd import forms, format specs), and the test that runs
 * them to prove no Java exception ever escapes {@code Engine.run} as an internal error.
 */
package dev.heapgrader.engine.fuzz;
