package dev.heapgrader.token;

import dev.heapgrader.api.TokenKind;

import java.time.Instant;

/** A token as listings show it: never the secret, only its first characters. */
public record TokenView(long id, TokenKind kind, String label, String prefix, Long memberId, Instant createdAt,
                        Instant revokedAt) {

    static TokenView of(ApiToken token) {
        return new TokenView(token.getId(), token.getKind(), token.getLabel(), token.getPrefix(),
                token.getMemberId(), token.getCreatedAt(), token.getRevokedAt().orElse(null));
    }
}
