package dev.heapgrader.engine.memory;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random object graphs (instances, lists, dicts, tuples, random edges, random {@code del}s of the names
 * holding them) run on every version. The generator knows the graph, so it predicts independently of the engine
 * which objects stay reachable from the surviving names, which of the unreachable ones reference counting frees
 * at once and which only the collector can free. The program then shows that {@code gc.collect()} returns exactly
 * the latter, that every unreachable instance's weak reference is dead afterwards and every reachable one's is
 * alive, that every reachable object's reference count changes only by the references the freed garbage held, and that once every name
 * is dropped the collector's tracked-object population returns to its size before the graph was built.
 */
class RandomGraphCollectionTest {
    private static final int SEEDS = 40;

    private enum Kind { NODE, LIST, DICT, TUPLE }

    /** An edge: from object {@code from} to {@code to}, read back through {@code accessor} (".a3", "[2]", "['k1']"). */
    private record Edge(int from, int to, String accessor) { }

    @TestFactory
    Stream<DynamicTest> collectorFreesExactlyTheUnreachableCycles() {
        return IntStream.range(0, SEEDS).boxed().flatMap(seed -> Arrays.stream(PythonVersion.values())
                .map(v -> DynamicTest.dynamicTest("seed " + seed + " on " + v.label(), () -> check(seed, v))));
    }

    private static void check(long seed, PythonVersion version) {
        Random rnd = new Random(seed);
        int n = 8 + rnd.nextInt(18);
        Kind[] kinds = new Kind[n];
        List<Edge> edges = new ArrayList<>();
        int[] listLengths = new int[n];
        StringBuilder py = new StringBuilder();
        py.append("import gc, sys, weakref\ngc.disable()\ngc.collect()\nclass Node:\n    pass\n");
        // two full collections settle what a collection untracks (atomic tuples and dicts), before and after
        // stdout's pending-chunk list is a tracked object too (as in CPython): both counts are taken flushed
        py.append("refs = {}\ngc.collect()\ngc.collect()\nsys.stdout.flush()\nbefore = len(gc.get_objects())\n");
        for (int i = 0; i < n; i++) {
            Kind k = i == 0 ? Kind.NODE : i == 1 ? Kind.LIST : Kind.values()[rnd.nextInt(4)];
            kinds[i] = k;
            switch (k) {
                case NODE -> py.append("o").append(i).append(" = Node()\n");
                case LIST -> py.append("o").append(i).append(" = []\n");
                case DICT -> {
                    int t = rnd.nextInt(i);
                    edges.add(new Edge(i, t, "['k0']"));
                    py.append("o").append(i).append(" = {'k0': o").append(t).append("}\n");
                }
                case TUPLE -> {
                    int size = 1 + rnd.nextInt(3);
                    py.append("o").append(i).append(" = (");
                    for (int j = 0; j < size; j++) {
                        int t = rnd.nextInt(i);
                        edges.add(new Edge(i, t, "[" + j + "]"));
                        py.append("o").append(t).append(", ");
                    }
                    py.append(")\n");
                }
            }
        }
        int extra = n + rnd.nextInt(2 * n);
        for (int e = 0; e < extra; e++) {
            int from = rnd.nextInt(n);
            int to = rnd.nextInt(n);
            String a = "a" + e;
            switch (kinds[from]) {
                case NODE -> {
                    edges.add(new Edge(from, to, "." + a));
                    py.append("o").append(from).append('.').append(a).append(" = o").append(to).append('\n');
                }
                case LIST -> {
                    edges.add(new Edge(from, to, "[" + listLengths[from]++ + "]"));
                    py.append("o").append(from).append(".append(o").append(to).append(")\n");
                }
                case DICT -> {
                    edges.add(new Edge(from, to, "['" + a + "']"));
                    py.append("o").append(from).append("['").append(a).append("'] = o").append(to).append('\n');
                }
                case TUPLE -> { }
            }
        }
        for (int i = 0; i < n; i++) {
            if (kinds[i] == Kind.NODE) {
                py.append("refs[").append(i).append("] = weakref.ref(o").append(i).append(")\n");
            }
        }
        boolean[] root = new boolean[n];
        List<Integer> dropped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            root[i] = rnd.nextInt(10) < 3;
            if (!root[i]) {
                dropped.add(i);
            }
        }
        java.util.Collections.shuffle(dropped, rnd);
        for (int i : dropped) {
            py.append("del o").append(i).append('\n');
        }
        String[] path = paths(n, root, edges);
        StringBuilder counts = new StringBuilder("print(");
        for (int i = 0; i < n; i++) {
            if (path[i] != null) {
                counts.append("sys.getrefcount(").append(path[i]).append("), ");
            }
        }
        counts.append("'counts')\n");
        py.append(counts);
        py.append("print('collected', gc.collect())\n");
        py.append(counts);
        py.append("print('dead', sorted(k for k, r in refs.items() if r() is None))\n");
        for (int i = 0; i < n; i++) {
            if (root[i]) {
                py.append("del o").append(i).append('\n');
            }
        }
        py.append("refs.clear()\ngc.collect()\ngc.collect()\nsys.stdout.flush()\n");
        py.append("print('population restored', len(gc.get_objects()) == before)\n");

