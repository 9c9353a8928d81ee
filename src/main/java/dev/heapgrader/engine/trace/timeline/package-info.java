/**
 * The heap timeline of one run: what the program's frames and heap looked like at each recorded step (a line, a
 * call, a return, an exception, a {@code sys.getrefcount}/{@code sys.getsizeof} probe, a collection), with
 * CPython's reference counts, sizes and generations, and the JSON export in Python Tutor's trace shape. The
 * interpreter's {@code TimelineRecorder} fills these records; nothing here reads the interpreter.
 */
package dev.heapgrader.engine.trace.timeline;
