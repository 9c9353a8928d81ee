package dev.heapgrader.token;

import dev.heapgrader.api.TokenKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator token. With {@code HEAPGRADER_ADMIN_TOKEN} set, that secret is stored (once) as an
 * administrator token; without it, a start on a database that has no administrator token generates one and logs
 * it once: it cannot be shown again, only replaced.
 *
 * <p>Instances that start at once on one database do this one after the other: each looks and creates while holding
 * the {@code startup_lock} row ({@code SELECT ... FOR UPDATE}), so an empty database gets exactly one generated
 * token, and a configured secret is stored once instead of failing the second instance on its unique hash.
 */
@Component
@Order(0)
class AdminTokenBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminTokenBootstrap.class);

    private final TokenService tokens;
    private final String configuredSecret;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AdminTokenBootstrap(TokenService tokens, @Value("${heapgrader.admin-token:}") String configuredSecret,
                        JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.tokens = tokens;
        this.configuredSecret = configuredSecret;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            jdbc.queryForList("SELECT name FROM startup_lock WHERE name = 'first-start' FOR UPDATE", String.class);
            bootstrap();
        });
    }

    private void bootstrap() {
        if (!configuredSecret.isBlank()) {
            if (tokens.authenticate(configuredSecret).isEmpty()) {
                if (configuredSecret.length() < 16) {
                    throw new IllegalStateException("HEAPGRADER_ADMIN_TOKEN must be at least 16 characters");
                }
                tokens.issueWithSecret(TokenKind.ADMIN, null, null, "from HEAPGRADER_ADMIN_TOKEN",
                        configuredSecret);
                LOG.info("Administrator token from HEAPGRADER_ADMIN_TOKEN stored");
            }
            return;
        }
        if (!tokens.anyOfKind(TokenKind.ADMIN)) {
            IssuedToken issued = tokens.issue(TokenKind.ADMIN, null, null, "generated at first start");
            LOG.warn("No administrator token existed; generated one (shown only now): {}", issued.token());
        }
    }
}
