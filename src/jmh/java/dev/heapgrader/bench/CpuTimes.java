package dev.heapgrader.bench;

import dev.heapgrader.engine.CallPlan;
import dev.heapgrader.engine.ClockSignal;
import dev.heapgrader.engine.RunPacer;
import dev.heapgrader.engine.interp.ProgramRunner;
import dev.heapgrader.engine.syntax.Parser;
import dev.heapgrader.engine.version.PythonVersion;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The engine's CPU time per run of a {@code bench/} program, for a machine too busy for JMH's wall-clock averages
 * (other builds share the cores, so a run's wall time mostly measures the wait for a core). Runs the program
 * {@code runs} times on one thread (parse and {@link ProgramRunner#run}, CPython 3.12 rules), keeps the second
 * half (the JIT has compiled the hot paths by then) and prints the median CPU time of the running thread and the
 * mean CPU time of the whole JVM per run: the difference is the JVM's own work, mostly its garbage collector.
 * {@code bench/cpu_times.py} prints the same figures for CPython in a warm process. Usage (after
 * {@code mvn -Pjmh test-compile}): {@code java -Xss64m -cp <test classpath> dev.heapgrader.bench.CpuTimes runs file...}
 */
public final class CpuTimes {
    private static final long MAX_STEPS = 2_000_000_000L;
    private static final long MAX_HEAP_BYTES = 8L << 30;
    private static final long TEN_MINUTES_NANOS = 600_000_000_000L;

    private CpuTimes() {
    }

    /** One program's figures, in milliseconds per run. */
    record Figures(String file, double threadCpuMedian, double processCpuMean, double wallMedian) {
        @Override
        public String toString() {
            return String.format("%s: thread CPU median %.1f ms, JVM CPU mean %.1f ms, wall median %.1f ms", file,
                    threadCpuMedian, processCpuMean, wallMedian);
        }
    }

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(args[0]);
        for (int i = 1; i < args.length; i++) {
            System.out.println(measure(Path.of(args[i]), runs));
        }
    }

    static Figures measure(Path file, int runs) throws IOException {
        String source = Files.readString(file);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> threadCpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        long processStart = 0;
        for (int i = 0; i < runs; i++) {
            if (i == runs / 2) {
                processStart = os.getProcessCpuTime();
            }
            long w = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            run(source, file.getFileName().toString());
            if (i >= runs / 2) {
                threadCpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
                wall.add((System.nanoTime() - w) / 1e6);
            }
        }
        double processMean = (os.getProcessCpuTime() - processStart) / 1e6 / (runs - runs / 2);
        return new Figures(file.toString(), median(threadCpu), processMean, median(wall));
    }

    private static void run(String source, String filename) {
        var parsed = Parser.parseWithWarnings(source, filename, PythonVersion.V3_12);
        // as in Engine.run, another thread rings the clock signal every 10 ms while the program runs
        ClockSignal clock = new ClockSignal();
        Thread timer = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(ClockSignal.PERIOD_MILLIS);
                    clock.ring();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cpu-times-clock");
        timer.setDaemon(true);
        timer.start();
        try {
            var result = ProgramRunner.run(parsed.module(), filename, PythonVersion.V3_12, MAX_STEPS, MAX_HEAP_BYTES,
                    System.nanoTime() + TEN_MINUTES_NANOS, "", CallPlan.NONE, Long.MAX_VALUE, null, RunPacer.NONE,
                    clock);
            if (result.exitStatus() != 0) {
                throw new IllegalStateException(result.stderr());
            }
        } finally {
            timer.interrupt();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
