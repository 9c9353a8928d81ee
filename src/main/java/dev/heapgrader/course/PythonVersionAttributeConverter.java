package dev.heapgrader.course;

import dev.heapgrader.engine.version.PythonVersion;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link PythonVersion} as its short label ("3.12"), the form the column's default and people use.
 * A label the engine no longer supports fails loudly on load rather than silently grading under another version.
 */
@Converter
class PythonVersionAttributeConverter implements AttributeConverter<PythonVersion, String> {

    @Override
    public String convertToDatabaseColumn(PythonVersion version) {
        return version == null ? null : version.label();
    }

    @Override
    public PythonVersion convertToEntityAttribute(String label) {
        if (label == null) {
            return null;
        }
        return PythonVersion.parse(label)
                .orElseThrow(() -> new IllegalStateException("unsupported python_version in database: " + label));
    }
}
