package dev.heapgrader.grading.check;

import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.trace.TraceEvent;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code syntax-ok} and {@code runs-cleanly}: whether the program parsed, and whether it ran to its end. */
final class RunChecks {
    private static final Pattern LINE = Pattern.compile("File \"[^\"]*\", line (\\d+)");
    private RunChecks() {
    }

    static Verdict syntaxOk(Observation o, Map<String, String> params) {
        if (o.run().outcome() == RunResult.Outcome.SYNTAX_ERROR) {
            Integer line = syntaxErrorLine(o.run());
            return Verdict.fail("Your program does not parse on " + o.cpython() + onLine(line) + ": "
                    + sentence(o.run().lastStderrLine()), line);
        }
        return Verdict.pass("Your program parses on " + o.cpython() + ".", null);
    }

    static Verdict runsCleanly(Observation o, Map<String, String> params) {
        RunResult run = o.run();
        return switch (run.outcome()) {
            case COMPLETED -> run.exitStatus() == 0
                    ? Verdict.pass("Your program ran to its end on " + o.cpython() + ".", null)
                    : Verdict.fail("Your program exited with status " + run.exitStatus() + ".", null);
            case SYNTAX_ERROR -> Verdict.fail("Your program does not parse" + onLine(syntaxErrorLine(run))
                    + ", so it never ran: " + sentence(run.lastStderrLine()), syntaxErrorLine(run));
            case UNCAUGHT_EXCEPTION -> uncaught(o);
            case STEP_LIMIT -> Verdict.fail("Your program was stopped: it ran too many steps (an endless loop?).",
                    null);
            case TIME_LIMIT -> Verdict.fail("Your program was stopped at the time limit (an endless loop?).", null);
            case OUTPUT_LIMIT -> Verdict.fail("Your program was stopped: it printed more than the grader keeps "
                    + "(an endless loop of prints?).", null);
            case INTERNAL_ERROR -> Verdict.fail("The grader could not run this program (internal error, reference "
                    + run.internalErrorReference() + "); this is not your fault, please report the reference.", null);
        };
    }

    private static Verdict uncaught(Observation o) {
        Integer line = o.run().trace().of(TraceEvent.Uncaught.class).stream()
                .map(TraceEvent.Uncaught::line).filter(o::inStudentCode).findFirst().orElse(null);
        String where = line == null ? "" : " on line " + line;
        return Verdict.fail("Your program stopped with an exception" + where + " on " + o.cpython() + ": "
                + sentence(o.run().lastStderrLine()), line);
    }

    /** The line a syntax error points at, read from its {@code File "...", line N} header. */
    static Integer syntaxErrorLine(RunResult run) {
        Matcher m = LINE.matcher(run.stderr());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String onLine(Integer line) {
        return line == null ? "" : " (line " + line + ")";
    }

    /** Ends a quoted error line with a full stop unless it already ends a sentence. */
    static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }
}
