package dev.heapgrader.engine.conformance;

/**
 * Counts the outcomes of one conformance run for the summary line. It lives in the test instance (the test class
 * uses the per-class lifecycle), never in a static field. The categories partition the runs: an unmarked run
 * passed or failed; a marked run is counted as marked, whether it passed or not.
 */
final class ConformanceTally {

    private final int programs;
    private final int versions;
    private int passed;
    private int failed;
    private int marked;
    private int markedPassing;

    ConformanceTally(int programs, int versions) {
        this.programs = programs;
        this.versions = versions;
    }

    /** Records one program run under one version. */
    void record(boolean isMarked, boolean pass) {
        if (isMarked) {
            marked++;
            if (pass) {
                markedPassing++;
            }
        } else if (pass) {
            passed++;
        } else {
            failed++;
        }
    }

    /** The line printed after all conformance tests, e.g. {@code conformance: 3 programs x 3 versions, ...}. */
    String summary() {
        return "conformance: " + programs + " programs x " + versions + " versions, " + passed + " passed, " + failed
                + " failed, " + marked + " marked not-yet-supported (" + markedPassing + " of them passing)";
    }
}
