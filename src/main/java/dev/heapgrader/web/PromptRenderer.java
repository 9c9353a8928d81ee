package dev.heapgrader.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders an exercise's {@code prompt.md} to HTML with commonmark-java, safe to insert unescaped: raw HTML in the
 * Markdown is escaped rather than passed through ({@code escapeHtml}), and link and image targets with a scheme
 * other than http, https, mailto or data are dropped ({@code sanitizeUrls}), so a prompt cannot carry a script.
 * The page's Content-Security-Policy forbids inline scripts as a second wall.
 */
@Component
class PromptRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    String html(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}
