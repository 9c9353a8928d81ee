package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Module;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Depth limits end in CPython's own errors (thresholds measured against real CPython with generated inputs),
 * a small caller stack is harmless, warnings come back with the tree, and parsing is fast and linear.
 */
class ParserLimitsTest {

    @Test
    void unaryChainsHitCPythonsParserStackLimit() {
        // CPython 3.11-3.13: 5967 unary minus parse, 5968 raise MemoryError in the parser.
        assertThatThrownBy(() -> Parser.parse("x = " + "-".repeat(5968) + "1\n", "d.py", PythonVersion.V3_12))
                .isInstanceOfSatisfying(PythonSyntaxError.class, e -> assertThat(e.stderrLines(PythonVersion.V3_12))
                        .containsExactly("MemoryError: Parser stack overflowed - Python source too complex to parse"));
        assertThatThrownBy(() -> Parser.parse("x = " + "-".repeat(5968) + "1\n", "d.py", PythonVersion.V3_11))
                .isInstanceOfSatisfying(PythonSyntaxError.class,
                        e -> assertThat(e.stderrLines(PythonVersion.V3_11)).containsExactly("MemoryError"));
    }

    @Test
    void deepTreesHitTheCompilersRecursionLimit() {
        // 3.11 and 3.12 as scripts: 2998 chained '+1' compile, 2999 raise RecursionError during compilation.
        assertThat(Parser.parse("x = 1" + "+1".repeat(2998) + "\n", "d.py", PythonVersion.V3_12).body()).hasSize(1);
        assertThatThrownBy(() -> Parser.parse("x = 1" + "+1".repeat(2999) + "\n", "d.py", PythonVersion.V3_12))
                .isInstanceOfSatisfying(PythonSyntaxError.class, e -> assertThat(e.stderrLines(PythonVersion.V3_12))
                        .containsExactly("RecursionError: maximum recursion depth exceeded during compilation"));
    }

    @Test
    void bracketsAndIndentationHaveTokenizerLimits() {
        assertThat(Parser.parse("x = " + "[".repeat(199) + "]".repeat(199) + "\n", "d.py", PythonVersion.V3_13)
                .body()).hasSize(1);
        assertThatThrownBy(() -> Parser.parse("x = " + "(".repeat(201) + ")".repeat(201) + "\n", "d.py",
                PythonVersion.V3_13)).hasMessage("SyntaxError: too many nested parentheses");
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            ifs.append(" ".repeat(i)).append("if x:\n");
        }
        ifs.append(" ".repeat(100)).append("pass\n");
        assertThatThrownBy(() -> Parser.parse(ifs.toString(), "d.py", PythonVersion.V3_11))
                .hasMessage("IndentationError: too many levels of indentation");
    }

    @Test
    void aTinyCallerStackStillParsesTheDeepestAcceptedInput() throws InterruptedException {
        String deepest = "x = " + "lambda: ".repeat(2983) + "1\n";
        AtomicReference<Object> result = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                result.set(Parser.parse(deepest, "d.py", PythonVersion.V3_12));
            } catch (RuntimeException | StackOverflowError e) {
                result.set(e);
            }
        }, "small-stack", 128 * 1024);
        small.start();
        small.join();
        assertThat(result.get()).isInstanceOf(Module.class);
    }

    @Test
    void invalidEscapesWarnFrom312() {
        String src = "import sys\nprint(\"\\d\")\n";
        assertThat(Parser.parseWithWarnings(src, "w.py", PythonVersion.V3_11).warnings()).isEmpty();
        var warnings = Parser.parseWithWarnings(src, "w.py", PythonVersion.V3_12).warnings();
        assertThat(warnings).hasSize(1);
        // PYENV_VERSION=3.12.1 python3 w.py prints exactly these two lines to stderr before running.
        assertThat(warnings.get(0).stderrText("w.py"))
                .isEqualTo("w.py:2: SyntaxWarning: invalid escape sequence '\\d'\n  print(\"\\d\")\n");
    }

    @Test
    void codeGeneratorWarningsInSourceOrder() {
        String src = "x = 1\nif x is 1:\n    print(\"one\")\nif x is not \"a\": pass\nassert (x, \"m\")\n"
                + "y = [(1, 2) (3, 4)]\n";
        // PYENV_VERSION=3.11.7 python3 w.py (and 3.12.1, 3.13.0): the warning lines printed before the output.
        String common = "w.py:5: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n"
                + "  assert (x, \"m\")\n"
                + "w.py:6: SyntaxWarning: 'tuple' object is not callable; perhaps you missed a comma?\n"
                + "  y = [(1, 2) (3, 4)]\n";
        assertThat(warningText(src, PythonVersion.V3_11)).isEqualTo(
                "w.py:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  if x is 1:\n"
                + "w.py:4: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n  if x is not \"a\": pass\n"
                + common);
        assertThat(warningText(src, PythonVersion.V3_13)).isEqualTo(
                "w.py:2: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n  if x is 1:\n"
                + "w.py:4: SyntaxWarning: \"is not\" with 'str' literal. Did you mean \"!=\"?\n"
                + "  if x is not \"a\": pass\n" + common);
    }

    private static String warningText(String src, PythonVersion v) {
        StringBuilder sb = new StringBuilder();
        Parser.parseWithWarnings(src, "w.py", v).warnings().forEach(w -> sb.append(w.stderrText("w.py")));
        return sb.toString();
    }

    @Test
    void aTwoThousandLineFileParsesIntoItsTwoHundredClasses() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("class Node").append(i).append(":\n")
                    .append("    def __init__(self, value, nxt=None):\n")
                    .append("        self.value = value\n")
                    .append("        self.next = nxt\n")
                    .append("    def total(self, *args, **kw):\n")
                    .append("        out = [x * 2 for x in range(10) if x % 3]\n")
                    .append("        for k, v in {'a': 1, 'b': 2}.items():\n")
                    .append("            out.append(f\"{k}={v!r:>4}\")\n")
                    .append("        return sum(out[1:]) if out else -1\n")
                    .append("\n");
        }
        String src = sb.toString();
        assertThat(src.lines().count()).isEqualTo(2000);
        // its speed is measured by ParseBenchmark (JMH), not asserted here
        Module m = Parser.parse(src, "big.py", PythonVersion.V3_12);
        assertThat(m.body()).hasSize(200);
    }
}
