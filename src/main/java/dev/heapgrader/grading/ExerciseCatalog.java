package dev.heapgrader.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The exercises HeapGrader grades, loaded from {@code exercises/<id>/} folders: from a directory (an instructor's
 * own set), or from the classpath folder {@code exercises/} (the built-in five, listed by
 * {@code exercises/index.txt} since a classpath cannot be listed portably). Every exercise is validated when the
 * catalog loads, so a broken definition fails at start-up, never while grading a student.
 */
public final class ExerciseCatalog {
    static final String INDEX = "index.txt";
    private final List<Exercise> exercises;

    private ExerciseCatalog(List<Exercise> exercises) {
        this.exercises = exercises.stream().sorted(Comparator.comparing(Exercise::id)).toList();
    }

    /** Loads every sub-folder of {@code dir} that holds an {@code exercise.json}; also checks wrong/ is listed. */
    public static ExerciseCatalog load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ExerciseDefinitionException(dir.toString(), "", "not a directory of exercises");
        }
        List<Exercise> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.filter(p -> Files.isRegularFile(p.resolve(ExerciseReader.DEFINITION)))
                    .sorted().toList()) {
                String id = folder.getFileName().toString();
                Exercise e = ExerciseReader.read(id, relative -> readFile(folder.resolve(relative)));
                unlistedWrongAnswers(folder, e);
                out.add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExerciseCatalog(out);
    }

    /** The built-in exercises, from the classpath folder {@code exercises/}. */
    public static ExerciseCatalog fromClasspath() {
        String index = resource("exercises/" + INDEX).orElseThrow(() -> new ExerciseDefinitionException(
                "exercises/" + INDEX, "", "not on the classpath"));
        List<Exercise> out = new ArrayList<>();
        for (String line : index.split("\n")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                out.add(ExerciseReader.read(id, relative -> resource("exercises/" + id + "/" + relative)));
            }
        }
        return new ExerciseCatalog(out);
    }

    /** The exercises, sorted by id. */
    public List<Exercise> exercises() {
        return exercises;
    }

    public Optional<Exercise> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The ids, sorted. */
    public List<String> ids() {
        return exercises.stream().map(Exercise::id).toList();
    }

    private static void unlistedWrongAnswers(Path folder, Exercise e) throws IOException {
        Path wrong = folder.resolve("wrong");
        if (!Files.isDirectory(wrong)) {
            return;
        }
        try (Stream<Path> files = Files.list(wrong)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (e.wrongAnswers().stream().noneMatch(w -> w.file().equals(name))) {
                    throw new ExerciseDefinitionException("exercises/" + e.id() + "/" + ExerciseReader.DEFINITION,
                            "wrong_answers", "wrong/" + name + " has no entry (give it its expected score)");
                }
            }
        }
    }

    private static Optional<String> readFile(Path p) {
        try {
            return Files.isRegularFile(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = ExerciseCatalog.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
