package dev.heapgrader.engine.conformance;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A developer's view of the corpus in one JVM: one line per failing run (first differing line, exit status and last
 * stderr line) and a pass count per topic, marks ignored. Run with {@code conformance/report [topic/ prefix]}.
 */
public final class ConformanceReport {
    private ConformanceReport() {
    }

    public static void main(String[] args) {
        String prefix = args.length > 0 ? args[0] : "";
        ConformanceCorpus corpus = ConformanceCorpus.locate();
        Limits limits = new Limits(Limits.defaults().maxSteps(), Limits.defaults().maxHeapBytes(),
                Limits.defaults().maxOutputChars(), Duration.ofSeconds(60));
        Map<String, int[]> byTopic = new TreeMap<>();
        for (String program : corpus.programs()) {
            if (!program.startsWith(prefix)) {
                continue;
            }
            String topic = program.substring(0, Math.max(0, program.indexOf('/')));
            for (PythonVersion v : PythonVersion.values()) {
                Optional<ExpectedRun> expected = corpus.expected(program, v);
                if (expected.isEmpty()) {
                    System.out.println("MISSING " + program + " [" + v + "]: run conformance/regenerate");
                    continue;
                }
                String name = program.substring(program.lastIndexOf('/') + 1);
                RunResult r = Engine.run(corpus.source(program), name, v, limits);
                String problems = CorpusComparison.differences(expected.get(), r.stdout(), r.exitStatus(), r.stderr());
                byTopic.computeIfAbsent(topic, k -> new int[2])[problems.isEmpty() ? 0 : 1]++;
                if (!problems.isEmpty()) {
                    System.out.println("FAIL " + program + " [" + v + "] " + CorpusComparison.firstProblem(problems)
                            + " | exit " + r.exitStatus() + ", last stderr: " + r.lastStderrLine());
                }
            }
        }
        int pass = 0;
        int fail = 0;
        for (Map.Entry<String, int[]> t : byTopic.entrySet()) {
            System.out.println(t.getKey() + ": " + t.getValue()[0] + " pass, " + t.getValue()[1] + " fail");
            pass += t.getValue()[0];
            fail += t.getValue()[1];
        }
        System.out.println("TOTAL " + pass + " pass, " + fail + " fail");
    }
}
