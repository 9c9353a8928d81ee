package dev.heapgrader.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The summary line partitions the runs: unmarked passes and failures, and marked runs (some of them passing). */
class ConformanceTallyTest {

    @Test
    void summaryCountsEachRunOnce() {
        ConformanceTally tally = new ConformanceTally(2, 3);
        tally.record(false, true);
        tally.record(false, true);
        tally.record(false, false);
        tally.record(true, false);
        tally.record(true, true);
        tally.record(true, false);
        assertThat(tally.summary()).isEqualTo("conformance: 2 programs x 3 versions, 2 passed, 1 failed, "
                + "3 marked not-yet-supported (1 of them passing)");
    }
}
