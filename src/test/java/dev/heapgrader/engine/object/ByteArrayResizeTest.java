package dev.heapgrader.engine.object;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PyByteArray_Resize} over-allocation against the allocations real CPython 3.11.7 and 3.13.0 printed
 * ({@code sys.getsizeof(ba) - 56}) for the same operations; the rule is the same in every supported version.
 */
class ByteArrayResizeTest {
    private static final PyType BYTEARRAY = new PyType(null, "bytearray", "builtins", new PyDict(null),
            new PyType.Layout(56, 0, false, false, false, List.of(), 0), false);

    @Test
    void appendsOverAllocateByAnEighthPlusThreeOrSix() {
        PyByteArray ba = new PyByteArray(BYTEARRAY);
        assertThat(ba.allocated()).isZero();
        List<Integer> allocs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ba.append((byte) 1);
            allocs.add(ba.allocated());
        }
        assertThat(allocs).containsExactly(2, 5, 5, 5, 8, 8, 8, 12, 12, 12, 12, 19, 19, 19, 19, 19, 19, 19, 27, 27,
                27, 27, 27, 27, 27, 27, 36, 36, 36, 36, 36, 36, 36, 36, 36, 46, 46, 46, 46, 46);
        assertThat(ba.size()).isEqualTo(40);
    }

    @Test
    void extendsGrowExactlyWhenTheJumpIsLargeAndClearKeepsOneByte() {
        PyByteArray ba = new PyByteArray(BYTEARRAY);
        ba.extend(new byte[] {'a', 'b', 'c'});
        assertThat(ba.allocated()).isEqualTo(4);
        List<Integer> allocs = new ArrayList<>();
        for (int k : new int[] {1, 2, 5, 20, 3, 100}) {
            ba.extend(new byte[k]);
            allocs.add(ba.allocated());
        }
        ba.resize(0);
        allocs.add(ba.allocated());
        ba.append((byte) 7);
        allocs.add(ba.allocated());
        assertThat(allocs).containsExactly(7, 7, 12, 32, 44, 135, 1, 4);
        assertThat(ba.toBytes()).containsExactly(7);
    }
}
