package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The whole stderr of a rejected program (file line, quoted source line, carets, message) compared byte for byte
 * with real CPython's. Expected text was produced with {@code PYENV_VERSION=<3.11.7|3.12.1|3.13.0> python3 -s -B
 * name.py 2>&1 >/dev/null} in the program's folder; it shows 3.13 drawing carets over the whole token and keeping
 * tabs, where 3.11 and 3.12 draw one caret for IndentationError and TabError.
 */
class SyntaxErrorStderrTest {

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("forgot_comma", "3.11", "x = [1, 2 3]\n",
                    "  File \"forgot_comma.py\", line 1\n    x = [1, 2 3]\n            ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
            Arguments.of("forgot_comma", "3.12", "x = [1, 2 3]\n",
                    "  File \"forgot_comma.py\", line 1\n    x = [1, 2 3]\n            ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
            Arguments.of("forgot_comma", "3.13", "x = [1, 2 3]\n",
                    "  File \"forgot_comma.py\", line 1\n    x = [1, 2 3]\n            ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
            Arguments.of("expected_indent_if", "3.11", "if True:\nprint(1)\n",
                    "  File \"expected_indent_if.py\", line 2\n    print(1)\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"),
            Arguments.of("expected_indent_if", "3.12", "if True:\nprint(1)\n",
                    "  File \"expected_indent_if.py\", line 2\n    print(1)\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"),
            Arguments.of("expected_indent_if", "3.13", "if True:\nprint(1)\n",
                    "  File \"expected_indent_if.py\", line 2\n    print(1)\n    ^^^^^\nIndentationError: expected an indented block after 'if' statement on line 1\n"),
            Arguments.of("tab_error", "3.11", "if True:\n        x = 1\n\ty = 2\n",
                    "  File \"tab_error.py\", line 3\n    y = 2\nTabError: inconsistent use of tabs and spaces in indentation\n"),
            Arguments.of("tab_error", "3.12", "if True:\n        x = 1\n\ty = 2\n",
                    "  File \"tab_error.py\", line 3\n    y = 2\nTabError: inconsistent use of tabs and spaces in indentation\n"),
            Arguments.of("tab_error", "3.13", "if True:\n        x = 1\n\ty = 2\n",
                    "  File \"tab_error.py\", line 3\n    \ty = 2\n    ^\nTabError: inconsistent use of tabs and spaces in indentation\n"),
            Arguments.of("unexpected_indent", "3.11", "x = 1\n    y = 2\n",
                    "  File \"unexpected_indent.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"),
            Arguments.of("unexpected_indent", "3.12", "x = 1\n    y = 2\n",
                    "  File \"unexpected_indent.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"),
            Arguments.of("unexpected_indent", "3.13", "x = 1\n    y = 2\n",
                    "  File \"unexpected_indent.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"),
            Arguments.of("unindent_mismatch", "3.11", "if True:\n    x = 1\n  y = 2\n",
                    "  File \"unindent_mismatch.py\", line 3\n    y = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n"),
            Arguments.of("unindent_mismatch", "3.12", "if True:\n    x = 1\n  y = 2\n",
                    "  File \"unindent_mismatch.py\", line 3\n    y = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n"),
            Arguments.of("unindent_mismatch", "3.13", "if True:\n    x = 1\n  y = 2\n",
                    "  File \"unindent_mismatch.py\", line 3\n    y = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n"),
            Arguments.of("print_stmt", "3.11", "print \"hello\"\n",
                    "  File \"print_stmt.py\", line 1\n    print \"hello\"\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
            Arguments.of("print_stmt", "3.12", "print \"hello\"\n",
                    "  File \"print_stmt.py\", line 1\n    print \"hello\"\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
            Arguments.of("print_stmt", "3.13", "print \"hello\"\n",
                    "  File \"print_stmt.py\", line 1\n    print \"hello\"\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
            Arguments.of("unclosed_paren", "3.11", "print(\"hello\"\nx = 1\n",
                    "  File \"unclosed_paren.py\", line 1\n    print(\"hello\"\n         ^\nSyntaxError: '(' was never closed\n"),
            Arguments.of("unclosed_paren", "3.12", "print(\"hello\"\nx = 1\n",
                    "  File \"unclosed_paren.py\", line 1\n    print(\"hello\"\n         ^\nSyntaxError: '(' was never closed\n"),
            Arguments.of("unclosed_paren", "3.13", "print(\"hello\"\nx = 1\n",
                    "  File \"unclosed_paren.py\", line 1\n    print(\"hello\"\n         ^\nSyntaxError: '(' was never closed\n"),
            Arguments.of("fstring_single_close", "3.11", "print(f\"a}b\")\n",
                    "  File \"fstring_single_close.py\", line 1\n    print(f\"a}b\")\n                ^\nSyntaxError: f-string: single '}' is not allowed\n"),
            Arguments.of("fstring_single_close", "3.12", "print(f\"a}b\")\n",
                    "  File \"fstring_single_close.py\", line 1\n    print(f\"a}b\")\n             ^\nSyntaxError: f-string: single '}' is not allowed\n"),
            Arguments.of("fstring_single_close", "3.13", "print(f\"a}b\")\n",
                    "  File \"fstring_single_close.py\", line 1\n    print(f\"a}b\")\n             ^\nSyntaxError: f-string: single '}' is not allowed\n"),
            Arguments.of("lambda_default", "3.11", "f = lambda x=1, y: x\n",
                    "  File \"lambda_default.py\", line 1\n    f = lambda x=1, y: x\n                    ^\nSyntaxError: non-default argument follows default argument\n"),
            Arguments.of("lambda_default", "3.12", "f = lambda x=1, y: x\n",
                    "  File \"lambda_default.py\", line 1\n    f = lambda x=1, y: x\n                    ^\nSyntaxError: parameter without a default follows parameter with a default\n"),
            Arguments.of("lambda_default", "3.13", "f = lambda x=1, y: x\n",
                    "  File \"lambda_default.py\", line 1\n    f = lambda x=1, y: x\n                    ^\nSyntaxError: parameter without a default follows parameter with a default\n"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void stderrMatchesCPython(String name, String version, String source, String expected) {
        PythonVersion v = PythonVersion.parse(version).orElseThrow();
        PythonSyntaxError e = catchThrowableOfType(() -> Parser.parse(source, name + ".py", v),
                PythonSyntaxError.class);
        assertThat(e).as("must be rejected").isNotNull();
        assertThat(String.join("\n", e.stderrLines(v)) + "\n").isEqualTo(expected);
    }
}
