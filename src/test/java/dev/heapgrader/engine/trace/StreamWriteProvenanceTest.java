package dev.heapgrader.engine.trace;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.trace.TraceEvent.ProbeValueCombined;
import dev.heapgrader.engine.trace.TraceEvent.ProbeValueShown;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A probed value written with {@code sys.stdout.write} (or {@code sys.__stdout__.write}, or the bound method kept
 * in a name) is shown exactly as {@code print} shows it (issue 12); a write into an {@code io.StringIO} is not
 * output.
 */
class StreamWriteProvenanceTest {

    private static Trace trace(String source) {
        RunResult r = Engine.run(source, "answer.py", PythonVersion.V3_12, Limits.defaults());
        assertThat(r.stderr()).isEmpty();
        return r.trace();
    }

    @Test
    void aComparisonWrittenToStdoutIsShown() {
        Trace t = trace("""
                import sys
                ts = sys.getsizeof((1, 2, 3))
                ls = sys.getsizeof([1, 2, 3])
                sys.stdout.write(str(ts < ls) + "\\n")
                """);
        ProbeValueCombined compare = t.of(ProbeValueCombined.class).get(0);
        List<ProbeValueShown> shown = t.of(ProbeValueShown.class);
        assertThat(shown).singleElement().satisfies(s -> {
            assertThat(s.how()).isEqualTo("written");
            assertThat(s.line()).isEqualTo(4);
            assertThat(s.origins()).contains(t.events().indexOf(compare));
        });
    }

    @Test
    void fStringsAndABoundWriteMethodShowTheSizes() {
        Trace t = trace("""
                import sys
                out = sys.stdout.write
                size = sys.getsizeof([1, 2])
                out(f"{size} bytes\\n")
                sys.__stdout__.write(f"{sys.getsizeof(())}\\n")
                """);
        assertThat(t.of(ProbeValueShown.class)).extracting(ProbeValueShown::line).containsExactly(4, 5);
    }

    @Test
    void writingIntoAStringBufferShowsNothing() {
        Trace t = trace("""
                import io
                import sys
                buf = io.StringIO()
                buf.write(str(sys.getsizeof(()) < sys.getsizeof([])))
                """);
        assertThat(t.of(ProbeValueShown.class)).isEmpty();
    }
}
