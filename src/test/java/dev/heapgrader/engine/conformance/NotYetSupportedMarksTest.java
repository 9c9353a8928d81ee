package dev.heapgrader.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The marks file format: comments, blank lines, globs relative to the corpus root, and clear parse errors. */
class NotYetSupportedMarksTest {

    @Test
    void parsesMarksSkippingCommentsAndBlankLines() {
        NotYetSupportedMarks marks = NotYetSupportedMarks.parse("""
                # comment
                
                refcount/* | needs the interpreter (issue 4)
                  lesson/gc_*.py|needs the cycle collector (issue 5)
                """);
        assertThat(marks.marks()).extracting(Mark::glob).containsExactly("refcount/*", "lesson/gc_*.py");
        assertThat(marks.marks()).extracting(Mark::line).containsExactly(3, 4);
        assertThat(marks.markFor("refcount/list_store.py")).map(Mark::reason)
                .contains("needs the interpreter (issue 4)");
        assertThat(marks.markFor("lesson/gc_cycle.py")).map(Mark::reason)
                .contains("needs the cycle collector (issue 5)");
        assertThat(marks.markFor("lesson/refcount_list.py")).isEmpty();
        assertThat(marks.markFor("refcount/deeper/x.py")).as("* stays within one folder").isEmpty();
    }

    @Test
    void doubleStarCrossesFolders() {
        NotYetSupportedMarks marks = NotYetSupportedMarks.parse("syntax/** | reason\n");
        assertThat(marks.markFor("syntax/a/b.py")).isPresent();
        assertThat(marks.markFor("sizes/a.py")).isEmpty();
    }

    @Test
    void rejectsLinesWithoutReasonOrBar() {
        assertThatThrownBy(() -> NotYetSupportedMarks.parse("refcount/*\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> NotYetSupportedMarks.parse("# c\nrefcount/* |  \n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> NotYetSupportedMarks.parse("refcount/[ | bad glob\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad glob");
    }
}
