package dev.heapgrader.api;

/**
 * Who is calling the API, as the bearer token says: the token's id (submissions remember which token sent them),
 * its kind, and its course and member (null for an administrator; the member is null for a CI token).
 */
public record Caller(long tokenId, TokenKind kind, Long courseId, Long memberId) {

    /** The request attribute under which the bearer token filter leaves the caller. */
    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    public boolean isAdmin() {
        return kind == TokenKind.ADMIN;
    }

    /** Whether this caller may see the course at all: an administrator, or any token of that course. */
    public boolean belongsTo(long course) {
        return isAdmin() || (courseId != null && courseId == course);
    }

    /** Whether this caller may manage the course: an administrator or one of its instructors. */
    public boolean manages(long course) {
        return isAdmin() || (kind == TokenKind.INSTRUCTOR && courseId != null && courseId == course);
    }
}
