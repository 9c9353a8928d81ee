package dev.heapgrader.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages against the real service on a fresh embedded database with the demo course (real grading), signed in
 * the way a browser signs in: the token posted to {@code /sign-in} with a CSRF token, the session kept.
 */
@SpringBootTest(properties = "heapgrader.submissions.per-minute=1000")
@AutoConfigureMockMvc
abstract class PageTestSupport {

    static final String ADMIN = "test-admin-" + UUID.randomUUID();
    static final Path DATA_DIR = tempDir();

    @DynamicPropertySource
    static void service(DynamicPropertyRegistry registry) {
        registry.add("heapgrader.admin-token", () -> ADMIN);
        registry.add("heapgrader.data-dir", DATA_DIR::toString);
    }

    @Autowired
    MockMvc mvc;

    @Value("${heapgrader.data-dir}")
    Path dataDir;

    /** The demo course's tokens by variable name (INSTRUCTOR_TOKEN, GRACE_TOKEN...). */
    Map<String, String> demoTokens() throws IOException {
        Map<String, String> tokens = new HashMap<>();
        for (String line : Files.readAllLines(dataDir.resolve("demo-tokens.env"))) {
            if (line.startsWith("export ") && line.contains("_TOKEN=")) {
                String[] parts = line.substring("export ".length()).split("=", 2);
                tokens.put(parts[0], parts[1]);
            }
        }
        return tokens;
    }

    /** A browser session signed in with the token. */
    MockHttpSession signIn(String token) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").param("token", token).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    MockHttpSession signInAs(String variable) throws Exception {
        return signIn(demoTokens().get(variable));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("heapgrader-pages");
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
