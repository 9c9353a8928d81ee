package dev.heapgrader.gradebook;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a gradebook as CSV (RFC 4180: comma-separated, CRLF line ends, quotes where needed) that spreadsheets and
 * LMS gradebook imports accept: a header row, then one row per student with the handle, the display name, per
 * exercise the counted score (empty when never submitted), attempts and late days, and the total. A cell that a
 * spreadsheet would read as a formula is prefixed with an apostrophe.
 */
public final class GradebookCsv {

    /** First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private GradebookCsv() {
    }

    public static String render(Gradebook gradebook) {
        StringWriter out = new StringWriter();
        try {
            write(gradebook, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /**
     * Writes the CSV line by line to {@code out}, so a large gradebook goes to the client as it is formatted (a
     * servlet response sends each full buffer) instead of first becoming one string.
     */
    public static void write(Gradebook gradebook, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("student", "name"));
        for (Gradebook.Column column : gradebook.exercises()) {
            header.add(column.exercise() + " (" + number(column.maxScore()) + ")");
            header.add(column.exercise() + " attempts");
            header.add(column.exercise() + " late days");
        }
        header.add("total (" + number(gradebook.maxTotal()) + ")");
        line(out, header);
        for (Gradebook.Row row : gradebook.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.student(), row.displayName()));
            for (Gradebook.Cell cell : row.cells()) {
                fields.add(cell.score() == null ? "" : number(cell.score()));
                fields.add(Integer.toString(cell.attempts()));
                fields.add(Integer.toString(cell.lateDays()));
            }
            fields.add(number(row.total()));
            line(out, fields);
        }
        out.flush();
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * One CSV field. A value a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return, as OWASP's CSV injection guidance lists) gets a leading apostrophe, so
     * it shows as text; plain numbers such as {@code -2.5} stay numbers.
     */
    static String field(String value) {
        String text = value;
        boolean number = text.matches("-?[0-9]+(\\.[0-9]+)?");
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !number) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static String number(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
