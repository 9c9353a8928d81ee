package dev.heapgrader.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A warm real CPython ({@code bench/cpython_driver.py} under pyenv) that runs a benchmark program on request, so
 * JMH times CPython and the engine on the same file in the same run. Round trips through a pipe cost tens of
 * microseconds, far below the workloads' milliseconds.
 */
final class CPythonProcess implements AutoCloseable {
    private final Process process;
    private final Writer requests;
    private final BufferedReader answers;

    CPythonProcess(String pyenvVersion) throws IOException, InterruptedException {
        ProcessBuilder which = new ProcessBuilder("pyenv", "which", "python3");
        which.environment().put("PYENV_VERSION", pyenvVersion);
        Process w = which.start();
        String python = new String(w.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (w.waitFor() != 0 || python.isEmpty()) {
            throw new IOException("CPython " + pyenvVersion + " is not installed through pyenv");
        }
        process = new ProcessBuilder(python, "bench/cpython_driver.py")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Runs {@code program} once in the warm process; fails if the program raised. */
    void run(Path program) throws IOException {
        requests.write(program.toAbsolutePath() + "\n");
        requests.flush();
        String answer = answers.readLine();
        if (!"ok".equals(answer)) {
            throw new IllegalStateException("CPython: " + answer);
        }
    }

    @Override
    public void close() throws IOException {
        requests.close();
        process.destroy();
    }
}
