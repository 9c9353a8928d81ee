package dev.heapgrader.token;

import dev.heapgrader.api.TokenKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator token. With {@code HEAPGRADER_ADMIN_TOKEN} set, that secret is stored (once) as an
 * administrator token; without it, a start on a database that has no administrator token generates one and logs
 * it once: it cannot be shown again, only replaced.
 */
@Component
@Order(0)
class AdminTokenBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminTokenBootstrap.class);

    private final TokenService tokens;
    private final String configuredSecret;

    AdminTokenBootstrap(TokenService tokens, @Value("${heapgrader.admin-token:}") String configuredSecret) {
        this.tokens = tokens;
        this.configuredSecret = configuredSecret;
    }

    @Override
    public void run(ApplicationArguments args) {
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
