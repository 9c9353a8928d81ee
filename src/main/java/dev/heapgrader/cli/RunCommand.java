package dev.heapgrader.cli;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.TimelineRun;
import dev.heapgrader.engine.trace.timeline.Timeline;
import dev.heapgrader.engine.trace.timeline.TimelineJson;
import dev.heapgrader.engine.trace.timeline.TimelineOptions;
import dev.heapgrader.engine.version.PythonVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code heapgrader run FILE.py}: runs a file in the engine as {@code python3 FILE.py} would, printing the
 * program's stdout and stderr unchanged and exiting with its exit status. It only wires the command line to
 * {@link Engine#run}; what the program prints is entirely the engine's business. With {@code --timeline OUT.json}
 * it also writes the run's heap timeline ({@link TimelineJson}).
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = "Run a Python file in HeapGrader's engine, as the chosen CPython version would run it.",
        footerHeading = "%nExample:%n",
        footer = {"  heapgrader run --python 3.13 cycles.py",
            "  heapgrader run --timeline cycles.timeline.json cycles.py"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the program finished",
            "1:uncaught exception or syntax error, as in CPython",
            "N:the program called sys.exit(N)",
            "2:usage error or unreadable file (also sys.exit(2))"})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--python", paramLabel = "VERSION", converter = PythonVersionConverter.class,
            description = "CPython version to reproduce: 3.11, 3.12 or 3.13 (default: ${DEFAULT-VALUE}).")
    private PythonVersion version = PythonVersion.defaultVersion();

    @Parameters(index = "0", paramLabel = "FILE.py", description = "The Python program to run (UTF-8).")
    private String file;

    @Option(names = "--timeline", paramLabel = "OUT.json",
            description = "Also record the heap timeline (frames, objects with reference counts, sizes and "
                    + "generations, collections) and write it to OUT.json in Python Tutor's trace shape.")
    private Path timeline;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceFile source;
        try {
            source = SourceFile.read(file);
        } catch (UnreadableSourceException e) {
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            err.flush();
            return spec.exitCodeOnInvalidInput();
        }
        RunResult result;
        if (timeline == null) {
            result = Engine.run(source.text(), source.scriptName(), version, Limits.defaults());
        } else {
            TimelineRun run = Engine.runWithTimeline(source.text(), source.scriptName(), version,
                    Limits.defaults(), "", TimelineOptions.defaults());
            result = run.result();
            if (run.timeline() == null) {
                err.println(spec.qualifiedName() + ": no timeline written: the program did not run");
            } else if (!write(run.timeline(), err)) {
                out.print(result.stdout());
                out.flush();
                err.print(result.stderr());
                err.flush();
                return spec.exitCodeOnInvalidInput();
            }
        }
        // print, not println: the program's output is passed on byte for byte.
        out.print(result.stdout());
        out.flush();
        err.print(result.stderr());
        err.flush();
        return result.exitStatus();
    }

    /** Writes the timeline; on failure says why on one line and returns false. */
    private boolean write(Timeline recorded, PrintWriter err) {
        try {
            Files.writeString(timeline, TimelineJson.write(recorded), StandardCharsets.UTF_8);
            return true;
        } catch (IOException | RuntimeException e) {
            err.println(spec.qualifiedName() + ": cannot write the timeline to " + timeline + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such directory" : e.getMessage()));
            return false;
        }
    }
}
