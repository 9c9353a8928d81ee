package dev.heapgrader.engine.object;

import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.memory.SizeModel;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list, dict and set growth rules against the sizes real CPython printed for the same operations
 * ({@code src/test/resources/growth/growth.txt}, written by the {@code generate} script beside it). The sizes are
 * what {@link SizeModel#getsizeof} reports for the grown objects, on every version (CPython's sequences are the
 * same on 3.11, 3.12 and 3.13), so the growth rules and the size model are checked together.
 */
class ContainerGrowthTest {
    private static List<String[]> expected;
    private static final PyType DUMMY = new PyType(null, "t", "builtins", new PyDict(null),
            new PyType.Layout(0, 0, false, false, false, List.of(), 0), false);
    private static final PyType STR = new PyType(null, "str", "builtins", new PyDict(null),
            new PyType.Layout(0, 0, false, false, false, List.of(), 0), false);

    /** Python's hash for small ints is the value itself (-1 becomes -2); str hashes are arbitrary here. */
    private static final KeyEquality EQ = new KeyEquality() {
        @Override
        public long hash(PyObject key) {
            if (key instanceof PyInt i) {
                long v = i.longValue();
                return v == -1 ? -2 : v;
            }
            return ((PyStr) key).javaHash();
        }

        @Override
        public boolean equal(PyObject a, PyObject b) {
            return a.toString().equals(b.toString()) && a.getClass() == b.getClass();
        }
    };

    @BeforeAll
    static void load() throws IOException {
        expected = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/growth/growth.txt"),
                StandardCharsets.UTF_8)) {
            expected.add(line.split(" ", 3));
        }
    }

    private static List<Long> sizes(String operation) {
        List<Long> out = new ArrayList<>();
        for (String[] row : expected) {
            if (row[0].equals(operation)) {
                out.add(Long.parseLong(row[2]));
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void listAppendAndPopFollowListResize(PythonVersion version) {
        InterpreterState rt = new InterpreterState(version, Long.MAX_VALUE);
        PyList l = new PyList(DUMMY);
        List<Long> actual = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            l.append(new PyInt(DUMMY, i));
            actual.add(SizeModel.getsizeof(rt, l));
        }
        assertThat(actual).isEqualTo(sizes("list.append"));
        actual.clear();
        for (int i = 69; i > 0; i--) {
            l.cutOut(l.size() - 1, l.size());
            l.afterCut(l.size() + 1);
            actual.add(SizeModel.getsizeof(rt, l));
        }
        assertThat(actual).isEqualTo(sizes("list.pop"));
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void dictGrowthWithStrAndIntKeys(PythonVersion version) {
        InterpreterState rt = new InterpreterState(version, Long.MAX_VALUE);
        PyDict strKeys = new PyDict(DUMMY);
        PyDict intKeys = new PyDict(DUMMY);
        List<Long> s = new ArrayList<>();
        List<Long> n = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            strKeys.put(new PyStr(STR, "k" + i), new PyInt(DUMMY, i), EQ);
            s.add(SizeModel.getsizeof(rt, strKeys));
            intKeys.put(new PyInt(DUMMY, i * 7L), new PyInt(DUMMY, i), EQ);
            n.add(SizeModel.getsizeof(rt, intKeys));
        }
        assertThat(s).isEqualTo(sizes("dict.str"));
        assertThat(n).isEqualTo(sizes("dict.int"));
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void setGrowthAndIterationOrderFollowTheTableLayout(PythonVersion version) {
        InterpreterState rt = new InterpreterState(version, Long.MAX_VALUE);
        PySet set = new PySet(DUMMY);
        List<Long> actual = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            set.add(new PyInt(DUMMY, i * 3L), EQ);
            actual.add(SizeModel.getsizeof(rt, set));
        }
        assertThat(actual).isEqualTo(sizes("set.add"));

        PySet small = new PySet(DUMMY);
        for (long v : new long[] {5, 3, 17, 9, 1, 33, 8, 64, 2}) {
            small.add(new PyInt(DUMMY, v), EQ);
        }
        StringBuilder order = new StringBuilder();
        for (PyObject o : small.items()) {
            order.append(order.length() == 0 ? "" : " ").append(o);
        }
        String expectedOrder = expected.stream().filter(r -> r[0].equals("set.order")).findFirst().orElseThrow()[2];
        assertThat(order.toString()).isEqualTo(expectedOrder);
    }

    @Test
    void dictKeepsInsertionOrderAndDeletedSlotsStayUsed() {
        PyDict d = new PyDict(DUMMY);
        for (int i = 0; i < 10; i++) {
            d.put(new PyInt(DUMMY, i), new PyInt(DUMMY, i), EQ);
        }
        for (int i = 0; i < 9; i++) {
            d.remove(new PyInt(DUMMY, i), EQ);
        }
        // deleted entries never give back usable slots (Objects/dictobject.c delitem_common)
        assertThat(d.size()).isEqualTo(1);
        assertThat(d.log2Size()).isEqualTo(4);
        assertThat(d.keyArray()[0].toString()).isEqualTo("9");
    }
}
