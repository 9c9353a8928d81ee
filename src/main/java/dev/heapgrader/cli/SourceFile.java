package dev.heapgrader.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A Python source file named on the command line: the name exactly as the user typed it and its text decoded as
 * UTF-8, the default source encoding since PEP 3120.
 */
record SourceFile(String name, String text) {

    /**
     * The name CPython 3.11+ gives the main script in tracebacks and {@code __file__}: the typed name made absolute
     * against the working directory, without resolving {@code .} or {@code ..} (Python/initconfig.c, _Py_abspath).
     */
    String scriptName() {
        return Path.of(name).toAbsolutePath().toString();
    }

    /** Reads the file, or explains in one line why it cannot be read. */
    static SourceFile read(String name) throws UnreadableSourceException {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UnreadableSourceException("'" + name + "' is not a valid file name");
        }
        if (Files.isDirectory(path)) {
            throw new UnreadableSourceException("'" + name + "' is a directory, not a Python file");
        }
        try {
            return new SourceFile(name, Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new UnreadableSourceException("can't open file '" + name + "': no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableSourceException("can't open file '" + name + "': permission denied");
        } catch (CharacterCodingException e) {
            throw new UnreadableSourceException("'" + name + "' is not valid UTF-8 text");
        } catch (IOException e) {
            throw new UnreadableSourceException("can't read file '" + name + "': " + e.getMessage());
        }
    }
}
