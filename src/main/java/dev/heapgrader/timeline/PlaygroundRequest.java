package dev.heapgrader.timeline;

/** A program to record: its source and the CPython version to reproduce (3.11, 3.12, 3.13; default 3.12). */
public record PlaygroundRequest(String source, String pythonVersion) { }
