import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HeapGrader's load benchmark, a single-file Java program (run it with {@code java bench/load/LoadBenchmark.java}).
 * It creates a course and N students through the API of a running service, posts the exercises' stored answers
 * (solutions and wrong answers) from C concurrent clients for S seconds, and prints stored submissions per second,
 * latency percentiles, the statuses seen and the service's live heap after GC at the start and the end. In the
 * same run it times the naive alternative, one {@code python3 -I} process per answer on two workers, and prints
 * the ratio. Requests go to 127.0.0.1 only; every loop is bounded in time.
 *
 * <pre>
 * java bench/load/LoadBenchmark.java --url http://127.0.0.1:8080 --admin-token $HEAPGRADER_ADMIN_TOKEN \
 *     [--students 240] [--clients 16] [--seconds 30] [--exercises exercises] [--python python3]
 *     [--baseline-seconds 15] [--pid SERVICE_PID] [--hostile 8]
 * </pre>
 * With {@code --hostile H} it runs the load a second time beside H hostile answers (each running to the grading
 * time limit, posted again as soon as it ends, by H students of their own) and prints the ordinary answers'
 * latency against the first run's.
 * Start the service with {@code HEAPGRADER_SUBMISSIONS_PER_MINUTE=1000000} so the per-student rate limit does not
 * turn the benchmark into a measure of 429s, and with {@code java -XX:+UseZGC -jar ...} as the service runs in
 * production (docs/performance.md, "Hostile neighbours and the JVM's collector").
 */
public class LoadBenchmark {
    record Answer(String exercise, String source, Path file) { }

