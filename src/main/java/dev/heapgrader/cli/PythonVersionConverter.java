package dev.heapgrader.cli;

import dev.heapgrader.engine.version.PythonVersion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns {@code --python 3.12} into a {@link PythonVersion}; anything the engine does not reproduce is a usage
 * error (exit 2) that lists the versions it does.
 */
final class PythonVersionConverter implements ITypeConverter<PythonVersion> {

    @Override
    public PythonVersion convert(String value) {
        return PythonVersion.parse(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a supported CPython version (expected " + supported() + ")"));
    }

    static String supported() {
        return Arrays.stream(PythonVersion.values())
                .map(PythonVersion::label)
                .collect(Collectors.joining(", "));
    }
}
