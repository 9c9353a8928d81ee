package dev.heapgrader.timeline;

import com.sun.net.httpserver.HttpServer;
import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.trace.timeline.TimelineJson;
import dev.heapgrader.engine.trace.timeline.TimelineOptions;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The viewer in a real browser: headless Chromium loads the demo page from a loopback server, with the timeline
 * of the gc-cycles solution recorded now, and its DOM after the module ran shows the two Nodes unreachable and
 * freed at the collection (which returned 2) and gone at the next step. Skipped where Chromium is not installed.
 */
class TimelineViewerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path STATIC = Path.of("src/main/resources/static/timeline");
    private static HttpServer server;
    private static String timeline;

    @BeforeAll
    static void serve() throws IOException {
        timeline = TimelineJson.write(Engine.runWithTimeline(Files.readString(Path.of(
                "exercises/gc-cycles/solution.py")), "solution.py", PythonVersion.V3_12, Limits.defaults(), "",
                TimelineOptions.defaults()).timeline());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring(1);
            byte[] body = name.equals("recorded.json") ? timeline.getBytes(StandardCharsets.UTF_8)
                    : name.matches("[a-z-]+\\.(html|js|css)") && Files.exists(STATIC.resolve(name))
                    ? Files.readAllBytes(STATIC.resolve(name)) : null;
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".json") ? "application/json" : "text/html";
            exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                    + "style-src 'self'; object-src 'none'");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static String dom(String query) throws IOException, InterruptedException {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/demo.html?src=recorded.json&" + query;
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--virtual-time-budget=5000", "--dump-dom", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = chromium.getInputStream().readAllBytes();
        assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theCycleIsUnreachableAtTheCollectionAndGoneAfterIt() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");

        String atCollection = dom("step=collection");
        assertThat(count(atCollection, "class=\"tl-object tl-unreachable tl-freed\"")).isEqualTo(2);
        assertThat(atCollection).contains("unreachable \u00b7 freed by this collection",
                "gc.collect() of generation 2 \u2192 returned 2", "cycles: (Node \u2194 Node)");

        int collectionStep = Integer.parseInt(atCollection.replaceAll("(?s).*data-step=\"(\\d+)\".*", "$1"));
        // a failed check naming line 16 (found = gc.collect()) opens at that collection
        assertThat(dom("line=16")).contains("data-step=\"" + collectionStep + "\"");
        String after = dom("step=" + (collectionStep + 1));
        assertThat(count(after, "tl-unreachable")).isZero();
        assertThat(after).contains("class Node").doesNotContain(">Node</span>");
    }
}
