package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Stmt;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Error attributes (kind, message, line, offsets) for cases whose wording or location depends on the version or
 * on the order in which CPython reports errors. Values were read from real CPython's SyntaxError attributes
 * ({@code compile(src, 'f', 'exec')} under 3.11.7, 3.12.1 and 3.13.0).
 */
class ParserErrorsTest {

    private static PythonSyntaxError reject(String src, PythonVersion v) {
        try {
            Parser.parse(src, "f.py", v);
        } catch (PythonSyntaxError e) {
            return e;
        }
        throw new AssertionError("accepted: " + src);
    }

    @Test
    void parameterOrderMessageChangedIn312() {
        assertThat(reject("def f(a=1, b):\n    pass\n", PythonVersion.V3_11).msg())
                .isEqualTo("non-default argument follows default argument");
        PythonSyntaxError e = reject("def f(a=1, b):\n    pass\n", PythonVersion.V3_13);
        assertThat(e.msg()).isEqualTo("parameter without a default follows parameter with a default");
        assertThat(new int[]{e.lineno(), e.offset(), e.endOffset()}).containsExactly(1, 12, 13);
    }

    @Test
    void fstringMessagesFollowTheVersion() {
        PythonSyntaxError old = reject("print(f\"{}\")\n", PythonVersion.V3_11);
        assertThat(old.msg()).isEqualTo("f-string: empty expression not allowed");
        assertThat(old.offset()).isEqualTo(12);
        PythonSyntaxError pep701 = reject("print(f\"{}\")\n", PythonVersion.V3_12);
        assertThat(pep701.msg()).isEqualTo("f-string: valid expression required before '}'");
        assertThat(pep701.offset()).isEqualTo(10);
        assertThat(reject("x = f\"abc\n", PythonVersion.V3_12).msg())
                .isEqualTo("unterminated f-string literal (detected at line 1)");
        assertThat(reject("x = f\"abc\n", PythonVersion.V3_11).msg())
                .isEqualTo("unterminated string literal (detected at line 1)");
    }

    @Test
    void nestedSameQuotesAreValidFrom312() {
        String src = "d = {'k': 1}\nprint(f'{d['k']}')\n";
        assertThat(Parser.parse(src, "f.py", PythonVersion.V3_12).body()).hasSize(2);
        assertThat(reject(src, PythonVersion.V3_11).msg()).isEqualTo("f-string: unmatched '['");
    }

    @Test
    void aLaterTokenizerErrorWinsOverAnEarlierParserError() {
        // Parser/pegen_errors.c: after a parser error the rest of the file is tokenized.
        PythonSyntaxError e = reject("x = = 1\ny = 'abc\n", PythonVersion.V3_12);
        assertThat(e.msg()).isEqualTo("unterminated string literal (detected at line 2)");
        assertThat(e.lineno()).isEqualTo(2);
    }

    @Test
    void anUnclosedBracketOnAnEarlierLineWins() {
        PythonSyntaxError e = reject("print(\"hello\"\nx = 1\n", PythonVersion.V3_11);
        assertThat(e.msg()).isEqualTo("'(' was never closed");
        assertThat(new int[]{e.lineno(), e.offset()}).containsExactly(1, 6);
    }

    @Test
    void compileChecksReportOutOfPlaceStatements() {
        assertThat(reject("class A:\n    return 1\n", PythonVersion.V3_12).msg()).isEqualTo("'return' outside function");
        assertThat(reject("for i in x:\n    def f():\n        break\n", PythonVersion.V3_12).msg())
                .isEqualTo("'break' outside loop");
        assertThat(reject("def f():\n    await x\n", PythonVersion.V3_12).msg())
                .isEqualTo("'await' outside async function");
        PythonSyntaxError dup = reject("def f(a, a):\n    pass\n", PythonVersion.V3_12);
        assertThat(dup.msg()).isEqualTo("duplicate argument 'a' in function definition");
        assertThat(dup.offset()).isEqualTo(10);
    }

    @Test
    void matchIsASoftKeyword() {
        assertThat(Parser.parse("match = 1\nmatch.x = 2\nprint(match)\n", "f.py", PythonVersion.V3_12).body())
                .hasSize(3);
        assertThat(Parser.parse("match cmd:\n    case 1:\n        pass\n", "f.py", PythonVersion.V3_12).body())
                .singleElement().isInstanceOf(Stmt.Match.class);
    }

    @Test
    void nullBytesAreRejectedAsEachVersionDoes() {
        assertThat(reject("x = 1\0\n", PythonVersion.V3_12).stderrLines(PythonVersion.V3_12))
                .containsExactly("SyntaxError: source code cannot contain null bytes");
        assertThat(reject("x = 1\0\n", PythonVersion.V3_11).kind()).isEqualTo("ValueError");
    }
}
