package dev.heapgrader.cli;

import dev.heapgrader.engine.version.PythonVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code heapgrader grade --exercise ID FILE.py}: grades an answer offline, the way the service would, and reports
 * it in a format people or CI systems read. This class parses and validates the command line and reads the answer
 * files; the grading itself is {@link Grading}'s job. {@code --exercise all DIR} grades {@code DIR/<id>.py} for
 * every exercise.
 */
@Command(name = "grade",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = "Grade an answer to an exercise offline and print the grade.",
        footerHeading = "%nExample:%n",
        footer = {"  heapgrader grade --exercise refcount-list --format junit answer.py > grade.xml",
            "  heapgrader grade --exercise all --fail-under-full answers/"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:graded (with --fail-under-full: graded with full marks)",
            "1:graded below full marks, with --fail-under-full",
            "2:usage error, unknown exercise, unreadable file or broken exercise folder"})
final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--exercise", required = true, paramLabel = "ID",
            description = "The exercise the file answers, e.g. refcount-list; 'all' grades a folder of <id>.py "
                    + "answers.")
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

    @Option(names = "--reveal-hidden",
            description = "Show what hidden checks test and count their points (for instructors and after the "
                    + "deadline). The gradescope format always includes them, marked after_due_date.")
    private boolean revealHidden;

    @Option(names = "--exercises", paramLabel = "DIR",
            description = "Load exercises from this folder instead of the built-in ones.")
    private Path exercisesDir;

    @Parameters(index = "0", paramLabel = "FILE.py",
            description = "The answer to grade (UTF-8); with --exercise all, a folder of <id>.py answers.")
    private String file;

    @Override
    public Integer call() {
        List<GradeRequest.Answer> answers = new ArrayList<>();
        try {
            if (exercise.equals(GradeRequest.ALL)) {
                Path folder = Path.of(file);
                if (!Files.isDirectory(folder)) {
                    throw new UnreadableSourceException("'" + file + "' is not a folder of <exercise-id>.py answers");
                }
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".py")).sorted().toList()) {
                        String name = p.getFileName().toString();
                        answers.add(new GradeRequest.Answer(name.substring(0, name.length() - 3),
                                SourceFile.read(p.toString())));
                    }
                } catch (IOException e) {
                    throw new UnreadableSourceException("can't list folder '" + file + "': " + e.getMessage());
                }
            } else {
                answers.add(new GradeRequest.Answer(exercise, SourceFile.read(file)));
            }
        } catch (UnreadableSourceException e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return spec.exitCodeOnInvalidInput();
        }
        GradeRequest request = new GradeRequest(exercise, version, format, failUnderFull, revealHidden, exercisesDir,
                answers);
        return Grading.grade(request, spec.qualifiedName(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
