package dev.heapgrader.course;

/** When a course's students see the results of hidden checks; instructors always see them. */
public enum HiddenCheckVisibility {
    /** After the student's own deadline for the exercise, extensions included; never for an exercise without one. */
    AFTER_DEADLINE,
    /** From the moment the instructor releases them. */
    AFTER_RELEASE,
    /** Never. */
    NEVER
}
