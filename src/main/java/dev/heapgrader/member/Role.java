package dev.heapgrader.member;

/** A member's role in one course. */
public enum Role {
    INSTRUCTOR, STUDENT
}
