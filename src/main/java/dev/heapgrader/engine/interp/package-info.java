/**
 * The interpreter: a compiler from the syntax tree to a small stack bytecode shaped like CPython 3.12's, and the
 * loop that runs it. Because values live on an operand stack and in frame slots exactly where CPython keeps them,
 * reference counts observed by the program match CPython's.
 */
package dev.heapgrader.engine.interp;
