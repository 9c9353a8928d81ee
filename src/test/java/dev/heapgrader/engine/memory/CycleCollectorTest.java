package dev.heapgrader.engine.memory;

import dev.heapgrader.engine.heap.Heap;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.StandaloneInterpreter;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.types.Containers;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code CycleCollector} against real CPython without running a program: each row of
 * {@code memory/collections.<version>.tsv} (written by {@code conformance/regenerate-memory-tables}) names an
 * object graph and its size. The test builds the graph through the engine's factories, drops its own references
 * as the generating function's return does, runs one full collection and compares what it found and how many
 * objects the collector still tracks.
 */
class CycleCollectorTest {

    private record Row(String graph, int n, long found, long tracked) {
        static Row parse(String line) {
            String[] f = line.split("\t");
            return new Row(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
        }
    }

    /** What one collection of a dropped graph reports. */
    private record Outcome(long found, long tracked) { }

    @TestFactory
    Stream<DynamicTest> everyGraphCollectsAsInCPython() {
        return Arrays.stream(PythonVersion.values()).flatMap(v -> rows(v).stream()
                .map(row -> DynamicTest.dynamicTest(v.label() + " " + row.graph() + " n=" + row.n(),
                        () -> assertThat(collect(v, row)).as(row.toString())
                                .isEqualTo(new Outcome(row.found(), row.tracked())))));
    }

    @Test
    void anExplicitCollectionRunsWhileDisabledAndCountsInTheStats() {
        Interpreter ip = StandaloneInterpreter.start(PythonVersion.V3_12);
        ip.gc.setEnabled(false);
        long runs = ip.gc.collections(2);
        long collected = ip.gc.collected(2);
        build(ip, "list-ring", 4);
        long found = ip.gc.collect(2, true);
        assertThat(ip.gc.isEnabled()).isFalse();
        assertThat(found).isPositive();
        assertThat(ip.gc.collections(2)).isEqualTo(runs + 1);
        assertThat(ip.gc.collected(2)).isEqualTo(collected + found);
    }

    @Test
    void thresholdsAreTheVersionsDefaultUntilSet() {
        Interpreter ip = StandaloneInterpreter.start(PythonVersion.V3_13);
        assertThat(ip.gc.threshold(0)).isEqualTo(PythonVersion.V3_13.gcThreshold0());
        ip.gc.setThreshold(0, 5);
        assertThat(ip.gc.threshold(0)).isEqualTo(5);
    }

    private static Outcome collect(PythonVersion version, Row row) {
        Interpreter ip = StandaloneInterpreter.start(version);
        ip.gc.setEnabled(false);
        ip.gc.collect(2, true);
        ip.gc.collect(2, true);
        long before = tracked(ip.rt.heap);
        build(ip, row.graph(), row.n());
        long found = ip.gc.collect(2, true);
        return new Outcome(found, tracked(ip.rt.heap) - before);
    }

    private static long tracked(Heap heap) {
        return heap.generation(0).size() + heap.generation(1).size() + heap.generation(2).size();
    }

    /** Builds {@code graph} as the generating script's function of that name does, keeping only what it keeps. */
    private static void build(Interpreter ip, String graph, int n) {
        InterpreterState rt = ip.rt;
        List<PyObject> owned = new ArrayList<>();
        switch (graph) {
            case "list-ring", "kept-ring" -> link(ip, lists(rt, n, owned), true, false);
            case "list-chain" -> link(ip, lists(rt, n, owned), false, false);
            case "tuple-ring" -> link(ip, lists(rt, n, owned), true, true);
            case "self-lists" -> {
                for (PyList l : lists(rt, n, owned)) {
                    Containers.listAppend(ip, l, l.newRef());
                }
            }
            case "dict-ring" -> {
                PyDict[] ds = new PyDict[n];
                for (int i = 0; i < n; i++) {
                    ds[i] = rt.newDict();
                    owned.add(ds[i]);
                }
                for (int i = 0; i < n; i++) {
                    // a dict store takes its own references to key and value
                    PyObject key = rt.newStr("next");
                    Containers.dictSet(ip, ds[i], key, ds[(i + 1) % n]);
                    rt.decref(key);
                }
            }
            default -> throw new IllegalArgumentException("no engine graph for " + graph);
        }
        if (graph.equals("kept-ring")) {
            // the script keeps the first list in a global list: one reference survives
            owned.remove(0);
        }
        owned.forEach(rt::decref);
    }

    private static PyList[] lists(InterpreterState rt, int n, List<PyObject> owned) {
        PyList[] ls = new PyList[n];
        for (int i = 0; i < n; i++) {
            ls[i] = rt.track(new PyList(rt.types.list));
            owned.add(ls[i]);
        }
        return ls;
    }

    /** Each list refers to the next (and the last to the first when {@code ring}), through a 1-tuple if asked. */
    private static void link(Interpreter ip, PyList[] ls, boolean ring, boolean throughTuples) {
        int links = ring ? ls.length : ls.length - 1;
        for (int i = 0; i < links; i++) {
            PyObject next = ls[(i + 1) % ls.length].newRef();
            Containers.listAppend(ip, ls[i], throughTuples ? ip.rt.newTuple(new PyObject[] {next}) : next);
        }
    }

    private static List<Row> rows(PythonVersion version) {
        String name = "/memory/collections." + version.label() + ".tsv";
        try (InputStream in = CycleCollectorTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(Row::parse).toList();
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
