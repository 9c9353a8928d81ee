package dev.heapgrader.engine.conformance;

import dev.heapgrader.engine.version.PythonVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The corpus on disk: where it is, which programs it holds, and where each program's expected files are. The root
 * is {@code src/test/resources/conformance} under the working directory (Maven runs tests from the project root),
 * falling back to the {@code conformance} folder of the test classpath when the tests run from elsewhere.
 *
 * @param root the corpus root folder
 */
record ConformanceCorpus(Path root) {

    /** The corpus folder relative to the project root. */
    static final String SOURCE_FOLDER = "src/test/resources/conformance";

    /** Finds the corpus; throws when neither the source folder nor the classpath copy exists. */
    static ConformanceCorpus locate() {
        Path source = Path.of(SOURCE_FOLDER).toAbsolutePath();
        if (Files.isDirectory(source)) {
            return new ConformanceCorpus(source);
        }
        URL url = ConformanceCorpus.class.getClassLoader().getResource("conformance");
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return new ConformanceCorpus(Path.of(url.toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("bad classpath URL for the corpus: " + url, e);
            }
        }
        throw new IllegalStateException("conformance corpus not found: neither " + source
                + " nor a 'conformance' folder on the test classpath");
    }

    /** Every program, as a path relative to the root with {@code /} separators, sorted. */
    List<String> programs() {
        return files().filter(p -> p.endsWith(".py")).sorted().toList();
    }

    /** Every file that looks like an expected output ({@code .out} or {@code .err}), relative, sorted. */
    List<String> expectedFiles() {
        return files().filter(p -> p.endsWith(".out") || p.endsWith(".err")).sorted().toList();
    }

    /** The relative name of a program's expected stdout file for a version: {@code a/b.3.12.out}. */
    static String outFile(String program, PythonVersion version) {
        return stem(program) + "." + version.label() + ".out";
    }

    /** The relative name of a program's expected exit-status file for a version: {@code a/b.3.12.err}. */
    static String errFile(String program, PythonVersion version) {
        return stem(program) + "." + version.label() + ".err";
    }

    /** The program's source text (UTF-8, as CPython reads it by default). */
    String source(String program) {
        return read(program);
    }

    /** What CPython did for the program under the version; empty when either expected file is missing. */
    Optional<ExpectedRun> expected(String program, PythonVersion version) {
        Path out = root.resolve(outFile(program, version));
        Path err = root.resolve(errFile(program, version));
        if (!Files.isRegularFile(out) || !Files.isRegularFile(err)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ExpectedRun.parse(Files.readAllBytes(out), read(errFile(program, version))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed marks file; no marks when the file does not exist. */
    NotYetSupportedMarks marks() {
        Path file = root.resolve(NotYetSupportedMarks.FILE_NAME);
        return Files.isRegularFile(file) ? NotYetSupportedMarks.parse(read(NotYetSupportedMarks.FILE_NAME))
                : new NotYetSupportedMarks(List.of());
    }

    private String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stream<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(String program) {
        return program.substring(0, program.length() - ".py".length());
    }
}
