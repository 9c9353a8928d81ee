package dev.heapgrader.grading;

/** An exercise folder that cannot be loaded; the message names the file and the field at fault. */
public final class ExerciseDefinitionException extends RuntimeException {

    public ExerciseDefinitionException(String file, String field, String problem) {
        super(file + (field.isEmpty() ? "" : ": field '" + field + "'") + ": " + problem);
    }
}
