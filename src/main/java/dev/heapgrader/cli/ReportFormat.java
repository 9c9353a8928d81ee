package dev.heapgrader.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How {@code heapgrader grade} prints a grade: plain text for people, JSON for scripts, JUnit XML for CI test
 * reports, and the result files of Gradescope and GitHub Classroom autograders.
 */
enum ReportFormat {
    TEXT, JSON, JUNIT, GRADESCOPE, CLASSROOM;

    /** The name users type: {@code text}, {@code json}, ... */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the lower-case label for picocli; anything else is a usage error listing the formats. */
    static final class Converter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return Arrays.stream(values())
                    .filter(format -> format.label().equals(value))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException(
                            "'" + value + "' is not a report format (expected " + String.join(", ", new Labels())
                                    + ")"));
        }
    }

    /** The labels, for picocli's {@code ${COMPLETION-CANDIDATES}} in the help text. */
    static final class Labels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.toList()).iterator();
        }
    }
}
