/**
 * The hostile suite: programs written to escape the engine, exhaust the machine or forge a grade
 * ({@code src/test/resources/hostile/}), each run on every supported version against its expected contained outcome.
 */
package dev.heapgrader.hostile;
