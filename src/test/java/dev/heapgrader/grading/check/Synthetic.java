package dev.heapgrader.grading.check;

import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.syntax.Parser;
import dev.heapgrader.engine.trace.Trace;
import dev.heapgrader.engine.trace.TraceEvent;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.List;
import java.util.Map;

/** Builds observations from hand-made traces (and, where a check reads the source, a parsed program). */
final class Synthetic {
    private Synthetic() {
    }

    static Observation trace(TraceEvent... events) {
        return observe("", events);
    }

    static Observation observe(String source, TraceEvent... events) {
        var module = source.isEmpty() ? null : Parser.parseWithWarnings(source, "t.py", PythonVersion.V3_12).module();
        RunResult run = new RunResult("", "", 0, RunResult.Outcome.COMPLETED, module,
                new Trace(List.of(events), false));
        return new Observation(run, PythonVersion.V3_12, source.isEmpty() ? 1000 : (int) source.lines().count());
    }

    static Verdict check(String kind, Observation o, Map<String, String> params) {
        return CheckKinds.find(kind).orElseThrow().check().evaluate(o, params);
    }
}
