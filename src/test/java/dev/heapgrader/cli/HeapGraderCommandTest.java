package dev.heapgrader.cli;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command tree in-process: dispatch to each command, help and version, and the one-line error with exit
 * status 2 for every kind of command-line mistake.
 */
class HeapGraderCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String[]> serviceStarts = new ArrayList<>();

    private int execute(String... args) {
        return HeapGraderCommand.commandLine(new PrintWriter(out), new PrintWriter(err), serviceStarts::add)
                .execute(args);
    }

    private String file(String name, String source) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, source, StandardCharsets.UTF_8);
        return path.toString();
    }

    @Test
    void helpListsTheThreeCommands() {
        int status = execute("--help");

        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("Usage: heapgrader")
                .contains("run ", "grade ", "serve ")
                .contains("Start the web service");
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "grade", "serve"})
    void eachCommandHasHelp(String command) {
        int status = execute(command, "--help");

        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("Usage: heapgrader " + command);
        assertThat(serviceStarts).isEmpty();
    }

    @Test
    void versionNamesTheEngineReleases() {
        int status = execute("--version");

        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("heapgrader ").contains("3.11.7", "3.12.1", "3.13.0");
    }

    @Test
    void unknownCommandIsOneLineAndUsageWithStatus2() {
        int status = execute("frobnicate");

        assertThat(status).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList()).containsExactly(
                "heapgrader: unknown command 'frobnicate' (expected one of: run, grade, serve)",
                "Usage: heapgrader [-hV] COMMAND",
                "Try 'heapgrader --help' for more information.");
    }

    @Test
    void unknownOptionIsOneLineAndUsageWithStatus2() {
        int status = execute("--frobnicate");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).hasValue("heapgrader: Unknown option: '--frobnicate'");
        assertThat(err.toString()).contains("Usage: heapgrader");
    }

    @Test
    void unknownOptionOfACommandNamesTheCommand() throws IOException {
        int status = execute("run", "--frobnicate", file("x.py", "pass\n"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).hasValue("heapgrader run: Unknown option: '--frobnicate'");
        assertThat(err.toString()).contains("Usage: heapgrader run");
    }

    @Test
    void runPrintsExactlyWhatTheEngineReturns() throws IOException {
        String source = "a = []\nb = [a]\na.append(b)\nprint(len(a))\n";
        String path = file("cycle.py", source);
        RunResult expected = Engine.run(source, path, PythonVersion.V3_11, Limits.defaults());

        int status = execute("run", "--python", "3.11", path);

        assertThat(status).isEqualTo(expected.exitStatus());
        assertThat(out.toString()).isEqualTo(expected.stdout());
        assertThat(err.toString()).isEqualTo(expected.stderr());
    }

    @Test
    void runNamesTheScriptByItsAbsolutePathAsCPythonDoes() throws IOException {
        // CPython 3.11+ makes the script's path absolute (without resolving "..") for tracebacks and __file__
        Path relative = Path.of("target", "heapgrader-relative-name-test.py");
        Files.createDirectories(relative.getParent());
        Files.writeString(relative, "x = 1\nprint(x / 0)\n", StandardCharsets.UTF_8);
        try {
            int status = execute("run", relative.toString());

            assertThat(status).isEqualTo(1);
            assertThat(err.toString()).contains("  File \"" + relative.toAbsolutePath() + "\", line 2, in <module>");
        } finally {
            Files.deleteIfExists(relative);
        }
    }

    @Test
    void runDefaultsToPython312() throws IOException {
        String source = "print(1)\n";
        String path = file("one.py", source);
        RunResult expected = Engine.run(source, path, PythonVersion.V3_12, Limits.defaults());

        int status = execute("run", path);

        assertThat(status).isEqualTo(expected.exitStatus());
        assertThat(err.toString()).isEqualTo(expected.stderr());
    }

    @Test
    void runOfAMissingFileIsOneLineWithStatus2() {
        String missing = dir.resolve("missing.py").toString();

        int status = execute("run", missing);

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("heapgrader run: can't open file '" + missing + "': no such file\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void runOfAFileThatIsNotUtf8IsOneLineWithStatus2() throws IOException {
        Path latin1 = dir.resolve("latin1.py");
        Files.write(latin1, new byte[] {'x', '=', '\'', (byte) 0xE9, '\'', '\n'});

        int status = execute("run", latin1.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("heapgrader run: '" + latin1 + "' is not valid UTF-8 text\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.10", "3.14", "2.7", "three"})
    void runRejectsUnsupportedVersions(String version) throws IOException {
        int status = execute("run", "--python", version, file("x.py", "pass\n"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).hasValue("heapgrader run: Invalid value for option "
                + "'--python': '" + version + "' is not a supported CPython version (expected 3.11, 3.12, 3.13)");
    }

    @Test
    void runWithoutAFileIsAUsageError() {
        int status = execute("run");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("heapgrader run: Missing required parameter: 'FILE.py'");
    }

    private static final String SOLUTION = """
            import sys


            class Point:
                pass


            p = Point()
            before = sys.getrefcount(p)
            points = [p]
            after = sys.getrefcount(p)
            print(before, after)
            """;

    private static final String NO_STORE = SOLUTION.replace("points = [p]", "points = []");

    @Test
    void gradePrintsTheReportAndExitsZeroWhenGraded() throws IOException {
        int status = execute("grade", "--exercise", "refcount-list", "--python", "3.13", file("answer.py", NO_STORE));

        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("refcount-list (CPython 3.13): 5/10 points")
                .contains("FAIL").contains("never stored in a list");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void failUnderFullExitsOneBelowFullMarksAndZeroWithFullMarks() throws IOException {
        assertThat(execute("grade", "--exercise", "refcount-list", "--fail-under-full",
                file("wrong.py", NO_STORE))).isEqualTo(1);
        assertThat(execute("grade", "--exercise", "refcount-list", "--fail-under-full",
                file("right.py", SOLUTION))).isZero();
    }

    @Test
    void gradeRequiresAnExercise() throws IOException {
        int status = execute("grade", file("answer.py", "pass\n"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("heapgrader grade: Missing required option: '--exercise=ID'");
    }

    @Test
    void anUnknownExerciseIsAUsageErrorListingTheKnownOnes() throws IOException {
        int status = execute("grade", "--exercise", "refcounts", file("answer.py", "pass\n"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("heapgrader grade: unknown exercise 'refcounts' (known: gc-cycles, "
                + "leak-fix, refcount-list, slots, tuple-vs-list)");
    }

    @Test
    void gradeRejectsUnknownFormats() throws IOException {
        int status = execute("grade", "--exercise", "slots", "--format", "xml", file("answer.py", "pass\n"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("heapgrader grade: Invalid value for option '--format': 'xml' is "
                + "not a report format (expected text, json, junit, gradescope, classroom)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "junit", "gradescope", "classroom"})
    void gradeWritesEveryFormat(String format) throws IOException {
        int status = execute("grade", "--exercise", "refcount-list", "--format", format, file("answer.py", NO_STORE));

        assertThat(status).isZero();
        String report = out.toString();
        switch (format) {
            case "json" -> assertThat(report).contains("\"exercise\" : \"refcount-list\"", "\"max_score\" : 10.0");
            case "junit" -> assertThat(report).contains("<testsuite", "<failure");
            case "gradescope" -> assertThat(report).contains("\"tests\"", "\"visibility\" : \"visible\"");
            case "classroom" -> {
                assertThat(report).startsWith("result=");
                assertThat(err.toString()).isEqualTo("Points 5/10\n");
            }
            default -> assertThat(report).contains("5/10 points");
        }
    }

    @Test
    void gradeAllGradesAFolderOfAnswersNamedByExercise() throws IOException {
        Path answers = Files.createDirectories(dir.resolve("answers"));
        Files.writeString(answers.resolve("refcount-list.py"), SOLUTION);
        Files.writeString(answers.resolve("slots.py"), "class P:\n    __slots__ = ('a',)\n");

        int status = execute("grade", "--exercise", "all", "--format", "json", answers.toString());

        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("[").contains("\"exercise\" : \"gc-cycles\"")
                .contains("no answer: gc-cycles.py is missing").contains("\"exercise\" : \"tuple-vs-list\"");
        assertThat(execute("grade", "--exercise", "all", "--fail-under-full", answers.toString())).isEqualTo(1);
        assertThat(execute("grade", "--exercise", "all", file("answer.py", SOLUTION))).isEqualTo(2);
    }

    @Test
    void gradeOfAMissingFileIsOneLineWithStatus2() {
        String missing = dir.resolve("missing.py").toString();

        int status = execute("grade", "--exercise", "refcount-list", missing);

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("heapgrader grade: can't open file '" + missing + "': no such file\n");
    }

    @Test
    void serveHandsItsArgumentsToTheServiceStarter() {
        int status = execute("serve", "--server.port=9090", "--spring.profiles.active=postgres");

        assertThat(status).isZero();
        assertThat(serviceStarts).hasSize(1);
        assertThat(serviceStarts.get(0)).containsExactly("--server.port=9090", "--spring.profiles.active=postgres");
    }
}
