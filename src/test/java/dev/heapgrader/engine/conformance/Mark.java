package dev.heapgrader.engine.conformance;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * One line of {@code not-yet-supported.txt}: a glob over program paths relative to the corpus root (java.nio
 * {@link PathMatcher} glob syntax, {@code /} separators) and why those programs are not expected to pass yet.
 *
 * @param glob   the pattern as written, e.g. {@code refcount/*}
 * @param reason the text shown when a marked program fails and its test is skipped
 * @param line   the 1-based line number in the marks file, for error messages
 */
record Mark(String glob, String reason, int line) {

    Mark {
        if (glob.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("line " + line + ": expected '<glob> | <reason>'");
        }
        // Fails early (PatternSyntaxException) on a malformed glob rather than at the first match.
        FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    /** Whether this mark covers the program at {@code relativePath} (e.g. {@code refcount/list_store.py}). */
    boolean matches(String relativePath) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return matcher.matches(Path.of(relativePath));
    }
}
