/**
 * Tests of the engine's cycle collector as a whole: randomly generated object graphs run through the
 * {@code Engine} facade, with the expected outcome computed independently from the graph itself.
 */
package dev.heapgrader.engine.memory;
