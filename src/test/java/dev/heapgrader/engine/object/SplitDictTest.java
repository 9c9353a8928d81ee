package dev.heapgrader.engine.object;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instance dicts sharing their class's keys (CPython 3.11+ split tables): the shared keys' bookkeeping that
 * {@code sys.getsizeof(obj.__dict__)} reads, and the switch to a combined table when a name no longer fits or a
 * key is not a str (Objects/dictobject.c {@code insertdict}, {@code insertion_resize}).
 */
class SplitDictTest {
    private static final PyType STR = new PyType(null, "str", "builtins", new PyDict(null),
            new PyType.Layout(0, 0, false, false, false, List.of(), 0), false);
    private static final PyType INT = new PyType(null, "int", "builtins", new PyDict(null),
            new PyType.Layout(0, 0, false, false, false, List.of(), 0), false);
    private static final KeyEquality EQ = new KeyEquality() {
        @Override
        public long hash(PyObject key) {
            return key instanceof PyStr s ? s.javaHash() : ((PyInt) key).longValue();
        }

        @Override
        public boolean equal(PyObject a, PyObject b) {
            return a.toString().equals(b.toString()) && a.getClass() == b.getClass();
        }
    };

    private static PyStr str(String s) {
        return new PyStr(STR, s);
    }

    private static PyDict instanceDict(SharedKeys keys) {
        PyDict d = new PyDict(null);
        d.shareKeys(keys);
        keys.instanceCreated();
        return d;
    }

    @Test
    void eachInstanceShrinksUsableUntilOneIsLeft() {
        SharedKeys keys = new SharedKeys();
        PyDict first = instanceDict(keys);
        first.put(str("a"), str("1"), EQ);
        first.put(str("b"), str("2"), EQ);
        // 64 + 8 * (2 + 27) = 296 for the first instance of a two-attribute class
        assertThat(keys.size() + keys.usable()).isEqualTo(29);
        for (int i = 1; i < 30; i++) {
            instanceDict(keys);
        }
        assertThat(keys.usable()).isEqualTo(1);
        assertThat(first.sharedKeys()).isSameAs(keys);
    }

    @Test
    void theThirtiethNameOnAFirstInstanceGetsA128SlotUnicodeTable() {
        SharedKeys keys = new SharedKeys();
        PyDict d = instanceDict(keys);
        for (int i = 0; i < 29; i++) {
            d.put(str("f" + i), str("v"), EQ);
        }
        assertThat(d.sharedKeys()).isNotNull();
        d.put(str("f29"), str("v"), EQ);
        assertThat(d.sharedKeys()).isNull();
        // insertion_resize: log2keysize(29 * 3) = 7, so 128 slots with 16-byte entries (1584 bytes)
        assertThat(d.log2Size()).isEqualTo(7);
        assertThat(d.hasUnicodeKeys()).isTrue();
        assertThat(d.size()).isEqualTo(30);
        assertThat(keys.size()).isEqualTo(29);
    }

    @Test
    void aNonStrKeyMakesAGeneralCombinedTable() {
        SharedKeys keys = new SharedKeys();
        PyDict d = instanceDict(keys);
        d.put(str("a"), str("1"), EQ);
        d.put(new PyInt(INT, 5), str("2"), EQ);
        assertThat(d.sharedKeys()).isNull();
        assertThat(d.hasUnicodeKeys()).isFalse();
        // log2keysize(1 * 3) = 4 (the calculate_log2_keysize quirk): 352 bytes, as {'a': 1} then d[1] = 2
        assertThat(d.log2Size()).isEqualTo(4);
        assertThat(keys.size()).isEqualTo(1);
    }

    @Test
    void clearDropsTheSharedKeys() {
        SharedKeys keys = new SharedKeys();
        PyDict d = instanceDict(keys);
        d.put(str("a"), str("1"), EQ);
        d.clearAll();
        assertThat(d.sharedKeys()).isNull();
        assertThat(d.usesEmptyKeys()).isTrue();
    }
}
