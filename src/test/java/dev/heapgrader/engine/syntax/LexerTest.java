package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tokenizer alone: token kinds and spans, indentation, continuation lines, literals and its errors. */
class LexerTest {

    private static List<String> kinds(String src, PythonVersion v) {
        Lexer lx = new Lexer(new SourceText(src, "t.py"), v);
        List<String> out = new ArrayList<>();
        while (true) {
            Token t = lx.next();
            out.add(t.kind() == TokenKind.OP || t.kind() == TokenKind.NAME || t.kind() == TokenKind.NUMBER
                    || t.kind() == TokenKind.STRING ? t.text() : t.kind().name());
            if (t.kind() == TokenKind.ENDMARKER) {
                return out;
            }
        }
    }

    @Test
    void indentationProducesIndentAndDedent() {
        assertThat(kinds("if x:\n    y = 1\n\n    # note\nz\n", PythonVersion.V3_12)).containsExactly(
                "if", "x", ":", "NEWLINE", "INDENT", "y", "=", "1", "NEWLINE", "DEDENT", "z", "NEWLINE", "ENDMARKER");
    }

    @Test
    void tabsAdvanceToMultiplesOfEightAndMixingIsATabError() {
        assertThat(kinds("if x:\n\tif y:\n\t\tpass\n", PythonVersion.V3_11)).contains("INDENT", "pass");
        assertThatThrownBy(() -> kinds("if x:\n        a\n\tb\n", PythonVersion.V3_11))
                .isInstanceOfSatisfying(PythonSyntaxError.class, e -> {
                    assertThat(e.kind()).isEqualTo("TabError");
                    assertThat(e.lineno()).isEqualTo(3);
                });
    }

    @Test
    void bracketsAndBackslashesJoinLines() {
        assertThat(kinds("x = (1,\n  2) + \\\n 3\n", PythonVersion.V3_12)).containsExactly(
                "x", "=", "(", "1", ",", "2", ")", "+", "3", "NEWLINE", "ENDMARKER");
    }

    @Test
    void stringPrefixesAndTripleQuotesAreOneToken() {
        assertThat(kinds("a = rb'x' Br\"y\" f'''z\n''' U'w'\n", PythonVersion.V3_12)).containsExactly(
                "a", "=", "rb'x'", "Br\"y\"", "f'''z\n'''", "U'w'", "NEWLINE", "ENDMARKER");
    }

    @Test
    void pep701NestedQuotesOnlyFrom312() {
        assertThat(kinds("f\"{d[\"k\"]}\"\n", PythonVersion.V3_12)).containsExactly(
                "f\"{d[\"k\"]}\"", "NEWLINE", "ENDMARKER");
        assertThat(kinds("f\"{d[\"k\"]}\"\n", PythonVersion.V3_11)).startsWith("f\"{d[\"", "k");
    }

    @Test
    void numbersWithUnderscoresBasesExponentsAndImaginary() {
        assertThat(kinds("1_000 0x_fF 0o17 0b1 1.5e-3 .5 2j 1E5J 0.0\n", PythonVersion.V3_13)).containsExactly(
                "1_000", "0x_fF", "0o17", "0b1", "1.5e-3", ".5", "2j", "1E5J", "0.0", "NEWLINE", "ENDMARKER");
    }

    @Test
    void numberErrorsCarryCPythonsMessages() {
        assertError("x = 1__0\n", "invalid decimal literal", 6);
        assertError("x = 0b2\n", "invalid digit '2' in binary literal", 7);
        assertError("x = 0xg\n", "invalid hexadecimal literal", 6);
        assertError("x = 012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                + "for octal integers", 5);
        assertError("x = 1abc\n", "invalid decimal literal", 5);
    }

    @Test
    void characterAndStringErrors() {
        assertError("x = 5 \u20ac 3\n", "invalid character '\u20ac' (U+20AC)", 7);
        assertError("x = 1\u00a0+ 2\n", "invalid non-printable character U+00A0", 6);
        assertError("s = 'abc\n", "unterminated string literal (detected at line 1)", 5);
        assertError("s = '''abc\n\ndef\n", "unterminated triple-quoted string literal (detected at line 3)", 5);
        assertError("x = (1 + 2))\n", "unmatched ')'", 12);
        assertError("x = [1, 2)\n", "closing parenthesis ')' does not match opening parenthesis '['", 10);
        assertError("x = 1 + \\ 2\n", "unexpected character after line continuation character", 10);
    }

    private static void assertError(String src, String msg, int offset) {
        assertThatThrownBy(() -> kinds(src, PythonVersion.V3_12)).isInstanceOfSatisfying(PythonSyntaxError.class,
                e -> {
                    assertThat(e.msg()).isEqualTo(msg);
                    assertThat(e.offset()).isEqualTo(offset);
                });
    }
}
