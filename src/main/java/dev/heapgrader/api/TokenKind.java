package dev.heapgrader.api;

/**
 * The four kinds of bearer token: an administrator (all courses, creates them), an instructor or a student (one
 * member of one course), and a CI token (one course, submits on behalf of a named student).
 */
public enum TokenKind {
    ADMIN, INSTRUCTOR, STUDENT, CI
}