        RunResult r = Engine.run(py.toString(), "graph.py", version, Limits.defaults());
        assertThat(r.exitStatus()).as(py + "\n" + r.stderr()).isZero();
        String[] lines = r.stdout().split("\n");
        assertThat(lines).as(py.toString()).hasSize(5);
        boolean[] garbage = cyclicGarbage(n, path, edges);
        long collected = 0;
        StringBuilder after = new StringBuilder();
        String[] beforeCounts = lines[0].split(" ");
        int slot = 0;
        for (int i = 0; i < n; i++) {
            collected += garbage[i] ? 1 : 0;
            if (path[i] != null) {
                // a reachable object loses exactly the references the freed garbage held to it
                long c = Long.parseLong(beforeCounts[slot++]);
                for (Edge e : edges) {
                    c -= e.to() == i && garbage[e.from()] ? 1 : 0;
                }
                after.append(c).append(' ');
            }
        }
        assertThat(lines[2]).as("reachable objects keep their counts\n" + py).isEqualTo(after + "counts");
        assertThat(lines[1]).as(py.toString()).isEqualTo("collected " + collected);
        List<Integer> dead = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (kinds[i] == Kind.NODE && path[i] == null) {
                dead.add(i);
            }
        }
        assertThat(lines[3]).as(py.toString()).isEqualTo("dead " + dead);
        assertThat(lines[4]).as(py.toString()).isEqualTo("population restored True");
    }

    /** A Python expression reaching each object from a surviving name (breadth first), null when unreachable. */
    private static String[] paths(int n, boolean[] root, List<Edge> edges) {
        String[] path = new String[n];
        Deque<Integer> work = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (root[i]) {
                path[i] = "o" + i;
                work.add(i);
            }
        }
        while (!work.isEmpty()) {
            int o = work.poll();
            for (Edge e : edges) {
                if (e.from() == o && path[e.to()] == null) {
                    path[e.to()] = path[o] + e.accessor();
                    work.add(e.to());
                }
            }
        }
        return path;
    }

    /**
     * Of the unreachable objects, reference counting frees at once every one no other unreachable survivor points
     * to (repeatedly); what remains is what the collector finds. Every object here is tracked: instances and lists
     * always, dicts because they hold a container, tuples because their items are containers.
     */
    private static boolean[] cyclicGarbage(int n, String[] path, List<Edge> edges) {
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            alive[i] = path[i] == null;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (!alive[i]) {
                    continue;
                }
                boolean referenced = false;
                for (Edge e : edges) {
                    referenced |= e.to() == i && path[e.from()] == null && alive[e.from()];
                }
                if (!referenced) {
                    alive[i] = false;
                    changed = true;
                }
            }
        }
        return alive;
    }
}
