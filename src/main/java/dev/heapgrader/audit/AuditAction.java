package dev.heapgrader.audit;

/** What can be audited, with the name the log and the API show. */
public enum AuditAction {
    COURSE_CREATED("course.created"),
    COURSE_UPDATED("course.updated"),
    MEMBER_ADDED("member.added"),
    EXTENSION_GRANTED("extension.granted"),
    TOKEN_CREATED("token.created"),
    TOKEN_REVOKED("token.revoked"),
    REGRADE("course.regraded");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
