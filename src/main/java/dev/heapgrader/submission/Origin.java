package dev.heapgrader.submission;

/** Where a submission came from: the REST API, the web pages, or a course repository's CI. */
public enum Origin {
    API, WEB, CI
}
