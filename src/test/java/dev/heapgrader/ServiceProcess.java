package dev.heapgrader;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar running {@code serve} in a child JVM on 127.0.0.1 and a free port, for tests that must kill the
 * service the way an operating system would. {@link #kill} is SIGKILL ({@link Process#destroyForcibly} on Linux:
 * the exit status is 128 + 9); {@link #close} always ends the child, so a failing test leaves no process behind.
 */
final class ServiceProcess implements AutoCloseable {

    /** Exit status of a process ended by SIGKILL (signal 9), as the JDK reports it on Linux. */
    static final int KILLED_BY_SIGKILL = 128 + 9;

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar with these extra arguments and environment, and waits until readiness reports UP. */
    static ServiceProcess start(Path jar, Path workDir, Path log, List<String> args, Map<String, String> env,
                                Duration patience) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar.toString(), "serve",
                "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        ServiceProcess service = new ServiceProcess(builder.start(), port, log);
        try {
            service.awaitReady(patience);
        } catch (AssertionError | IOException | InterruptedException | RuntimeException failed) {
            service.close();
            throw failed;
        }
        return service;
    }

    int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook, no flush, no clean close of the database. Returns the exit status. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the killed service did not exit within 30 s");
        }
        return process.exitValue();
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "(log unreadable: " + unreadable + ")";
        }
    }

    /** The last lines of the child's log, for assertion messages. */
    String logTail() {
        String text = logText();
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void awaitReady(Duration patience) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notUpYet) {
                // The port is not open yet; try again shortly.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service was not ready within " + patience + ":\n" + logTail());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
