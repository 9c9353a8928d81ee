/**
 * HeapGrader: an autograder for CPython memory-management exercises. This root package holds only the two entry
 * points: {@link dev.heapgrader.HeapGrader} (the jar's main class, which keeps the CLI free of Spring) and
 * {@link dev.heapgrader.HeapGraderApplication} (the Spring Boot service), plus the service's actuator info about the
 * engine. Features live in sub-packages: {@code engine} (the plain-Java reference interpreter), {@code cli},
 * {@code course}.
 */
package dev.heapgrader;
