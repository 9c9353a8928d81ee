package dev.heapgrader.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The demo course's ready-made accounts, for the home page's one-click sign-in: the instructor {@code ada} and the
 * student {@code linus} (a wrong answer and a fixed one, so every page has something to show). Offered only where
 * {@link DemoCourse} creates the demo: demo enabled and the embedded H2 database, never PostgreSQL. The tokens are
 * the ones {@link DemoCourse} wrote to {@code <data-dir>/demo-tokens.env}; they stay on the server (the page posts
 * only which account), and whoever uses them still goes through the normal token check.
 */
@Component
public class DemoAccounts {

    /** Which demo account to sign in as. */
    public enum Account {
        INSTRUCTOR("INSTRUCTOR_TOKEN"), STUDENT("LINUS_TOKEN");

        private final String variable;

        Account(String variable) {
            this.variable = variable;
        }
    }

    private final boolean enabled;
    private final Path tokensFile;
    private final DataSource dataSource;

    DemoAccounts(@Value("${heapgrader.demo.enabled:true}") boolean enabled,
                 @Value("${heapgrader.data-dir:./data}") Path dataDir, DataSource dataSource) {
        this.enabled = enabled;
        this.tokensFile = dataDir.resolve(DemoCourse.TOKENS_FILE);
        this.dataSource = dataSource;
    }

    /** Whether the one-click demo sign-in is offered: the demo is on, the database is H2 and the demo exists. */
    public boolean available() {
        return enabled && Files.isRegularFile(tokensFile) && onH2();
    }

    /** The account's token, when the demo is available. */
    public Optional<String> token(Account account) {
        if (!available()) {
            return Optional.empty();
        }
        try {
            String prefix = "export " + account.variable + "=";
            return Files.readAllLines(tokensFile, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip())
                    .findFirst();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private boolean onH2() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException unavailable) {
            return false;
        }
    }
}
