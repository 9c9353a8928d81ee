package dev.heapgrader.engine.fuzz;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs generated programs ({@link ProgramGenerator}) through {@link Engine#run} on every supported version and
 * requires that none ends in an internal error, that is, that no Java exception escapes the interpreter. The slice
 * in {@code mvn verify} is {@value #DEFAULT_PROGRAMS} programs from seed 1; the long run takes its size and first
 * seed from {@code -Dheapgrader.generated.programs} and {@code -Dheapgrader.generated.seed}
 * ({@code bench/generated-programs} runs 100,000). A failure names the seed, the program and the logged Java
 * stack trace, so it can be replayed with {@code ProgramGenerator.program(seed)}.
 */
class GeneratedProgramsTest {
    private static final int DEFAULT_PROGRAMS = 2000;
    private static final Limits LIMITS = new Limits(300_000, 64L << 20, 20_000, Duration.ofSeconds(2));
    private static final int SHOWN_FAILURES = 5;

    @Test
    void noGeneratedProgramEndsInAnInternalError() {
        int programs = Integer.getInteger("heapgrader.generated.programs", DEFAULT_PROGRAMS);
        long firstSeed = Long.getLong("heapgrader.generated.seed", 1L);
        Map<String, Throwable> faults = new HashMap<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                faults.put(record.getMessage(), record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("dev.heapgrader.engine");
        logger.addHandler(capture);
        boolean parentHandlers = logger.getUseParentHandlers();
        logger.setUseParentHandlers(false);
        Map<RunResult.Outcome, Integer> outcomes = new EnumMap<>(RunResult.Outcome.class);
        List<String> failures = new ArrayList<>();
        try {
            PythonVersion[] versions = PythonVersion.values();
            for (long seed = firstSeed; seed < firstSeed + programs; seed++) {
                String program = ProgramGenerator.program(seed);
                PythonVersion version = versions[(int) (seed % versions.length)];
                RunResult r = Engine.run(program, "generated.py", version, LIMITS);
                outcomes.merge(r.outcome(), 1, Integer::sum);
                if (r.outcome() == RunResult.Outcome.INTERNAL_ERROR) {
                    failures.add(describe(seed, version, program, r, faults));
                }
            }
        } finally {
            logger.removeHandler(capture);
            logger.setUseParentHandlers(parentHandlers);
        }
        System.out.println("generated programs: " + programs + " from seed " + firstSeed + ", outcomes " + outcomes);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(programs);
        assertThat(failures).as(failures.size() + " internal errors; the first ones:\n"
                + String.join("\n\n", failures.subList(0, Math.min(SHOWN_FAILURES, failures.size())))).isEmpty();
    }

    private static String describe(long seed, PythonVersion version, String program, RunResult r,
                                   Map<String, Throwable> faults) {
        Throwable fault = faults.entrySet().stream().filter(e -> e.getKey().contains(r.internalErrorReference()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        StringWriter trace = new StringWriter();
        if (fault != null) {
            fault.printStackTrace(new PrintWriter(trace));
        }
        String top = trace.toString().lines().limit(8).reduce("", (a, b) -> a + b + "\n");
        return "seed " + seed + " on " + version.label() + ":\n" + top + "--- program ---\n" + program;
    }
}
