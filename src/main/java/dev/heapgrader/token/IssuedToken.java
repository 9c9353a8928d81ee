package dev.heapgrader.token;

import dev.heapgrader.api.TokenKind;

/** A token just created: the only time its secret is returned. */
public record IssuedToken(long id, TokenKind kind, String label, String token) {
}
