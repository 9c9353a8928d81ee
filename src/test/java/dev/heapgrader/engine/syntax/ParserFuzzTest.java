package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.syntax.ast.Module;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds 10,000 seeded random and mutated sources to the front end: each must end in a Module or a
 * PythonSyntaxError, never another exception, each within its own five-second deadline (checked on a worker
 * thread that is abandoned on timeout, as assertTimeoutPreemptively does, but without a thread per input).
 * Seeds are fixed so failures reproduce.
 */
class ParserFuzzTest {
    private static final int CASES = 10_000;
    private static final int PER_TEST = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String[] SNIPPETS = {
        "x = [i * 2 for i in range(10) if i % 2]\nprint(x)\n",
        "def f(a, b=1, *args, c, d=2, **kw):\n    return a + b\n",
        "class Node:\n    def __init__(self, v):\n        self.v = v\n        self.next = None\n",
        "try:\n    x = 1 / 0\nexcept (ZeroDivisionError, ValueError) as e:\n    print(e)\nfinally:\n    pass\n",
        "with open('f') as a, open('g') as b:\n    pass\n",
        "s = f\"{x!r:>{width}} {y=} {{lit}}\"\n",
        "d = {'a': 1, **other}\ns = {1, 2, *rest}\nt = (1,)\n",
        "lambda x, *y: (x, y)\nz = a if b else c\nw = (n := 10)\n",
        "import sys, gc\nfrom weakref import ref as r\n",
        "for i in range(3):\n\tif i:\n\t\tcontinue\nelse:\n\tbreak\n",
        "x = 0x1f + 0o17 + 0b101 + 1_000 + 1.5e-3 + 2j\n",
        "b = b'\\x00\\n' rb'raw'\ns = '\\u20ac \\U0001F600'\n",
        "@dec\nasync def g():\n    await h()\n    yield from it\n",
        "a, *b = c\na[1:2, ::3] = d.e\ndel a[0], b.c\n",
        "x = '''multi\nline'''\ny = \"\"\"doc\"\"\" \\\n    + 'x'\n",
        "global g\nnonlocal n\nassert x, 'msg'\nraise E from None\n",
    };
    private static final String[] TOKENS = {
        "(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "\n", "\t", "    ", "if ", "else", "def ", "lambda ",
        "'", "\"", "\"\"\"", "f\"{", "}", "\\", "#", "-", "**", "not ", "yield ", "*", "€", "\u00a0", "0x", "1_",
        "\r\n", "\0", "async ", "await ", "match ", ":=", "...", "@", "->", ";", "\\U", "\\x", "\\N{", "\\u", "\\7",
    };

    @TestFactory
    Stream<DynamicTest> randomAndMutatedSourcesNeverCrashTheParser() {
        return IntStream.range(0, CASES / PER_TEST).mapToObj(batch -> DynamicTest.dynamicTest("batch " + batch,
                () -> {
                    Random rnd = new Random(20_241_124L + batch);
                    // One worker per batch; each input still gets its own deadline (a hang fails the test).
                    ExecutorService worker = Executors.newSingleThreadExecutor();
                    try {
                        for (int i = 0; i < PER_TEST; i++) {
                            String src = generate(rnd);
                            PythonVersion v = PythonVersion.values()[rnd.nextInt(3)];
                            Future<?> run = worker.submit(() -> assertParsesOrRejects(src, v));
                            try {
                                run.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                            } catch (TimeoutException e) {
                                run.cancel(true);
                                fail("no result within " + TIMEOUT + " for: " + src);
                            } catch (ExecutionException e) {
                                fail("crashed on: " + src, e.getCause());
                            }
                        }
                    } finally {
                        worker.shutdownNow();
                    }
                }));
    }

    private static void assertParsesOrRejects(String src, PythonVersion v) {
        try {
            Module m = Parser.parse(src, "fuzz.py", v);
            assertThat(m.body()).isNotNull();
        } catch (PythonSyntaxError e) {
            assertThat(e.kind()).isNotBlank();
            assertThat(e.stderrLines(v)).isNotEmpty();
        }
    }

    static String generate(Random rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 -> randomTokens(rnd);
            case 1 -> deepNesting(rnd);
            default -> mutate(rnd, SNIPPETS[rnd.nextInt(SNIPPETS.length)] + SNIPPETS[rnd.nextInt(SNIPPETS.length)]);
        };
    }

    private static String randomTokens(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(60);
        for (int i = 0; i < n; i++) {
            sb.append(rnd.nextInt(3) == 0 ? "x" + rnd.nextInt(5) + " " : TOKENS[rnd.nextInt(TOKENS.length)]);
        }
        return sb.toString();
    }

    private static String deepNesting(Random rnd) {
        int depth = rnd.nextInt(rnd.nextBoolean() ? 300 : 6200);
        String[][] shapes = {{"(", ")"}, {"[", "]"}, {"-", ""}, {"not ", ""}, {"lambda: ", ""}, {"f(", ")"},
            {"1 + ", ""}, {"a.", "b"}, {"x if y else ", ""}, {"2 ** ", ""}};
        String[] s = shapes[rnd.nextInt(shapes.length)];
        return "x = " + s[0].repeat(depth) + "1" + s[1].repeat(rnd.nextInt(4) == 0 ? depth / 2 : depth) + "\n";
    }

    private static String mutate(Random rnd, String base) {
        List<Integer> cps = new ArrayList<>(base.codePoints().boxed().toList());
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits && !cps.isEmpty(); e++) {
            int at = rnd.nextInt(cps.size());
            switch (rnd.nextInt(5)) {
                case 0 -> cps.remove(at);
                case 1 -> cps.add(at, cps.get(rnd.nextInt(cps.size())));
                case 2 -> TOKENS[rnd.nextInt(TOKENS.length)].codePoints().forEach(c -> cps.add(at, c));
                case 3 -> cps.add(at, rnd.nextInt(0x2FFF));
                default -> {
                    int len = Math.min(cps.size() - at, 1 + rnd.nextInt(10));
                    cps.addAll(at, new ArrayList<>(cps.subList(at, at + len)));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        cps.forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
