/**
 * The check kinds: small observers of one run, each named for what it sees in the engine's trace and, where it
 * must, in the program's syntax tree ({@link dev.heapgrader.grading.check.SourceIndex}). {@link
 * dev.heapgrader.grading.check.CheckKinds} lists them explicitly; an exercise definition composes them by name.
 */
package dev.heapgrader.grading.check;
