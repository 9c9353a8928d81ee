package dev.heapgrader.api;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a request body that could not be read, in the client's terms: where in the JSON
 * ({@code $.exercises[0].deadline}) and what kind of problem. Jackson's own messages name Java classes
 * ({@code Cannot deserialize value of type `dev.heapgrader...`}), so they are never passed on.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static String describe(HttpMessageNotReadableException error) {
        Throwable cause = error.getMostSpecificCause();
        if (!(cause instanceof JacksonException jackson)) {
            return "The request body is missing or unreadable; send JSON with Content-Type: application/json";
        }
        String where = path(jackson);
        String what;
        if (jackson instanceof StreamConstraintsException) {
            what = "it exceeds the parser's limits (nesting depth, number or string length)";
        } else if (jackson instanceof StreamReadException) {
            what = "it is not well-formed JSON in UTF-8"
                    + (jackson.getLocation() == null ? "" : " (line " + jackson.getLocation().getLineNr()
                    + ", column " + jackson.getLocation().getColumnNr() + ")");
        } else if (jackson instanceof UnrecognizedPropertyException) {
            what = "the field is not known";
        } else if (jackson instanceof InvalidFormatException) {
            what = "the value has the wrong format";
        } else if (jackson instanceof MismatchedInputException) {
            what = "the value has the wrong type, or the body is empty";
        } else {
            what = "the value cannot be read";
        }
        return "The request body is not valid for this endpoint" + (where.equals("$") ? "" : " at " + where)
                + ": " + what;
    }

    /** The JSON path of the failing value, such as {@code $.exercises[0].deadline}. */
    private static String path(JacksonException error) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference step : error.getPath()) {
            if (step.getPropertyName() != null) {
                path.append('.').append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
