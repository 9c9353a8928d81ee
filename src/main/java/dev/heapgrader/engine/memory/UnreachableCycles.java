package dev.heapgrader.engine.memory;

import dev.heapgrader.engine.object.PyObject;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference cycles among the objects a collection found unreachable, for the trace: the strongly connected
 * components of their reference graph (Tarjan's algorithm, iterative so large heaps cannot overflow the stack)
 * that hold a cycle, each as the type names of its members in collection order.
 */
public final class UnreachableCycles {
    /** Larger sets are not analysed: the trace keeps the count and types, and grading needs no more. */
    static final int MAX_OBJECTS = 10_000;

    private UnreachableCycles() {
    }

    static List<List<String>> of(List<PyObject> objects) {
        return among(objects).stream().map(c -> c.stream().map(o -> o.type().name()).toList()).toList();
    }

    /** The cycles themselves, each as its member objects in collection order (the heap timeline names them). */
    public static List<List<PyObject>> among(List<PyObject> objects) {
        if (objects.isEmpty() || objects.size() > MAX_OBJECTS) {
            return List.of();
        }
        Map<PyObject, Integer> index = new IdentityHashMap<>();
        for (PyObject o : objects) {
            index.putIfAbsent(o, index.size());
        }
        int n = objects.size();
        List<int[]> edges = new ArrayList<>(n);
        boolean[] selfLoop = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<Integer> out = new ArrayList<>();
            int from = i;
            objects.get(i).traverseAll(r -> {
                Integer to = index.get(r);
                if (to != null) {
                    out.add(to);
                    if (to == from) {
                        selfLoop[from] = true;
                    }
                }
            });
            edges.add(out.stream().mapToInt(Integer::intValue).toArray());
        }
        return components(objects, edges, selfLoop);
    }

    private static List<List<PyObject>> components(List<PyObject> objects, List<int[]> edges, boolean[] selfLoop) {
        int n = objects.size();
        int[] order = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(order, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        List<List<PyObject>> cycles = new ArrayList<>();
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            Deque<int[]> work = new ArrayDeque<>(); // {node, next edge position}
            work.push(new int[] {root, 0});
            order[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (!work.isEmpty()) {
                int[] top = work.peek();
                int v = top[0];
                int[] out = edges.get(v);
                if (top[1] < out.length) {
                    int w = out[top[1]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        work.push(new int[] {w, 0});
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    int parent = work.peek()[0];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == order[v]) {
                    List<Integer> members = new ArrayList<>();
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        members.add(w);
                    } while (w != v);
                    if (members.size() > 1 || selfLoop[v]) {
                        members.sort(null);
                        List<PyObject> cycle = new ArrayList<>();
                        for (int m : members) {
                            cycle.add(objects.get(m));
                        }
                        cycles.add(List.copyOf(cycle));
                    }
                }
            }
        }
        return cycles;
    }
}
