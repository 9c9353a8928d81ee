package dev.heapgrader.token;

import dev.heapgrader.audit.AuditAction;
import dev.heapgrader.audit.AuditLog;
import dev.heapgrader.api.Caller;
import dev.heapgrader.api.TokenKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Issues, finds, lists and revokes tokens. Secrets leave this class once, in the {@link IssuedToken}. */
@Service
public class TokenService {

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final AuditLog audit;
    private final TokenSecrets secrets = new TokenSecrets();

    TokenService(ApiTokenRepository tokens, Clock clock, AuditLog audit) {
        this.tokens = tokens;
        this.clock = clock;
        this.audit = audit;
    }

    /** A new token of the kind and scope; joins the caller's transaction, so a member and its token commit together. */
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedToken issue(TokenKind kind, Long courseId, Long memberId, String label) {
        return issueWithSecret(kind, courseId, memberId, label, secrets.newSecret());
    }

    /** Stores a token whose secret the operator chose (the {@code HEAPGRADER_ADMIN_TOKEN} variable). */
    @Transactional
    public IssuedToken issueWithSecret(TokenKind kind, Long courseId, Long memberId, String label, String secret) {
        ApiToken token = tokens.save(new ApiToken(kind, courseId, memberId, label, TokenSecrets.hash(secret),
                TokenSecrets.prefix(secret), clock.instant()));
        audit.record(courseId, AuditAction.TOKEN_CREATED, "token " + token.getId(), kind + ", " + label);
        return new IssuedToken(token.getId(), kind, label, secret);
    }

    /** The caller a secret stands for, if it is a known token that has not been revoked. */
    @Transactional(readOnly = true)
    public Optional<Caller> authenticate(String secret) {
        return tokens.findBySecretHash(TokenSecrets.hash(secret))
                .filter(token -> token.getRevokedAt().isEmpty())
                .map(ApiToken::toCaller);
    }

    @Transactional(readOnly = true)
    public List<TokenView> listForCourse(long courseId) {
        return tokens.findByCourseIdOrderById(courseId).stream().map(TokenView::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ApiToken> find(long id) {
        return tokens.findById(id);
    }

    @Transactional
    public TokenView revoke(ApiToken token) {
        ApiToken managed = tokens.findById(token.getId()).orElseThrow();
        managed.revoke(clock.instant());
        audit.record(managed.getCourseId(), AuditAction.TOKEN_REVOKED, "token " + managed.getId(),
                managed.getKind() + ", " + managed.getLabel());
        return TokenView.of(tokens.save(managed));
    }

    @Transactional(readOnly = true)
    public boolean anyOfKind(TokenKind kind) {
        return tokens.existsByKind(kind);
    }
}
