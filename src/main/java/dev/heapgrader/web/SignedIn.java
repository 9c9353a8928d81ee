package dev.heapgrader.web;

import dev.heapgrader.api.Caller;
import dev.heapgrader.api.TokenKind;

import java.io.Serializable;

/**
 * Who is signed in to the pages, as kept in the session: the same fields as the API's {@link Caller} (the token the
 * person signed in with, its kind, course and member) and the name to greet them by. Serializable, so a session
 * survives a server restart when the container persists sessions.
 */
record SignedIn(long tokenId, TokenKind kind, Long courseId, Long memberId, String displayName)
        implements Serializable {

    static SignedIn of(Caller caller, String displayName) {
        return new SignedIn(caller.tokenId(), caller.kind(), caller.courseId(), caller.memberId(), displayName);
    }

    Caller caller() {
        return new Caller(tokenId, kind, courseId, memberId);
    }

    boolean isInstructor() {
        return kind == TokenKind.INSTRUCTOR || kind == TokenKind.ADMIN;
    }
}