    record Sample(long nanos, int status) { }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String url = opt.getOrDefault("url", "http://127.0.0.1:8080");
        URI base = URI.create(url);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("the load benchmark only targets this machine (127.0.0.1)");
        }
        String admin = required(opt, "admin-token");
        int students = Integer.parseInt(opt.getOrDefault("students", "240"));
        int clients = Integer.parseInt(opt.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "30"));
        int baselineSeconds = Integer.parseInt(opt.getOrDefault("baseline-seconds", "15"));
        Path exercises = Path.of(opt.getOrDefault("exercises", "exercises"));
        String python = opt.getOrDefault("python", "python3");

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Answer> answers = answers(exercises);
        String slug = "load-" + Long.toString(System.currentTimeMillis(), 36);
        StringBuilder ex = new StringBuilder();
        answers.stream().map(Answer::exercise).distinct().forEach(e ->
                ex.append(ex.length() == 0 ? "" : ",").append("{\"exercise\":\"").append(e).append("\"}"));
        send(http, url + "/api/v1/courses", admin, "{\"slug\":\"" + slug + "\",\"title\":\"Load " + slug
                + "\",\"exercises\":[" + ex + "]}", 201);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            String body = send(http, url + "/api/v1/courses/" + slug + "/members", admin,
                    "{\"name\":\"s" + i + "\",\"displayName\":\"Student " + i + "\",\"role\":\"STUDENT\"}", 201);
            tokens.add(field(body, "token"));
        }
        System.out.printf("course %s: %d students, %d stored answers, %d clients, %d s%n", slug, students,
                answers.size(), clients, seconds);
        String pid = opt.get("pid");
        long heapStart = heapAfterGc(http, url, pid);

        int hostile = Integer.parseInt(opt.getOrDefault("hostile", "0"));
        List<String> ordinary = tokens.subList(0, tokens.size() - Math.min(hostile, tokens.size() / 2));
        List<Sample> samples = drive(http, url + "/api/v1/courses/" + slug + "/submissions", ordinary, answers,
                clients, seconds);
        long heapEnd = heapAfterGc(http, url, pid);
        double stored = samples.stream().filter(s -> s.status() == 201).count() / (double) seconds;
        report("HeapGrader", samples, seconds);
        if (hostile > 0) {
            List<String> hostileTokens = tokens.subList(ordinary.size(), tokens.size());
            List<Sample> beside = besideHostile(http, url + "/api/v1/courses/" + slug + "/submissions", ordinary,
                    hostileTokens, answers, clients, seconds, hostile);
            report("HeapGrader beside " + hostile + " hostile answers running at once", beside, seconds);
            System.out.printf("latency beside hostile answers: p50 %.1fx, p95 %.1fx the run without them%n",
                    quantile(beside, 0.50) / (double) quantile(samples, 0.50),
                    quantile(beside, 0.95) / (double) quantile(samples, 0.95));
        }
        System.out.printf("service heap %s: start %s, end %s%n", pid == null ? "in use (give --pid for after GC)"
                : "after a full GC", mb(heapStart), mb(heapEnd));

        List<Sample> baseline = baseline(answers, python, baselineSeconds);
        report("one python3 -I process per answer, 2 workers (stores nothing)", baseline, baselineSeconds);
        double baselineRate = baseline.stream().filter(s -> s.status() == 0).count() / (double) baselineSeconds;
        System.out.printf("ratio: %.1fx the per-process baseline (%s, %s)%n", stored / baselineRate, Instant.now(),
                Runtime.getRuntime().availableProcessors() + " cores");
    }

    /** C clients post random stored answers for S seconds, each as the next student in {@code tokens}. */
    private static List<Sample> drive(HttpClient http, String submissions, List<String> tokens, List<Answer> answers,
                                      int clients, int seconds) throws InterruptedException {
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong counter = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long n = counter.getAndIncrement();
                    Answer a = answers.get(random.nextInt(answers.size()));
                    samples.add(submit(http, submissions, tokens.get((int) (n % tokens.size())), a.exercise(),
                            a.source()));
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return samples;
    }

    /**
     * Hostile answers that each run to the grading time limit (a sleep, big-integer work, a flood of string
     * work), kept {@code hostile} at once, while the ordinary clients run as in {@link #drive}.
     */
    private static List<Sample> besideHostile(HttpClient http, String submissions, List<String> ordinary,
                                              List<String> hostileTokens, List<Answer> answers, int clients,
                                              int seconds, int hostile) throws InterruptedException {
        List<String> programs = List.of("import time\ntime.sleep(60)\n",
                "x = 7 ** 300000\nwhile True:\n    y = x * x\n",
                "s = 'ab' * 200000\nwhile True:\n    s.count('ba')\n",
                "while True:\n    x = [0] * 1000000\n");
        String exercise = answers.get(0).exercise();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 10L);
        ExecutorService pool = Executors.newFixedThreadPool(hostile);
        for (int h = 0; h < hostile; h++) {
            String token = hostileTokens.get(h % hostileTokens.size());
            String program = programs.get(h % programs.size());
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    submit(http, submissions, token, exercise, program);
                }
                return null;
            });
        }
        Thread.sleep(1_000);
        List<Sample> samples = drive(http, submissions, ordinary, answers, clients, seconds);
        pool.shutdown();
        pool.awaitTermination(seconds + 90L, TimeUnit.SECONDS);
        return samples;
    }

    private static Sample submit(HttpClient http, String submissions, String token, String exercise, String source) {
        String body = "{\"exercise\":\"" + exercise + "\",\"source\":" + json(source) + "}";
        long t0 = System.nanoTime();
        int status;
        try {
            status = http.send(post(submissions, token, body), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -2;
        }
        return new Sample(System.nanoTime() - t0, status);
    }

    private static long quantile(List<Sample> samples, double q) {
        List<Long> ok = samples.stream().filter(s -> s.status() == 201).map(Sample::nanos).sorted().toList();
        return ok.isEmpty() ? 1 : ok.get(Math.min(ok.size() - 1, (int) Math.floor(q * ok.size())));
    }

    /** One CPython process per answer, as a container grader would start one per submission. */
    private static List<Sample> baseline(List<Answer> answers, String python, int seconds) throws Exception {
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int w = 0; w < 2; w++) {
            Random random = new Random(100 + w);
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    Answer a = answers.get(random.nextInt(answers.size()));
                    long t0 = System.nanoTime();
                    Process p = new ProcessBuilder(python, "-I", a.file().toString()).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    boolean done = p.waitFor(20, TimeUnit.SECONDS);
                    if (!done) {
                        p.destroyForcibly();
                    }
                    samples.add(new Sample(System.nanoTime() - t0, done ? 0 : -1));
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return samples;
    }

    private static void report(String what, List<Sample> samples, int seconds) {
        List<Long> ok = samples.stream().filter(s -> s.status() == 201 || s.status() == 0)
                .map(Sample::nanos).sorted().toList();
        Map<Integer, Integer> statuses = new TreeMap<>();
        samples.forEach(s -> statuses.merge(s.status(), 1, Integer::sum));
        System.out.printf("%s: %.1f completed/s, p50 %s, p95 %s, p99 %s, statuses %s%n", what,
                ok.size() / (double) seconds, ms(ok, 0.50), ms(ok, 0.95), ms(ok, 0.99), statuses);
    }

    private static String ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return "-";
        }
        long v = sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
        return String.format("%.1f ms", v / 1e6);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "unknown" : String.format("%.1f MiB", bytes / 1048576.0);
    }

    /**
     * The service's heap in use ({@code jvm_memory_used_bytes{area="heap"}} summed over its pools), after a full
     * collection requested with {@code jcmd PID GC.run} when the service's process id is known.
     */
    private static long heapAfterGc(HttpClient http, String url, String pid) {
        try {
            if (pid != null) {
                new ProcessBuilder("jcmd", pid, "GC.run").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
            }
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+]+)")
                    .matcher(r.body());
            long sum = 0;
            boolean found = false;
            while (m.find()) {
                sum += (long) Double.parseDouble(m.group(1));
                found = true;
            }
            return found ? sum : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private static List<Answer> answers(Path exercises) throws IOException {
        List<Answer> out = new ArrayList<>();
        try (var dirs = Files.list(exercises)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String id = dir.getFileName().toString();
                List<Path> files = new ArrayList<>();
                files.add(dir.resolve("solution.py"));
                if (Files.isDirectory(dir.resolve("wrong"))) {
                    try (var wrong = Files.list(dir.resolve("wrong"))) {
                        wrong.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
                    }
                }
                for (Path f : files) {
                    if (Files.exists(f)) {
                        out.add(new Answer(id, Files.readString(f), f.toAbsolutePath()));
                    }
                }
            }
        }
        return out;
    }

    private static HttpRequest post(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String send(HttpClient http, String url, String token, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(post(url, token, body), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String json(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new ConcurrentHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }

    private static String required(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
