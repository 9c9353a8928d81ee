package dev.heapgrader.submission;

import dev.heapgrader.exercise.CheckOutcome;

import java.util.Locale;

/**
 * Renders a batch result as JUnit XML (the de-facto format CI systems read): one {@code testsuite} per exercise
 * with one {@code testcase} per check, a {@code failure} for each failed check (its feedback as message), an
 * {@code error} for an answer the service refused, and the scores as suite properties.
 */
final class JUnitXmlReport {

    private JUnitXmlReport() {
    }

    static String render(String course, BatchResult result) {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        StringBuilder suites = new StringBuilder();
        for (BatchResult.Item item : result.results()) {
            StringBuilder cases = new StringBuilder();
            int suiteTests = 0;
            int suiteFailures = 0;
            int suiteErrors = 0;
            String className = "heapgrader." + course + "." + item.exercise();
            if (item.submission() == null) {
                suiteTests = 1;
                suiteErrors = 1;
                cases.append("    <testcase classname=\"").append(escape(className)).append("\" name=\"submit\">\n")
                        .append("      <error message=\"").append(escape(item.error())).append("\" type=\"HTTP ")
                        .append(item.status()).append("\"/>\n    </testcase>\n");
            } else {
                for (CheckOutcome check : item.submission().grade().checks()) {
                    if (check.hidden()) {
                        // A withheld result is neither a pass nor a failure the student can act on.
                        continue;
                    }
                    suiteTests++;
                    cases.append("    <testcase classname=\"").append(escape(className)).append("\" name=\"")
                            .append(escape(check.title() == null ? check.id() : check.title())).append("\"");
                    if (check.passed()) {
                        cases.append("/>\n");
                    } else {
                        suiteFailures++;
                        String feedback = check.feedback() == null ? "failed" : check.feedback();
                        cases.append(">\n      <failure message=\"").append(escape(feedback)).append("\">")
                                .append(escape(feedback)).append("</failure>\n    </testcase>\n");
                    }
                }
            }
            tests += suiteTests;
            failures += suiteFailures;
            errors += suiteErrors;
            double score = item.submission() == null ? 0 : item.submission().grade().finalScore();
            suites.append("  <testsuite name=\"").append(escape(item.exercise())).append("\" tests=\"")
                    .append(suiteTests).append("\" failures=\"").append(suiteFailures).append("\" errors=\"")
                    .append(suiteErrors).append("\">\n")
                    .append("    <properties>\n")
                    .append("      <property name=\"score\" value=\"").append(number(score)).append("\"/>\n")
                    .append("      <property name=\"maxScore\" value=\"").append(number(item.maxScore()))
                    .append("\"/>\n    </properties>\n")
                    .append(cases)
                    .append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"HeapGrader " + escape(course) + " (" + escape(result.student()) + "): "
                + number(result.total()) + " / " + number(result.maxTotal()) + "\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"" + errors + "\">\n" + suites + "</testsuites>\n";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                default -> {
                    // XML 1.0 forbids most control characters even as references.
                    if (c >= 0x20 || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
