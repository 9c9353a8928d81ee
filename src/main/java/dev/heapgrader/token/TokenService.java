package dev.heapgrader.token;

import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.Caller;
import dev.heapgrader.api.ShortLivedCache;
import dev.heapgrader.api.TokenKind;
import dev.heapgrader.audit.AuditAction;
import dev.heapgrader.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Issues, finds, lists and revokes tokens. Secrets leave this class once, in the {@link IssuedToken}. */
@Service
public class TokenService {

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final AuditLog audit;
    private final TokenSecrets secrets = new TokenSecrets();
    /** Callers of recently authenticated tokens by secret hash (at most 10,000 tokens). */
    private final ShortLivedCache<String, Caller> recent;

    TokenService(ApiTokenRepository tokens, Clock clock, AuditLog audit,
                 @Value("${heapgrader.auth.token-cache-ttl:5s}") Duration cacheTtl) {
        this.tokens = tokens;
        this.clock = clock;
        this.audit = audit;
        this.recent = new ShortLivedCache<>(cacheTtl, 10_000, System::nanoTime);
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

    /**
     * The caller a secret stands for, if it is a known token that has not been revoked: from a {@link ShortLivedCache}
     * when it was looked up less than {@code heapgrader.auth.token-cache-ttl} (default 5 s) ago, else from the database. Not transactional: the look-up is one statement,
     * and a cached caller needs no connection at all.
     */
    public Optional<Caller> authenticate(String secret) {
        String hash = TokenSecrets.hash(secret);
        Optional<Caller> known = recent.find(hash);
        if (known.isPresent()) {
            return known;
        }
        long evictions = recent.evictions();
        Optional<Caller> caller = tokens.findBySecretHash(hash)
                .filter(token -> token.getRevokedAt().isEmpty())
                .map(ApiToken::toCaller);
        caller.ifPresent(found -> recent.remember(hash, found, evictions));
        return caller;
    }

    /** Whether the token still works: it exists and has not been revoked (a signed-in page session checks this). */
    @Transactional(readOnly = true)
    public boolean active(long tokenId) {
        return tokens.findById(tokenId).filter(token -> token.getRevokedAt().isEmpty()).isPresent();
    }

    @Transactional(readOnly = true)
    public List<TokenView> listForCourse(long courseId) {
        return tokens.findByCourseIdOrderById(courseId).stream().map(TokenView::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ApiToken> find(long id) {
        return tokens.findById(id);
    }

    /** A new CI token for the course, labelled as asked or "CI token". */
    @Transactional
    public IssuedToken issueCi(long courseId, String label) {
        String shown = label == null || label.isBlank() ? "CI token" : label.strip();
        return issue(TokenKind.CI, courseId, null, shown);
    }

    /** Revokes one of the course's tokens; a token of another course is "not found". */
    @Transactional
    public TokenView revokeInCourse(long courseId, long tokenId) {
        ApiToken token = find(tokenId)
                .filter(candidate -> Long.valueOf(courseId).equals(candidate.getCourseId()))
                .orElseThrow(() -> ApiException.notFound("token", Long.toString(tokenId)));
        return revoke(token);
    }

    @Transactional
    public TokenView revoke(ApiToken token) {
        ApiToken managed = tokens.findById(token.getId()).orElseThrow();
        managed.revoke(clock.instant());
        long revoked = managed.getId();
        recent.evict(caller -> caller.tokenId() == revoked);
        // a look-up that read the row before this transaction commits must not keep the token either
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                recent.evict(caller -> caller.tokenId() == revoked);
            }
        });
        audit.record(managed.getCourseId(), AuditAction.TOKEN_REVOKED, "token " + managed.getId(),
                managed.getKind() + ", " + managed.getLabel());
        return TokenView.of(tokens.save(managed));
    }

    @Transactional(readOnly = true)
    public boolean anyOfKind(TokenKind kind) {
        return tokens.existsByKind(kind);
    }
}
