package dev.heapgrader.gradebook;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV a spreadsheet or LMS import reads: header, quoting, empty cells for no submission, formula guard. */
class GradebookCsvTest {

    @Test
    void rendersRowsWithQuotingAndEmptyCells() {
        Gradebook book = new Gradebook("c", "BEST",
                List.of(new Gradebook.Column("cycles", 10), new Gradebook.Column("slots", 7.5)), 17.5,
                List.of(new Gradebook.Row("sam", "Sam \"the\" Student, Jr.", List.of(
                                new Gradebook.Cell("cycles", 8.5, 3, 1, 10, 4L),
                                new Gradebook.Cell("slots", null, 0, 0, 0, null)), 8.5),
                        new Gradebook.Row("eve", "=HYPERLINK(\"x\")", List.of(
                                new Gradebook.Cell("cycles", 10.0, 1, 0, 0, 5L),
                                new Gradebook.Cell("slots", 7.5, 1, 0, 0, 6L)), 17.5)));

        String csv = GradebookCsv.render(book);

        assertThat(csv.split("\r\n")).containsExactly(
                "student,name,cycles (10),cycles attempts,cycles late days,slots (7.50),slots attempts,"
                        + "slots late days,total (17.50)",
                "sam,\"Sam \"\"the\"\" Student, Jr.\",8.50,3,1,,0,0,8.50",
                "eve,\"'=HYPERLINK(\"\"x\"\")\",10,1,0,7.50,1,0,17.50");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasBecomeText() {
        assertThat(GradebookCsv.field("=1+1")).isEqualTo("'=1+1");
        assertThat(GradebookCsv.field("+1+1")).isEqualTo("'+1+1");
        assertThat(GradebookCsv.field("-1+1")).isEqualTo("'-1+1");
        assertThat(GradebookCsv.field("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(GradebookCsv.field("\t=cmd|' /C calc'!A0")).isEqualTo("'\t=cmd|' /C calc'!A0");
        assertThat(GradebookCsv.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(GradebookCsv.field("-=1")).isEqualTo("'-=1");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(GradebookCsv.field("-2.5")).isEqualTo("-2.5");
        assertThat(GradebookCsv.field("10")).isEqualTo("10");
        assertThat(GradebookCsv.field("Ada Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(GradebookCsv.field("a=b")).isEqualTo("a=b");
        assertThat(GradebookCsv.field("")).isEmpty();
    }
}
