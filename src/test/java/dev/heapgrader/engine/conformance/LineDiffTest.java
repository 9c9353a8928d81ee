package dev.heapgrader.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The failure text must point at the first differing line with its neighbours, and show invisible differences. */
class LineDiffTest {

    @Test
    void equalTextsHaveNoDifference() {
        assertThat(LineDiff.describe("a\nb\n", "a\nb\n")).isEmpty();
        assertThat(LineDiff.describe("", "")).isEmpty();
    }

    @Test
    void namesTheFirstDifferingLineWithExpectedAndActual() {
        String expected = "l1\nl2\nl3\nl4\nrefcount: 3\nl6\nl7\nl8\nl9\n";
        String actual = "l1\nl2\nl3\nl4\nrefcount: 4\nl6\nl7\nl8\nl9\n";
        String diff = LineDiff.describe(expected, actual);
        assertThat(diff).startsWith("stdout differs at line 5 (expected 9 lines, got 9 lines)\n");
        assertThat(diff).contains("  expected: \"refcount: 3\"\n", "  actual:   \"refcount: 4\"\n");
        assertThat(diff).contains("  >    5 | \"refcount: 3\"", "  >    5 | \"refcount: 4\"");
        assertThat(diff).as("three lines of context each side").contains("   2 | \"l2\"", "   8 | \"l8\"");
        assertThat(diff).doesNotContain("\"l1\"", "\"l9\"");
    }

    @Test
    void reportsMissingAndExtraLines() {
        String shorter = LineDiff.describe("a\nb\nc\n", "a\nb\n");
        assertThat(shorter).startsWith("stdout differs at line 3 (expected 3 lines, got 2 lines)");
        assertThat(shorter).contains("  actual:   <end of output>");
        String longer = LineDiff.describe("a\n", "a\nextra\n");
        assertThat(longer).contains("  expected: <end of output>", "  actual:   \"extra\"");
        assertThat(LineDiff.describe("", "x\n")).contains("    <empty output>");
    }

    @Test
    void makesInvisibleDifferencesVisible() {
        assertThat(LineDiff.describe("a\n", "a")).contains("no newline at end");
        assertThat(LineDiff.describe("a b\n", "a\tb\n")).contains("\"a\\tb\"");
        assertThat(LineDiff.describe("x\n", "x\r\n")).contains("\"x\\r\"");
        assertThat(LineDiff.describe("x \n", "x\n")).contains("\"x \"");
    }
}
