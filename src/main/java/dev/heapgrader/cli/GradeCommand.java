package dev.heapgrader.cli;

import dev.heapgrader.engine.version.PythonVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code heapgrader grade --exercise ID FILE.py}: grades an answer offline, the way the service would, and reports
 * it in a format people or CI systems read. This class parses and validates the command line; the grading itself
 * is {@link PendingGrading}'s job.
 */
@Command(name = "grade",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = "Grade an answer to an exercise offline and print the grade.",
        footerHeading = "%nExample:%n",
        footer = "  heapgrader grade --exercise refcounts --format junit answer.py > grade.xml",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:graded (with --fail-under-full: graded with full marks)",
            "1:graded below full marks, with --fail-under-full",
            "2:usage error, unreadable file, or grading unavailable"})
final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--exercise", required = true, paramLabel = "ID",
            description = "The exercise the file answers, e.g. refcounts.")
    private String exercise;

    @Option(names = "--python", paramLabel = "VERSION", converter = PythonVersionConverter.class,
            description = "CPython version to grade under: 3.11, 3.12 or 3.13 (default: ${DEFAULT-VALUE}).")
    private PythonVersion version = PythonVersion.defaultVersion();

    @Option(names = "--format", paramLabel = "FORMAT", converter = ReportFormat.Converter.class,
            completionCandidates = ReportFormat.Labels.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text).")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--fail-under-full", description = "Exit with status 1 unless the answer earns full marks.")
    private boolean failUnderFull;

    @Parameters(index = "0", paramLabel = "FILE.py", description = "The answer to grade (UTF-8).")
    private String file;

    @Override
    public Integer call() {
        SourceFile source;
        try {
            source = SourceFile.read(file);
        } catch (UnreadableSourceException e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return spec.exitCodeOnInvalidInput();
        }
        GradeRequest request = new GradeRequest(exercise, version, format, failUnderFull, source);
        return PendingGrading.grade(request, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
