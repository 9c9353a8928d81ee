/**
 * The simulated heap: simulated addresses, live-object and byte accounting, deallocation, and the collector's
 * generation lists. It knows nothing of Python semantics beyond an object's references.
 */
package dev.heapgrader.engine.heap;
