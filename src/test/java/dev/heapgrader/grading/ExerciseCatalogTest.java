package dev.heapgrader.grading;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading an instructor's exercise folder: a sixth exercise works without Java changes; mistakes are named. */
class ExerciseCatalogTest {
    @TempDir
    Path dir;

    private Path folder;

    private static final String VALID = """
            {
              "id": "refcount-dict",
              "title": "Reference counts across a dict store",
              "max_points": 4,
              "checks": [
                { "id": "runs", "title": "Runs", "kind": "runs-cleanly", "points": 1 },
                { "id": "shown", "title": "Shown", "kind": "probe-value-used", "points": 3,
                  "params": { "function": "sys.getrefcount", "min": 2 } }
              ],
              "wrong_answers": [ { "file": "silent.py", "score": 1 } ]
            }
            """;

    @BeforeEach
    void sixthExercise() throws IOException {
        folder = Files.createDirectories(dir.resolve("refcount-dict/wrong"));
        folder = folder.getParent();
        Files.writeString(folder.resolve("prompt.md"), "# Dict store\n");
        Files.writeString(folder.resolve("solution.py"), "import sys\nx = object()\nprint(sys.getrefcount(x))\n"
                + "d = {'k': x}\nprint(sys.getrefcount(x))\n");
        Files.writeString(folder.resolve("wrong/silent.py"), "import sys\nx = object()\nsys.getrefcount(x)\n");
        Files.writeString(folder.resolve("exercise.json"), VALID);
    }

    @Test
    void aSixthExerciseUsingExistingKindsLoadsAndGrades() {
        ExerciseCatalog catalog = ExerciseCatalog.load(dir);
        Exercise e = catalog.find("refcount-dict").orElseThrow();
        Grader grader = new Grader(catalog);

        assertThat(grader.grade(e.id(), e.solution(), dev.heapgrader.engine.version.PythonVersion.V3_12, true)
                .score()).isEqualTo(4.0);
        assertThat(grader.grade(e.id(), e.wrongAnswers().get(0).source(),
                dev.heapgrader.engine.version.PythonVersion.V3_12, true).score()).isEqualTo(1.0);
    }

    @Test
    void anUnknownKindIsNamedWithFileAndField() throws IOException {
        write(VALID.replace("runs-cleanly", "runs-quickly"));
        assertThatThrownBy(() -> ExerciseCatalog.load(dir)).isInstanceOf(ExerciseDefinitionException.class)
                .hasMessageStartingWith("exercises/refcount-dict/exercise.json: field 'checks[0].kind': unknown "
                        + "check kind 'runs-quickly'");
    }

    @Test
    void pointsMustAddUpToTheMaximum() throws IOException {
        write(VALID.replace("\"max_points\": 4", "\"max_points\": 10"));
        assertThatThrownBy(() -> ExerciseCatalog.load(dir)).hasMessageContaining("field 'max_points'")
                .hasMessageContaining("add up to 4.0");
    }

    @Test
    void parametersAreCheckedByKind() throws IOException {
        write(VALID.replace("\"min\": 2", "\"minimum\": 2"));
        assertThatThrownBy(() -> ExerciseCatalog.load(dir))
                .hasMessageContaining("field 'checks[1].params.minimum': is not a parameter of kind 'probe-value-used'");
        write(VALID.replace("\"function\": \"sys.getrefcount\", ", ""));
        assertThatThrownBy(() -> ExerciseCatalog.load(dir))
                .hasMessageContaining("field 'checks[1].params.function': is required");
        write(VALID.replace("\"min\": 2", "\"min\": \"two\""));
        assertThatThrownBy(() -> ExerciseCatalog.load(dir)).hasMessageContaining("must be a number, not 'two'");
    }

    @Test
    void wrongAnswersMustExistAndBeListed() throws IOException {
        write(VALID.replace("silent.py", "missing.py"));
        assertThatThrownBy(() -> ExerciseCatalog.load(dir))
                .hasMessageContaining("field 'wrong_answers[0].file': names wrong/missing.py, which does not exist");
        write(VALID);
        Files.writeString(folder.resolve("wrong/extra.py"), "pass\n");
        assertThatThrownBy(() -> ExerciseCatalog.load(dir)).hasMessageContaining("wrong/extra.py has no entry");
    }

    @Test
    void badJsonTyposAndMissingFilesAreNamed() throws IOException {
        write("{ \"id\": ");
        assertThatThrownBy(() -> ExerciseCatalog.load(dir)).hasMessageContaining("exercise.json: not valid JSON");
        write(VALID.replace("\"title\": \"Reference", "\"titel\": \"Reference"));
        assertThatThrownBy(() -> ExerciseCatalog.load(dir)).hasMessageContaining("field 'titel': is not a known field");
        write(VALID.replace("\"visibility\"", "x").replace("\"kind\": \"runs-cleanly\",",
                "\"kind\": \"runs-cleanly\", \"visibility\": \"secret\","));
        assertThatThrownBy(() -> ExerciseCatalog.load(dir)).hasMessageContaining("field 'checks[0].visibility'");
        write(VALID);
        Files.delete(folder.resolve("prompt.md"));
        assertThatThrownBy(() -> ExerciseCatalog.load(dir))
                .hasMessage("exercises/refcount-dict/prompt.md: the file is missing");
    }

    private void write(String json) throws IOException {
        Files.writeString(folder.resolve("exercise.json"), json);
    }
}
