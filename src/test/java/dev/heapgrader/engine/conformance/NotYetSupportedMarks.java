package dev.heapgrader.engine.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * The parsed {@code not-yet-supported.txt}, the one place where corpus programs are marked as not expected to pass
 * yet. Each non-blank line not starting with {@code #} is {@code <glob> | <reason>}. A marked program still runs:
 * a failure becomes a skipped test carrying the reason, a pass is a pass (and the mark can go).
 */
record NotYetSupportedMarks(List<Mark> marks) {

    /** The marks file's name, in the corpus root. */
    static final String FILE_NAME = "not-yet-supported.txt";

    NotYetSupportedMarks {
        marks = List.copyOf(marks);
    }

    /** Parses the file's text; throws {@link IllegalArgumentException} naming the first bad line. */
    static NotYetSupportedMarks parse(String text) {
        List<Mark> marks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException(FILE_NAME + " line " + (i + 1) + ": expected '<glob> | <reason>'");
            }
            try {
                marks.add(new Mark(line.substring(0, bar).strip(), line.substring(bar + 1).strip(), i + 1));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(FILE_NAME + " line " + (i + 1) + ": bad glob: " + e.getMessage(), e);
            }
        }
        return new NotYetSupportedMarks(marks);
    }

    /** The first mark covering the program, if any. */
    Optional<Mark> markFor(String relativePath) {
        return marks.stream().filter(m -> m.matches(relativePath)).findFirst();
    }
}
