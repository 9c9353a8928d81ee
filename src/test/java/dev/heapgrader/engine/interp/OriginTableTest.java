package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyInt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The provenance side table is keyed by address but answers by identity. */
class OriginTableTest {

    @Test
    void anotherObjectAtTheSameAddressHasNoOrigins() {
        // neither object is allocated on a heap, so both sit at address 0, as a reused address would
        PyInt measured = new PyInt(null, 856);
        PyInt later = new PyInt(null, 856);
        assertThat(measured.address()).isEqualTo(later.address());

        OriginTable table = new OriginTable();
        table.put(measured, new int[] {3});
        assertThat(table.get(measured)).containsExactly(3);
        assertThat(table.get(later)).isNull();
        table.remove(later);
        assertThat(table.contains(measured)).isTrue();
        table.remove(measured);
        assertThat(table.isEmpty()).isTrue();
    }
}
