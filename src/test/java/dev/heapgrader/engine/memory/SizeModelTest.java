package dev.heapgrader.engine.memory;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.StandaloneInterpreter;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.types.Containers;
import dev.heapgrader.engine.types.PyDescriptor;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code SizeModel} against real CPython without running a program: each row of {@code memory/sizes.<version>.tsv}
 * (written by {@code conformance/regenerate-memory-tables}) names an object shape and its length, the test builds
 * that object through the engine's own factories and growth paths (appends, dict stores, set adds) and asks the
 * size model for its {@code sys.getsizeof}.
 */
class SizeModelTest {

    private record Row(String shape, int n, long size) {
        static Row parse(String line) {
            String[] f = line.split("\t");
            return new Row(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyShapeHasCPythonsSize() {
        return Arrays.stream(PythonVersion.values()).flatMap(v -> rows(v).stream()
                .map(row -> DynamicTest.dynamicTest(v.label() + " " + row.shape() + " n=" + row.n(),
                        () -> assertThat(sizeOf(v, row)).as(row.toString()).isEqualTo(row.size()))));
    }

    @TestFactory
    Stream<DynamicTest> everyVersionHasATable() {
        return Arrays.stream(PythonVersion.values()).map(v -> DynamicTest.dynamicTest(v.label(),
                () -> assertThat(rows(v)).extracting(Row::shape).contains("int-digits", "list-appended", "property")));
    }

    private static long sizeOf(PythonVersion version, Row row) {
        Interpreter ip = StandaloneInterpreter.start(version);
        return SizeModel.getsizeof(ip.rt, build(ip, row.shape(), row.n()));
    }

    /** The object CPython's probe builds for {@code shape}, built the same way in the engine. */
    private static PyObject build(Interpreter ip, String shape, int n) {
        InterpreterState rt = ip.rt;
        return switch (shape) {
            case "int-digits" -> rt.newInt(n == 0 ? BigInteger.ZERO : BigInteger.TWO.pow(30 * (n - 1)));
            case "str-ascii" -> rt.newStr("a".repeat(n));
            case "str-latin1" -> rt.newStr("\u00e9".repeat(n));
            case "str-ucs2" -> rt.newStr("\u0101".repeat(n));
            case "str-ucs4" -> rt.newStr("\uD83D\uDE00".repeat(n));
            case "bytes" -> rt.newBytes(new byte[n]);
            case "tuple" -> rt.newTuple(nones(rt, n));
            case "list-exact" -> rt.track(new PyList(rt.types.list, nones(rt, n)));
            case "list-appended" -> appended(ip, n);
            case "dict-str-keys", "dict-int-keys" -> stored(ip, n, shape.equals("dict-str-keys"));
            case "set-added" -> added(rt, n);
            case "float" -> rt.newFloat(1.5);
            case "complex" -> rt.newComplex(0, 1);
            case "None" -> rt.none;
            case "object" -> rt.track(new PyInstance(rt.types.object, null, 0));
            case "property" -> rt.track(new PyDescriptor(rt.types.property, PyDescriptor.Kind.PROPERTY, "", -1,
                    nones(rt, 4)));
            default -> throw new IllegalArgumentException("no engine shape for " + shape);
        };
    }

    private static PyObject[] nones(InterpreterState rt, int n) {
        PyObject[] items = new PyObject[n];
        Arrays.fill(items, rt.none);
        return items;
    }

    private static PyObject appended(Interpreter ip, int n) {
        PyList l = ip.rt.track(new PyList(ip.rt.types.list));
        for (int i = 0; i < n; i++) {
            Containers.listAppend(ip, l, ip.rt.none);
        }
        return l;
    }

    private static PyObject stored(Interpreter ip, int n, boolean strKeys) {
        PyDict d = ip.rt.newDict();
        for (int i = 0; i < n; i++) {
            PyObject key = strKeys ? ip.rt.newStr("k" + i) : ip.rt.newInt(i);
            Containers.dictSet(ip, d, key, ip.rt.newInt(i));
        }
        return d;
    }

    private static PyObject added(InterpreterState rt, int n) {
        PySet s = rt.newSet();
        for (int i = 0; i < n; i++) {
            s.add(rt.newInt(i), rt);
        }
        return s;
    }

    private static List<Row> rows(PythonVersion version) {
        String name = "/memory/sizes." + version.label() + ".tsv";
        try (InputStream in = SizeModelTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(Row::parse).toList();
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
