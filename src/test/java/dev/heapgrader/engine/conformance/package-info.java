/**
 * The conformance harness: runs every program of the corpus under {@code src/test/resources/conformance} through
 * the {@code Engine} facade for every supported CPython version and compares the result with what real CPython
 * printed (files produced only by {@code conformance/regenerate}). It owns the corpus layout rules, the single
 * not-yet-supported marks file and the readable diff shown on a mismatch.
 */
package dev.heapgrader.engine.conformance;
