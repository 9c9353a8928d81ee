/**
 * The command line: picocli commands {@code run}, {@code grade} and {@code serve} under {@code heapgrader}, their
 * option parsing, help, version and exit statuses. Nothing here may touch Spring: {@code run} and {@code grade} must
 * start in a fraction of a second, and {@code serve} reaches the service only through the starter that
 * {@link dev.heapgrader.HeapGrader} hands in.
 */
package dev.heapgrader.cli;
