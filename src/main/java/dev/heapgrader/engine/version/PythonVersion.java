package dev.heapgrader.engine.version;

import java.util.Arrays;
import java.util.Optional;

/**
 * A CPython release the engine reproduces. Each constant names the exact interpreter that generated the
 * conformance corpus; code asks the version for a behaviour instead of comparing versions.
 */
public enum PythonVersion {
    V3_11("3.11", "3.11.7", 11),
    V3_12("3.12", "3.12.1", 12),
    V3_13("3.13", "3.13.0", 13);

    private final String label;
    private final String patchRelease;
    private final int minor;

    PythonVersion(String label, String patchRelease, int minor) {
        this.label = label;
        this.patchRelease = patchRelease;
        this.minor = minor;
    }

    /** The short form users type and files are named by: "3.12". */
    public String label() {
        return label;
    }

    /** The exact release whose behaviour is reproduced: "3.12.1". */
    public String patchRelease() {
        return patchRelease;
    }

    /** The minor number, for {@code sys.version_info}. */
    public int minor() {
        return minor;
    }

    public static PythonVersion defaultVersion() {
        return V3_12;
    }

    /** Parses "3.12" or "3.12.1"; empty for anything else. */
    public static Optional<PythonVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values())
                .filter(v -> v.label.equals(t) || v.patchRelease.equals(t))
                .findFirst();
    }

    /** Whether this version is at least {@code other}; for use inside version profiles only. */
    public boolean atLeast(PythonVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public String toString() {
        return label;
    }
}
